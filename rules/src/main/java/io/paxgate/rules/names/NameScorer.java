package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedDocument;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Scores a traveller against one listed name of an entry.
 *
 * <p>Name: the parts of both sides are aligned one to one, best pair first, in any order (name
 * order differs between sources); two adjacent parts may align with one joined part (AL ASSAD ~
 * ALASSAD, SMITH-JONES ~ SMITHJONES). Each aligned pair counts its similarity times its weight
 * (surname 1.5, given 1.0, patronymic 0.4, initial 0.3); a part left over costs half its weight
 * when the traveller has it and the listed name does not, a quarter the other way round (lists
 * carry more names than passports). The name score is the weighted similarity over the weights.
 *
 * <p>Corroboration then moves the score: a birth date compared at the precision both sides have
 * (equal day +0.06, inside the listed year or range +0.03, a month off -0.08, up to a year off
 * -0.25, further -0.35), nationality (+0.02 / -0.05), sex (-0.05 when different), a shared
 * document number (+0.25). A weak (LOW quality) alias costs 0.05.
 *
 * <p>Thread-safe; the per-call scratch is thread-local.
 */
public final class NameScorer {
    public static final NameScorer DEFAULT = new NameScorer(NameNormalizer.INSTANCE);

    static final double UNMATCHED_QUERY = 0.5;
    static final double UNMATCHED_LISTED = 0.25;
    static final int MAX_TOKENS = 12;
    private static final double SKELETON_EQUAL = 0.96;
    private static final double CONSONANTS_EQUAL = 0.93;
    private static final double INITIAL_AGREES = 0.9;
    private static final double JOIN_MIN = 0.9;
    /** Weakest pair the alignment takes. */
    private static final double PAIR_MIN = 0.5;
    static final double LOW_ALIAS = 0.05;
    /** Rounding room for {@link #mayReach}: the bound and the score sum the same terms in other orders. */
    private static final double BOUND_SLACK = 1e-9;
    /** Jaro-Winkler below these gives a pair below PAIR_MIN, a join below JOIN_MIN. */
    private static final double PAIR_JW = jaroWinklerFor(PAIR_MIN);
    private static final double JOIN_JW = jaroWinklerFor(JOIN_MIN);
    /** Runs of at most four parts from each of at most MAX_TOKENS parts. */
    private static final int MAX_RUNS = 3 * MAX_TOKENS;

    private final NameNormalizer normalizer;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public NameScorer(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Where {@link PreparedQuery} lists its runs before it keeps them: masks, joined lengths. */
    private static final ThreadLocal<int[][]> RUN_SCRATCH = ThreadLocal.withInitial(() -> new int[][] {new int[MAX_RUNS], new int[MAX_RUNS]});

    /** A query normalised once, for scoring against many names. */
    public static final class PreparedQuery {
        final NameQuery query;
        final NormalizedName name;
        final NameToken[] tokens;
        final String[] documents;
        /** The compared parts' roles and lengths ({@link #partCount}), for {@link #mayReach}. */
        final TokenRole[] roles;
        final int[] lengths;
        /** The runs of the query's parts {@link #join} could write as one, their joined lengths and texts. */
        private final int[] runMask;
        private final int[] runLength;
        private final String[] runText;
        /** Made on first use. */
        private final String[] runSkeleton;
        /** A listed name's runs, for {@link #mayReach} (made there on first use: most travellers have no candidate). */
        private int[] listedRunMask;
        private int[] listedRunLength;
        /**
         * Similarities of the query's parts to each listed part met so far, by identity: an index
         * shares one token object per distinct part, so a part common to many candidates
         * (MOHAMMED) is compared once per search. Made on the first candidate: most travellers have none.
         */
        private IdentityHashMap<NameToken, double[]> similarities;
        /** {@link #joinedSimilarity} of a part and a joined run met so far: the same runs (AL+GHAMDI) recur in many names. */
        private HashMap<JoinedPair, Double> joined;
        /** Joined similarities for {@link #mayReach}, by the listed parts' identities: two-part runs, parts against the query's runs. */
        private IdentityHashMap<NameToken, IdentityHashMap<NameToken, JoinedRun>> pairJoins;
        private IdentityHashMap<NameToken, double[]> runJoins;
        /** The parts' vocabulary keys, kept by {@link NameIndex} for the next list. */
        long[][] partKeys;

        PreparedQuery(NameQuery query, NormalizedName name) {
            this.query = query;
            this.name = name;
            this.tokens = name.tokens().toArray(new NameToken[0]);
            this.roles = new TokenRole[partCount()];
            this.lengths = new int[roles.length];
            for (int i = 0; i < roles.length; i++) {
                roles[i] = tokens[i].role();
                lengths[i] = tokens[i].text().length();
            }
            // the runs into this thread's scratch, then kept at their number (usually a few)
            int[][] scratch = RUN_SCRATCH.get();
            int nr = runs(roles, lengths, roles.length, scratch[0], scratch[1]);
            runMask = Arrays.copyOf(scratch[0], nr);
            runLength = Arrays.copyOf(scratch[1], nr);
            runText = new String[nr];
            runSkeleton = new String[runText.length];
            for (int r = 0; r < runText.length; r++) {
                runText[r] = joinedText(tokens, runMask[r]);
            }
            this.documents = new String[query.documentNumbers().size()];
            for (int i = 0; i < documents.length; i++) {
                documents[i] = documentKey(query.documentNumbers().get(i));
            }
        }

        public NormalizedName name() {
            return name;
        }

        /** The query's parts against listed part {@code b}: one similarity per query part. */
        double[] similarities(NameToken b) {
            if (similarities == null) {
                similarities = new IdentityHashMap<>();
            }
            double[] row = similarities.get(b);
            if (row == null) {
                row = new double[partCount()];
                similarities(b, row);
                similarities.put(b, row);
            }
            return row;
        }

        /** The query's parts against listed part {@code b}, into {@code row[0..partCount())}. */
        void similarities(NameToken b, double[] row) {
            for (int i = 0, nq = partCount(); i < nq; i++) {
                row[i] = partSimilarity(tokens[i], b);
            }
        }

        /** The query parts the scorer compares (the first {@value #MAX_TOKENS}). */
        int partCount() {
            return Math.min(tokens.length, MAX_TOKENS);
        }

        public NameQuery query() {
            return query;
        }

        /**
         * {@link #joinedSimilarity} of query part {@code i} and the listed parts in {@code run}
         * written together; a two-part run memoised by the parts' identities (no text built).
         */
        double runSimilarity(int i, NameToken[] parts, int run) {
            int first = Integer.numberOfTrailingZeros(run);
            boolean arabic = tokens[i].fromArabic() || arabicRun(parts, run);
            if (Integer.bitCount(run) != 2) {
                return joinedSimilarity(tokens[i], joinedText(parts, run), arabic);
            }
            if (pairJoins == null) {
                pairJoins = new IdentityHashMap<>();
            }
            JoinedRun joined = pairJoins.computeIfAbsent(parts[first], k -> new IdentityHashMap<>())
                    .computeIfAbsent(parts[first + 1], k -> new JoinedRun(joinedText(parts, run), partCount()));
            if (Double.isNaN(joined.similarity[i])) {
                joined.similarity[i] = NameScorer.joinedSimilarity(tokens[i], joined.text, joined.skeleton, arabic);
            }
            return joined.similarity[i];
        }

        /** {@link #joinedSimilarity} of listed part {@code one} and the query's run {@code r} written together. */
        double runSimilarity(NameToken one, int r) {
            if (runJoins == null) {
                runJoins = new IdentityHashMap<>();
            }
            double[] row = runJoins.computeIfAbsent(one, k -> nanRow(runText.length));
            if (Double.isNaN(row[r])) {
                if (runSkeleton[r] == null) {
                    runSkeleton[r] = SpellingVariants.skeleton(runText[r]);
                }
                row[r] = NameScorer.joinedSimilarity(one, runText[r], runSkeleton[r],
                        one.fromArabic() || arabicRun(tokens, runMask[r]));
            }
            return row[r];
        }

        double joinedSimilarity(NameToken one, String run, boolean arabic) {
            if (joined == null) {
                joined = new HashMap<>();
            }
            return joined.computeIfAbsent(new JoinedPair(one, run, arabic), k -> NameScorer.joinedSimilarity(one, run, arabic));
        }
    }

    /** Two listed parts written together, and the query parts' similarities to it (NaN until asked). */
    private static final class JoinedRun {
        final String text;
        final String skeleton;
        final double[] similarity;

        JoinedRun(String text, int parts) {
            this.text = text;
            this.skeleton = SpellingVariants.skeleton(text);
            this.similarity = nanRow(parts);
        }
    }

    private static double[] nanRow(int n) {
        double[] row = new double[n];
        Arrays.fill(row, Double.NaN);
        return row;
    }

    /** A part (by identity: the parts are interned) and a joined run's text. */
    private record JoinedPair(NameToken one, String joined, boolean arabic) {
        @Override
        public boolean equals(Object o) {
            return o instanceof JoinedPair p && p.one == one && p.joined.equals(joined) && p.arabic == arabic;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(one) * 31 + joined.hashCode()) * 2 + (arabic ? 1 : 0);
        }
    }

    /** Whether a part of {@code run} (a bit set over {@code parts}) was written in Arabic script. */
    private static boolean arabicRun(NameToken[] parts, int run) {
        for (int m = run; m != 0; m &= m - 1) {
            if (parts[Integer.numberOfTrailingZeros(m)].fromArabic()) {
                return true;
            }
        }
        return false;
    }

    public PreparedQuery prepare(NameQuery q) {
        return new PreparedQuery(q, normalizer.normalize(q.surname(), q.givenNames()));
    }

    /** Score of {@code q} against one name of {@code entry}, 0..1. */
    public double score(NameQuery q, WatchlistEntry entry, ListedName name) {
        return score(prepare(q), normalizer.normalize(name), entry, name, null);
    }

    /** Score with its explanation. */
    public NameMatch match(NameQuery q, WatchlistEntry entry, ListedName name) {
        return explain(prepare(q), normalizer.normalize(name), entry, name);
    }

    NameMatch explain(PreparedQuery q, NormalizedName listed, WatchlistEntry entry, ListedName name) {
        double[] sim = scratch.get().sim;
        fill(q, listed, sim);
        return explain(q, listed, sim, entry, name);
    }

    /** The same with {@code q}'s similarities to {@code listed}'s parts already in {@code sim} ({@link #setColumn}). */
    NameMatch explain(PreparedQuery q, NormalizedName listed, double[] sim, WatchlistEntry entry, ListedName name) {
        Explanation.Builder ex = new Explanation.Builder();
        double s = score(q, listed, sim, entry, name, ex);
        return new NameMatch(entry, name, s, ex.build(ex.nameScore, s));
    }

    /** Name similarity only (no corroboration), 0..1. */
    public double nameScore(NormalizedName a, NormalizedName b) {
        NameToken[] q = a.tokens().toArray(new NameToken[0]);
        List<NameToken> e = b.tokens();
        double[] sim = scratch.get().sim;
        for (int i = 0, nq = Math.min(q.length, MAX_TOKENS); i < nq; i++) {
            for (int j = 0, ne = Math.min(e.size(), MAX_TOKENS); j < ne; j++) {
                sim[i * MAX_TOKENS + j] = partSimilarity(q[i], e.get(j));
            }
        }
        return nameScore(q, a.surnameKnown(), b, sim, null, null);
    }

    /** Name similarity of a prepared query, its similarities to {@code listed}'s parts already in {@code sim}. */
    double nameScore(PreparedQuery q, NormalizedName listed, double[] sim) {
        return nameScore(q.tokens, q.name.surnameKnown(), listed, sim, null, q);
    }

    double score(PreparedQuery q, NormalizedName listed, WatchlistEntry entry, ListedName name, Explanation.Builder ex) {
        double[] sim = scratch.get().sim;
        fill(q, listed, sim);
        return score(q, listed, sim, entry, name, ex);
    }

    private double score(PreparedQuery q, NormalizedName listed, double[] sim, WatchlistEntry entry, ListedName name,
                         Explanation.Builder ex) {
        double s = nameScore(q.tokens, q.name.surnameKnown(), listed, sim, ex, q);
        boolean low = name != null && name.quality() == ListedName.Quality.LOW;
        if (ex != null) {
            ex.nameScore = s;
            if (s > 0 && low) {
                ex.add("alias-quality", "low", -LOW_ALIAS);
            }
        }
        return s <= 0 ? 0 : combine(s, low, entry == null ? 0 : corroboration(q, entry, ex));
    }

    /** The score from a positive name score: a weak alias costs {@value #LOW_ALIAS}, corroboration added, clamped to 0..1. */
    static double combine(double nameScore, boolean lowAlias, double corroboration) {
        double s = nameScore;
        if (lowAlias) {
            s -= LOW_ALIAS;
        }
        s += corroboration;
        return s < 0 ? 0 : s > 1 ? 1 : s;
    }

    /** The query's similarities to every part of {@code listed}, into {@code sim}. */
    private static void fill(PreparedQuery q, NormalizedName listed, double[] sim) {
        List<NameToken> e = listed.tokens();
        for (int j = 0, ne = Math.min(e.size(), MAX_TOKENS); j < ne; j++) {
            setColumn(q.similarities(e.get(j)), q.partCount(), j, sim);
        }
    }

    /** Puts the query's similarities to listed part {@code j} ({@code row[0..nq)}) in column {@code j} of {@code sim}. */
    static void setColumn(double[] row, int nq, int j, double[] sim) {
        for (int i = 0; i < nq; i++) {
            sim[i * MAX_TOKENS + j] = row[i];
        }
    }

    // ---------------------------------------------------------------- name parts

    private static final class Scratch {
        final double[] sim = new double[MAX_TOKENS * MAX_TOKENS];
        final double[] joinSums = new double[2];
    }

    private double nameScore(NameToken[] q, boolean qSurnameKnown, NormalizedName listed, double[] sim,
                             Explanation.Builder ex, PreparedQuery prepared) {
        List<NameToken> e = listed.tokens();
        int nq = Math.min(q.length, MAX_TOKENS);
        int ne = Math.min(e.size(), MAX_TOKENS);
        int usedQ = 0;
        int usedE = 0;
        double num = 0;
        double den = 0;
        // Strong pairs first, then joined/split parts, then weaker pairs: SMITH-JONES must meet
        // SMITHJONES as a whole before SMITH alone takes it as a weak pair.
        double[] sums = scratch.get().joinSums;
        long r = greedy(q, nq, e, ne, sim, usedQ, usedE, JOIN_MIN, ex, sums);
        num += sums[0];
        den += sums[1];
        usedQ = (int) (r >>> 32);
        usedE = (int) r;
        int openQ = open(q, nq, usedQ);
        int openE = open(e, ne, usedE);
        if (openQ != 0 && openE != 0) {
            // joined vs split: one part against adjacent parts of the other side (AL ASSAD ~ ALASSAD,
            // VAN DER BERG ~ VANDERBERG, SMITH-JONES ~ SMITHJONES)
            List<NameToken> ql = Arrays.asList(q).subList(0, nq);
            r = join(ql, openQ, usedQ, e, ne, openE, usedE, ex, true, sums, prepared);
            num += sums[0];
            den += sums[1];
            usedQ = (int) (r >>> 32);
            usedE = (int) r;
            openQ &= ~usedQ;
            openE &= ~usedE;
            if (openQ != 0 && openE != 0) {
                r = join(e.subList(0, ne), openE, usedE, ql, nq, openQ, usedQ, ex, false, sums, prepared);
                num += sums[0];
                den += sums[1];
                usedE = (int) (r >>> 32);
                usedQ = (int) r;
                openQ &= ~usedQ;
                openE &= ~usedE;
            }
        }
        r = greedy(q, nq, e, ne, sim, usedQ, usedE, PAIR_MIN, ex, sums);
        num += sums[0];
        den += sums[1];
        usedQ = (int) (r >>> 32);
        usedE = (int) r;
        openQ &= ~usedQ;
        openE &= ~usedE;
        boolean surnameMatched = false;
        boolean querySurname = false;
        for (int i = 0; i < nq; i++) {
            TokenRole role = q[i].role();
            if (role == TokenRole.SURNAME) {
                querySurname = true;
                surnameMatched |= (usedQ & (1 << i)) != 0;
            }
            if ((openQ & (1 << i)) != 0 && (usedQ & (1 << i)) == 0) {
                den += UNMATCHED_QUERY * role.weight;
                if (ex != null) {
                    ex.add("unmatched-query", q[i].text(), -UNMATCHED_QUERY * role.weight);
                }
            }
        }
        for (int j = 0; j < ne; j++) {
            if ((openE & (1 << j)) != 0 && (usedE & (1 << j)) == 0) {
                double w = e.get(j).role().weight;
                den += UNMATCHED_LISTED * w;
                if (ex != null) {
                    ex.add("unmatched-listed", e.get(j).text(), -UNMATCHED_LISTED * w);
                }
            }
        }
        if (den <= 0 || num <= 0) {
            return 0;
        }
        double s = num / den;
        if (qSurnameKnown && listed.surnameKnown() && querySurname && !surnameMatched) {
            // both sides say which part is the surname, and the surnames differ
            s *= 0.85;
            if (ex != null) {
                ex.add("surname", "not matched", -0.15 * num / den);
            }
        }
        return s;
    }


    /**
     * False when no alignment of the query's parts with a listed name's ({@code parts}, their roles
     * and lengths, the similarities in {@code sim}) gives a name score of {@code t} or more. A score
     * of at least t means num - t * den >= 0; each query part is credited with the most it can add
     * to that on its own: aligned with the listed part it is most like ((similarity - t) x the pair's
     * weight), in a join that reaches {@value #JOIN_MIN} (at most (1 - t) x the surname weight), or
     * left over (-t x its penalty); a listed part nothing can align with counts its penalty. Relaxing
     * the one-to-one rule and leaving out the other listed penalties and the surname penalty only
     * raise the sum, so a negative sum rules the name out.
     */
    static boolean mayReach(PreparedQuery q, NameToken[] parts, TokenRole[] roles, int[] lengths, int ne, double[] sim,
                            double t) {
        // the joins only when the pairs alone rule the name out: they cost more to rule out
        if (boundSum(q.roles, roles, ne, sim, t, 0, 0) >= -BOUND_SLACK) {
            return true;
        }
        // every join that reaches JOIN_MIN (what join() would align if the parts were still free)
        int joinable = 0;
        int listedJoinable = 0;
        if (q.listedRunMask == null) {
            q.listedRunMask = new int[MAX_RUNS];
            q.listedRunLength = new int[MAX_RUNS];
        }
        for (int r = 0, n = runs(roles, lengths, ne, q.listedRunMask, q.listedRunLength); r < n; r++) {
            for (int i = 0; i < q.roles.length; i++) {
                if (q.roles[i].significant()
                        && lengthsClose(q.lengths[i], q.listedRunLength[r],
                                q.tokens[i].fromArabic() || arabicRun(parts, q.listedRunMask[r]))
                        && q.runSimilarity(i, parts, q.listedRunMask[r]) >= JOIN_MIN) {
                    joinable |= 1 << i;
                    listedJoinable |= q.listedRunMask[r];
                }
            }
        }
        for (int j = 0; j < ne; j++) {
            for (int r = 0; r < q.runText.length && roles[j].significant(); r++) {
                if (lengthsClose(lengths[j], q.runLength[r], parts[j].fromArabic() || arabicRun(q.tokens, q.runMask[r]))
                        && q.runSimilarity(parts[j], r) >= JOIN_MIN) {
                    joinable |= q.runMask[r];
                    listedJoinable |= 1 << j;
                }
            }
        }
        return joinable != 0 && boundSum(q.roles, roles, ne, sim, t, joinable, listedJoinable) >= -BOUND_SLACK;
    }

    /** The texts of the parts in {@code run} (a bit set), written together. */
    private static String joinedText(NameToken[] parts, int run) {
        StringBuilder sb = new StringBuilder();
        for (int x = Integer.numberOfTrailingZeros(run); x < 32 - Integer.numberOfLeadingZeros(run); x++) {
            sb.append(parts[x].text());
        }
        return sb.toString();
    }

    /**
     * {@link #mayReach}'s sum, the query parts in {@code joinable} also credited with a join. A
     * listed part that no query part is like (no similarity of {@value #PAIR_MIN} or more) and that
     * no join can take ({@code listedJoinable}) is surely left over: its penalty is counted.
     */
    private static double boundSum(TokenRole[] q, TokenRole[] e, int ne, double[] sim, double t, int joinable,
                                   int listedJoinable) {
        double joined = Math.max(0, (1 - t) * TokenRole.SURNAME.weight);
        double total = 0;
        for (int j = 0; j < ne; j++) {
            if (e[j].significant() && (listedJoinable & (1 << j)) == 0) {
                boolean alike = false;
                for (int i = 0; i < q.length && !alike; i++) {
                    alike = sim[i * MAX_TOKENS + j] >= PAIR_MIN;
                }
                if (!alike) {
                    total -= t * UNMATCHED_LISTED * e[j].weight;
                }
            }
        }
        for (int i = 0; i < q.length; i++) {
            double wq = q[i].weight;
            if (wq <= 0) {
                continue;
            }
            // joined is never below the part's penalty (0 <= joined, or t > 1 and 0 > -t x penalty)
            double best = (joinable & (1 << i)) != 0 ? joined : -t * UNMATCHED_QUERY * wq;
            for (int j = 0; j < ne; j++) {
                double v = sim[i * MAX_TOKENS + j];
                if (v >= PAIR_MIN) {
                    best = Math.max(best, (v - t) * (wq + e[j].weight) / 2);
                }
            }
            total += best;
        }
        return total;
    }

    /**
     * The runs of parts {@link #join} could write as one (two parts, or particles then a part; no
     * marker, title or initial) into {@code masks} (bit set of the parts) and {@code joinedLengths};
     * returns how many.
     */
    private static int runs(TokenRole[] roles, int[] lengths, int n, int[] masks, int[] joinedLengths) {
        int count = 0;
        for (int j = 0; j + 1 < n; j++) {
            int length = lengths[j];
            boolean joinable = joins(roles[j]);
            for (int k = j + 1; k < n && k <= j + 3; k++) {
                if (k > j + 1 && roles[k - 1] != TokenRole.PARTICLE) {
                    break;
                }
                length += lengths[k];
                joinable &= joins(roles[k]);
                if (joinable) {
                    masks[count] = ((1 << (k + 1)) - 1) & ~((1 << j) - 1);
                    joinedLengths[count++] = length;
                }
            }
        }
        return count;
    }

    /**
     * A part of this length can be like a run of parts joined to {@code joined} letters ({@link #join}'s
     * cheap test). Arabic script writes no short vowels, so one side can be much shorter there
     * (MHMDJWAD, محمدجواد, against MOHAMMAD JAVAD).
     */
    private static boolean lengthsClose(int one, int joined, boolean arabic) {
        return Math.abs(joined - one) <= Math.max(2, arabic ? joined / 2 : joined / 4);
    }

    /** One-to-one alignment of the free parts with similarity >= {@code min}, best pair first. */
    private static long greedy(NameToken[] q, int nq, List<NameToken> e, int ne, double[] sim, int usedQ, int usedE,
                               double min, Explanation.Builder ex, double[] sums) {
        double num = 0;
        double den = 0;
        while (true) {
            double best = min;
            double bestKey = -1;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < nq; i++) {
                if ((usedQ & (1 << i)) != 0) {
                    continue;
                }
                for (int j = 0; j < ne; j++) {
                    // on equal similarity, a pair of the same role (surname~surname) goes first
                    double v = sim[i * MAX_TOKENS + j];
                    double key = v + (q[i].role() == e.get(j).role() ? 1e-9 : 0);
                    if (v >= min && (usedE & (1 << j)) == 0 && (bi < 0 || key > bestKey)) {
                        best = v;
                        bestKey = key;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedQ |= 1 << bi;
            usedE |= 1 << bj;
            double w = (q[bi].role().weight + e.get(bj).role().weight) / 2;
            num += best * w;
            den += w;
            if (ex != null) {
                ex.add(pairFeature(q[bi], e.get(bj)), q[bi].text() + "~" + e.get(bj).text() + " " + kind(q[bi], e.get(bj)), best);
            }
        }
        sums[0] = num;
        sums[1] = den;
        return ((long) usedQ << 32) | (usedE & 0xFFFFFFFFL);
    }

    /**
     * Aligns each open part of {@code one} with a run of adjacent open parts of {@code many}: two
     * parts, or particles followed by one part. Puts the weighted similarity and the weight of
     * what it aligned in {@code sums[0]} and {@code sums[1]}.
     *
     * @return used mask of {@code one} in the high 32 bits, of {@code many} in the low 32 bits
     */
    private long join(List<NameToken> one, int openOne, int usedOne, List<NameToken> many, int nm, int openMany,
                      int usedMany, Explanation.Builder ex, boolean queryIsOne, double[] sums, PreparedQuery memo) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < one.size(); i++) {
            if ((openOne & (1 << i)) == 0) {
                continue;
            }
            NameToken a = one.get(i);
            search:
            for (int j = 0; j + 1 < nm; j++) {
                for (int k = j + 1; k < nm && k <= j + 3; k++) {
                    if (k > j + 1 && many.get(k - 1).role() != TokenRole.PARTICLE) {
                        break;
                    }
                    int run = ((1 << (k + 1)) - 1) & ~((1 << j) - 1);
                    if ((usedMany & run) != 0 || (openMany & run) == 0 || !joinable(many, j, k)) {
                        continue;
                    }
                    int joinedLength = 0;
                    boolean arabic = a.fromArabic();
                    for (int x = j; x <= k; x++) {
                        joinedLength += many.get(x).text().length();
                        arabic |= many.get(x).fromArabic();
                    }
                    // a join can only reach JOIN_MIN when the lengths are close: skip the rest cheaply
                    if (!lengthsClose(a.text().length(), joinedLength, arabic)) {
                        continue;
                    }
                    StringBuilder joined = new StringBuilder(joinedLength);
                    double w = 0;
                    for (int x = j; x <= k; x++) {
                        joined.append(many.get(x).text());
                        w = Math.max(w, many.get(x).role().weight);
                    }
                    String text = joined.toString();
                    double v = memo == null ? joinedSimilarity(a, text, arabic) : memo.joinedSimilarity(a, text, arabic);
                    if (v >= JOIN_MIN) {
                        double pw = (a.role().weight + w) / 2;
                        num += v * pw;
                        den += pw;
                        usedOne |= 1 << i;
                        usedMany |= run;
                        openMany &= ~run;
                        if (ex != null) {
                            ex.add("joined", queryIsOne ? a.text() + "~" + joined : joined + "~" + a.text(), v);
                        }
                        break search;
                    }
                }
            }
        }
        sums[0] = num;
        sums[1] = den;
        return ((long) usedOne << 32) | (usedMany & 0xFFFFFFFFL);
    }

    private static boolean joinable(List<NameToken> t, int from, int to) {
        for (int x = from; x <= to; x++) {
            if (!joins(t.get(x).role())) {
                return false;
            }
        }
        return true;
    }

    /** A part of this role can be written together with its neighbours. */
    private static boolean joins(TokenRole r) {
        return r != TokenRole.MARKER && r != TokenRole.TITLE && r != TokenRole.INITIAL;
    }

    /** Bit set of the significant parts not yet aligned. */
    private static int open(NameToken[] t, int n, int used) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (t[i].role().significant() && (used & (1 << i)) == 0) {
                m |= 1 << i;
            }
        }
        return m;
    }

    private static int open(List<NameToken> t, int n, int used) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (t.get(i).role().significant() && (used & (1 << i)) == 0) {
                m |= 1 << i;
            }
        }
        return m;
    }

    /**
     * Whether the letters of skeleton {@code a} appear in skeleton {@code b} in the same order; an A
     * of {@code a} may be any vowel of {@code b} (the alif of the article: ALLAH in NASRULLAH).
     */
    private static boolean within(String a, String b) {
        int k = 0;
        for (int i = 0; i < b.length() && k < a.length(); i++) {
            char x = a.charAt(k);
            char y = b.charAt(i);
            if (y == x || x == 'A' && (y == 'O' || y == 'I')) {
                k++;
            }
        }
        return k == a.length();
    }

    /** The similarity of a part and a run of parts written together; 0 where it is surely below {@value #JOIN_MIN} (no caller reads less). */
    private static double joinedSimilarity(NameToken one, String joined, boolean arabic) {
        return one.text().equals(joined) ? 1.0 : joinedSimilarity(one, joined, SpellingVariants.skeleton(joined), arabic);
    }

    /** The same with the joined text's skeleton known. */
    private static double joinedSimilarity(NameToken one, String joined, String skel, boolean arabic) {
        if (one.text().equals(joined)) {
            return 1.0;
        }
        if (one.skeleton().equals(skel)) {
            return SKELETON_EQUAL;
        }
        if (arabic && one.consonants().length() >= 2 && one.consonants().equals(SpellingVariants.consonants(skel))
                && (within(one.skeleton(), skel) || within(skel, one.skeleton()))) {
            // as for single parts: Arabic script has no short vowels (نصرالله NSRALLAH ~ NASR ALLAH), but
            // it does write its long ones, and those must be there too (نصر علي NSR ALI is not NASRALLAH)
            return CONSONANTS_EQUAL;
        }
        if (JaroWinkler.upperBound(one.text(), joined) < JOIN_JW && JaroWinkler.upperBound(one.skeleton(), skel) < JOIN_JW) {
            return 0;
        }
        return transform(Math.max(JaroWinkler.similarity(one.text(), joined), JaroWinkler.similarity(one.skeleton(), skel)));
    }

    private static double partSimilarity(NameToken a, NameToken b) {
        return a.role().significant() && b.role().significant() ? tokenSimilarity(a, b) : 0;
    }

    /**
     * Similarity of two name parts, 0..1, already shaped so that unrelated names give 0. Below
     * {@value #PAIR_MIN} (a pair neither the alignment nor {@link #mayReach} takes) it is 0 when
     * the letters the parts share already show it, without Jaro-Winkler.
     */
    static double tokenSimilarity(NameToken a, NameToken b) {
        double s = spelledSimilarity(a, b);
        return s < SKELETON_EQUAL ? rewritten(a, b, s) : s;
    }

    /**
     * {@code s} raised by the spellings {@link SpellingVariants}' skeleton cannot fold: an Arabic
     * article, a patronymic's suffix, a Persian initial E, a lone C for TS. Cheap tests first: most
     * pairs a search compares are unrelated and leave here after a few field reads.
     */
    private static double rewritten(NameToken a, NameToken b, double s) {
        if (articled(a) || articled(b)) {
            // Arabic script writes the article on the word (الزهراء ALZHRA); a Latin list writes AL ZAHRA or ZAHRA
            s = Math.max(s, spelledSimilarity(withoutArticle(a), withoutArticle(b)));
        }
        if (a.role() == TokenRole.PATRONYMIC && b.role() == TokenRole.PATRONYMIC && s < SKELETON_EQUAL) {
            // the same father's name in two languages' patronymics: ELDAR OGLU ~ ELDAROVICH, ABISHULY ~ ABISHEVICH
            NameToken sa = patronymicStem(a);
            NameToken sb = patronymicStem(b);
            if (sa != a || sb != b) {
                s = variant(s, spelledSimilarity(sa, sb));
            }
        }
        String ta = a.text();
        String tb = b.text();
        if (Math.abs(ta.length() - tb.length()) > 2 || s >= SKELETON_EQUAL) {
            return s; // neither rewriting below changes a length by more than two
        }
        if (initialEAgainstI(ta, tb)) {
            // Persian writes E where Arabic and Turkic names have I (EBRAHIM ~ IBRAHIM, EHSAN ~ IHSAN,
            // EZZATOLLAH ~ IZZATULLAH): compare with the E read as I, as a spelling variant
            NameToken e = ta.charAt(0) == 'E' ? a : b;
            NameToken i = NameToken.of("I" + e.text().substring(1), e.role(), e.fromArabic(), e.joinedToPrevious());
            s = variant(s, e == a ? spelledSimilarity(i, b) : spelledSimilarity(a, i));
        }
        boolean ca = ta.indexOf('C') >= 0;
        if (s < SKELETON_EQUAL && ca != (tb.indexOf('C') >= 0)) {
            // a lone C for TS on the other side (Georgian CERETELI ~ TSERETELI, Polish ZAJCEVA ~ ZAITSEVA):
            // compare it written TS, as a spelling variant, never as the same spelling
            NameToken withC = ca ? a : b;
            NameToken other = ca ? b : a;
            String ts = other.text().contains("TS") ? SpellingVariants.cAsTs(withC.text()) : null;
            if (ts != null) {
                NameToken t = NameToken.of(ts, withC.role(), withC.fromArabic(), withC.joinedToPrevious());
                s = variant(s, ca ? spelledSimilarity(t, b) : spelledSimilarity(a, t));
            }
        }
        return s;
    }

    /** Patronymic parts' stems by text (ELDAROVICH: ELDAR with its skeleton), or the part itself when it has none. */
    private static final PartCache<String, NameToken> STEMS = new PartCache<>(PartCache.DEFAULT_MAX_ENTRIES);

    private static NameToken patronymicStem(NameToken t) {
        NameToken stem = PartCache.ENABLED ? STEMS.get(t.text(), NameScorer::stemToken) : stemToken(t.text());
        return stem.text().equals(t.text()) ? t : stem;
    }

    private static NameToken stemToken(String text) {
        return NameToken.of(NameNormalizer.patronymicStem(text), TokenRole.PATRONYMIC, false, false);
    }

    /**
     * {@code s}, or the similarity {@code v} of a rewritten pair when that is a near-certain match
     * ({@value #JOIN_MIN} or more): a rewriting (E as I, C as TS, a patronymic's stem) may show two
     * spellings of one name, never make two names merely alike (IVAN is not EVGENII read IVGENII).
     * Capped at {@link #SKELETON_EQUAL}: a variant is never the same spelling.
     */
    private static double variant(double s, double v) {
        return v >= JOIN_MIN ? Math.max(s, Math.min(SKELETON_EQUAL, v)) : s;
    }

    /**
     * One part starts with E, the other with I, each before a consonant, both of five letters or more
     * (four-letter Russian names differ so: EGOR is not IGOR).
     */
    private static boolean initialEAgainstI(String a, String b) {
        if (a.length() < 5 || b.length() < 5) {
            return false;
        }
        char x = a.charAt(0);
        char y = b.charAt(0);
        return (x == 'E' && y == 'I' || x == 'I' && y == 'E') && consonant(a.charAt(1)) && consonant(b.charAt(1));
    }

    private static boolean consonant(char c) {
        return c >= 'A' && c <= 'Z' && "AEIOUY".indexOf(c) < 0;
    }

    private static boolean articled(NameToken t) {
        return t.fromArabic() && NameNormalizer.hasArticle(t.text());
    }

    private static NameToken withoutArticle(NameToken t) {
        return articled(t) ? NameToken.of(t.text().substring(2), t.role(), true, t.joinedToPrevious()) : t;
    }

    private static double spelledSimilarity(NameToken a, NameToken b) {
        String ta = a.text();
        String tb = b.text();
        if (ta.equals(tb)) {
            return 1.0;
        }
        if (a.role() == TokenRole.INITIAL || b.role() == TokenRole.INITIAL) {
            return ta.charAt(0) == tb.charAt(0) || a.skeleton().charAt(0) == b.skeleton().charAt(0) ? INITIAL_AGREES : 0;
        }
        if (a.skeleton().equals(b.skeleton())) {
            return SKELETON_EQUAL;
        }
        boolean arabic = a.fromArabic() || b.fromArabic();
        if (arabic && a.consonants().length() >= 2 && a.consonants().equals(b.consonants())) {
            return CONSONANTS_EQUAL;
        }
        if (JaroWinkler.upperBound(a.skeleton(), b.skeleton()) < PAIR_JW && JaroWinkler.upperBound(ta, tb) < PAIR_JW
                && (!arabic || 0.98 * JaroWinkler.upperBound(a.consonants(), b.consonants()) < PAIR_JW)) {
            return 0;
        }
        double jw = JaroWinkler.similarity(a.skeleton(), b.skeleton());
        if (jw > 0.5) {
            // the spelled form can only rescue a pair whose skeletons are already close
            jw = Math.max(jw, JaroWinkler.similarity(ta, tb));
        }
        if (arabic) {
            jw = Math.max(jw, 0.98 * JaroWinkler.similarity(a.consonants(), b.consonants()));
        }
        return transform(jw);
    }

    /** The least Jaro-Winkler {@link #transform} takes to {@code similarity} (above 0, below 0.95), less the bound's slack. */
    private static double jaroWinklerFor(double similarity) {
        return 0.78 + similarity / 0.95 * 0.18 - BOUND_SLACK;
    }

    /** Jaro-Winkler 0.78 or less (unrelated names) to 0, 0.96 to 0.95, linear between. */
    static double transform(double jw) {
        if (jw <= 0.78) {
            return 0;
        }
        return Math.min(0.95, (jw - 0.78) / 0.18 * 0.95);
    }

    private static String pairFeature(NameToken a, NameToken b) {
        TokenRole r = a.role().weight >= b.role().weight ? a.role() : b.role();
        return r.name().toLowerCase(Locale.ROOT);
    }

    private static String kind(NameToken a, NameToken b) {
        if (a.text().equals(b.text())) {
            return "exact";
        }
        if (a.role() == TokenRole.INITIAL || b.role() == TokenRole.INITIAL) {
            return "initial";
        }
        if (a.skeleton().equals(b.skeleton())) {
            return "spelling-variant";
        }
        if ((a.fromArabic() || b.fromArabic()) && a.consonants().equals(b.consonants())) {
            return "consonants";
        }
        return "similar";
    }

    // ---------------------------------------------------------------- corroboration

    static final double SAME_NATIONALITY = 0.02;
    static final double OTHER_NATIONALITY = -0.05;
    static final double OTHER_SEX = -0.05;
    static final double SAME_DOCUMENT = 0.25;

    private static double corroboration(PreparedQuery q, WatchlistEntry entry, Explanation.Builder ex) {
        NameQuery query = q.query;
        double date = 0;
        if (query.birthDate() != null && !entry.birthDates().isEmpty()) {
            date = birthDate(query.birthDate(), entry.birthDates());
            if (ex != null) {
                ex.add("birth-date", query.birthDate().from() + (query.birthDate().precision() == BirthDate.Precision.EXACT
                        ? "" : ".." + query.birthDate().to()) + " vs " + describe(entry.birthDates()), date);
            }
        }
        double nationality = 0;
        if (query.nationality() != null && !query.nationality().isBlank() && !entry.nationalities().isEmpty()) {
            boolean same = false;
            for (String n : entry.nationalities()) {
                same |= n.equalsIgnoreCase(query.nationality());
            }
            nationality = same ? SAME_NATIONALITY : OTHER_NATIONALITY;
            if (ex != null) {
                ex.add("nationality", query.nationality() + (same ? " in " : " not in ") + entry.nationalities(), nationality);
            }
        }
        double sex = 0;
        if (sexCode(query.sex()) != 0 && sexCode(entry.sex()) != 0 && sexCode(query.sex()) != sexCode(entry.sex())) {
            sex = OTHER_SEX;
            if (ex != null) {
                ex.add("sex", query.sex() + " vs " + entry.sex(), OTHER_SEX);
            }
        }
        double document = 0;
        if (q.documents.length > 0 && !entry.documents().isEmpty()) {
            outer:
            for (String doc : q.documents) {
                for (ListedDocument ld : entry.documents()) {
                    if (ld.number() != null && !doc.isEmpty() && doc.equals(documentKey(ld.number()))) {
                        document = SAME_DOCUMENT;
                        if (ex != null) {
                            ex.add("document", ld.number(), SAME_DOCUMENT);
                        }
                        break outer;
                    }
                }
            }
        }
        return corroboration(date, nationality, sex, document);
    }

    /**
     * What the birth date, nationality, sex and documents add to (or take from) a name score: the
     * terms (0 when not compared) summed in this order, so that every caller gets the same double.
     */
    static double corroboration(double date, double nationality, double sex, double document) {
        return date + nationality + sex + document;
    }

    /** 1 for "M", 2 for "F", 0 for anything else (sex is compared only when both sides say M or F). */
    static int sexCode(String sex) {
        return "M".equals(sex) ? 1 : "F".equals(sex) ? 2 : 0;
    }

    private static String describe(List<BirthDate> dates) {
        StringBuilder sb = new StringBuilder();
        for (BirthDate b : dates) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(b.precision() == BirthDate.Precision.EXACT ? b.from().toString() : b.from() + ".." + b.to());
        }
        return sb.toString();
    }

    /** The best agreement between the traveller's birth date and any listed one, each at its precision. */
    static double birthDate(BirthDate q, List<BirthDate> listed) {
        double best = -1;
        for (BirthDate l : listed) {
            best = Math.max(best, birthDate(q.from().toEpochDay(), q.to().toEpochDay(),
                    q.precision() == BirthDate.Precision.EXACT, l.from().toEpochDay(), l.to().toEpochDay(),
                    l.precision() == BirthDate.Precision.EXACT));
        }
        return best;
    }

    /** The agreement of a traveller's birth date (epoch days {@code qFrom..qTo}) with one listed date. */
    static double birthDate(long qFrom, long qTo, boolean qExact, long lFrom, long lTo, boolean lExact) {
        if (qTo >= lFrom && qFrom <= lTo) {
            return qExact && lExact ? 0.06 : 0.03;
        }
        long gap = qTo < lFrom ? lFrom - qTo : qFrom - lTo;
        return gap <= 31 ? -0.08 : gap <= 366 ? -0.25 : -0.35;
    }

    /** Document numbers compared on letters and digits only, upper case. */
    static String documentKey(String number) {
        int clean = 0;
        while (clean < number.length() && isKeyChar(number.charAt(clean))) {
            clean++;
        }
        if (clean == number.length()) {
            return number; // already letters and digits, upper case: the usual document number
        }
        StringBuilder sb = new StringBuilder(number.length()).append(number, 0, clean);
        for (int i = clean; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isKeyChar(c)) {
                sb.append(c);
            } else if (c >= 'a' && c <= 'z') {
                sb.append((char) (c - 32));
            }
        }
        return sb.toString();
    }

    private static boolean isKeyChar(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
}
