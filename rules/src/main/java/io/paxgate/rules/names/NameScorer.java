package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedDocument;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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

    private final NameNormalizer normalizer;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public NameScorer(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** A query normalised once, for scoring against many names. */
    public static final class PreparedQuery {
        final NameQuery query;
        final NormalizedName name;
        final NameToken[] tokens;
        final String[] documents;
        /**
         * Similarities of the query's parts to each listed part met so far, by identity: an index
         * shares one token object per distinct part, so a part common to many candidates
         * (MOHAMMED) is compared once per search. Made on the first candidate: most travellers have none.
         */
        private IdentityHashMap<NameToken, double[]> similarities;
        /** The parts' vocabulary keys, kept by {@link NameIndex} for the next list. */
        long[][] partKeys;

        PreparedQuery(NameQuery query, NormalizedName name) {
            this.query = query;
            this.name = name;
            this.tokens = name.tokens().toArray(new NameToken[0]);
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
                int nq = Math.min(tokens.length, MAX_TOKENS);
                row = new double[nq];
                for (int i = 0; i < nq; i++) {
                    row[i] = partSimilarity(tokens[i], b);
                }
                similarities.put(b, row);
            }
            return row;
        }

        public NameQuery query() {
            return query;
        }
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
        Explanation.Builder ex = new Explanation.Builder();
        double s = score(q, listed, entry, name, ex);
        return new NameMatch(entry, name, s, ex.build(ex.nameScore, s));
    }

    /** Name similarity only (no corroboration), 0..1. */
    public double nameScore(NormalizedName a, NormalizedName b) {
        return nameScore(a.tokens().toArray(new NameToken[0]), a.surnameKnown(), b, null, null);
    }

    double score(PreparedQuery q, NormalizedName listed, WatchlistEntry entry, ListedName name, Explanation.Builder ex) {
        double s = nameScore(q.tokens, q.name.surnameKnown(), listed, ex, q);
        if (ex != null) {
            ex.nameScore = s;
        }
        if (s <= 0) {
            return 0;
        }
        if (name != null && name.quality() == ListedName.Quality.LOW) {
            s -= 0.05;
            if (ex != null) {
                ex.add("alias-quality", "low", -0.05);
            }
        }
        if (entry != null) {
            s += corroboration(q, entry, ex);
        }
        return s < 0 ? 0 : s > 1 ? 1 : s;
    }

    // ---------------------------------------------------------------- name parts

    private static final class Scratch {
        final double[] sim = new double[MAX_TOKENS * MAX_TOKENS];
        final double[] joinSums = new double[2];
    }

    private double nameScore(NameToken[] q, boolean qSurnameKnown, NormalizedName listed, Explanation.Builder ex,
                             PreparedQuery prepared) {
        List<NameToken> e = listed.tokens();
        int nq = Math.min(q.length, MAX_TOKENS);
        int ne = Math.min(e.size(), MAX_TOKENS);
        double[] sim = scratch.get().sim;
        if (prepared != null) {
            for (int j = 0; j < ne; j++) {
                double[] row = prepared.similarities(e.get(j));
                for (int i = 0; i < nq; i++) {
                    sim[i * MAX_TOKENS + j] = row[i];
                }
            }
        } else {
            for (int i = 0; i < nq; i++) {
                for (int j = 0; j < ne; j++) {
                    sim[i * MAX_TOKENS + j] = partSimilarity(q[i], e.get(j));
                }
            }
        }
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
            r = join(ql, openQ, usedQ, e, ne, openE, usedE, ex, true, sums);
            num += sums[0];
            den += sums[1];
            usedQ = (int) (r >>> 32);
            usedE = (int) r;
            openQ &= ~usedQ;
            openE &= ~usedE;
            if (openQ != 0 && openE != 0) {
                r = join(e.subList(0, ne), openE, usedE, ql, nq, openQ, usedQ, ex, false, sums);
                num += sums[0];
                den += sums[1];
                usedE = (int) (r >>> 32);
                usedQ = (int) r;
                openQ &= ~usedQ;
                openE &= ~usedE;
            }
        }
        r = greedy(q, nq, e, ne, sim, usedQ, usedE, 0.5, ex, sums);
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
                      int usedMany, Explanation.Builder ex, boolean queryIsOne, double[] sums) {
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
                    for (int x = j; x <= k; x++) {
                        joinedLength += many.get(x).text().length();
                    }
                    // a join can only reach JOIN_MIN when the lengths are close: skip the rest cheaply
                    if (Math.abs(joinedLength - a.text().length()) > Math.max(2, joinedLength / 4)) {
                        continue;
                    }
                    StringBuilder joined = new StringBuilder(joinedLength);
                    double w = 0;
                    for (int x = j; x <= k; x++) {
                        joined.append(many.get(x).text());
                        w = Math.max(w, many.get(x).role().weight);
                    }
                    double v = joinedSimilarity(a, joined.toString());
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
            TokenRole r = t.get(x).role();
            if (r == TokenRole.MARKER || r == TokenRole.TITLE || r == TokenRole.INITIAL) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinable(NameToken a, NameToken b) {
        return a.role() != TokenRole.MARKER && b.role() != TokenRole.MARKER
                && a.role() != TokenRole.TITLE && b.role() != TokenRole.TITLE
                && a.role() != TokenRole.INITIAL && b.role() != TokenRole.INITIAL;
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

    private static double joinedSimilarity(NameToken one, String joined) {
        if (one.text().equals(joined)) {
            return 1.0;
        }
        String skel = SpellingVariants.skeleton(joined);
        if (one.skeleton().equals(skel)) {
            return SKELETON_EQUAL;
        }
        return transform(Math.max(JaroWinkler.similarity(one.text(), joined), JaroWinkler.similarity(one.skeleton(), skel)));
    }

    private static double partSimilarity(NameToken a, NameToken b) {
        return a.role().significant() && b.role().significant() ? tokenSimilarity(a, b) : 0;
    }

    /** Similarity of two name parts, 0..1, already shaped so that unrelated names give 0. */
    static double tokenSimilarity(NameToken a, NameToken b) {
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

    private static double corroboration(PreparedQuery q, WatchlistEntry entry, Explanation.Builder ex) {
        double d = 0;
        NameQuery query = q.query;
        if (query.birthDate() != null && !entry.birthDates().isEmpty()) {
            double b = birthDate(query.birthDate(), entry.birthDates());
            d += b;
            if (ex != null) {
                ex.add("birth-date", query.birthDate().from() + (query.birthDate().precision() == BirthDate.Precision.EXACT
                        ? "" : ".." + query.birthDate().to()) + " vs " + describe(entry.birthDates()), b);
            }
        }
        if (query.nationality() != null && !query.nationality().isBlank() && !entry.nationalities().isEmpty()) {
            boolean same = false;
            for (String n : entry.nationalities()) {
                same |= n.equalsIgnoreCase(query.nationality());
            }
            double b = same ? 0.02 : -0.05;
            d += b;
            if (ex != null) {
                ex.add("nationality", query.nationality() + (same ? " in " : " not in ") + entry.nationalities(), b);
            }
        }
        if (query.sex() != null && entry.sex() != null && (query.sex().equals("M") || query.sex().equals("F"))
                && (entry.sex().equals("M") || entry.sex().equals("F")) && !query.sex().equals(entry.sex())) {
            d -= 0.05;
            if (ex != null) {
                ex.add("sex", query.sex() + " vs " + entry.sex(), -0.05);
            }
        }
        if (q.documents.length > 0 && !entry.documents().isEmpty()) {
            outer:
            for (String doc : q.documents) {
                for (ListedDocument ld : entry.documents()) {
                    if (ld.number() != null && !doc.isEmpty() && doc.equals(documentKey(ld.number()))) {
                        d += 0.25;
                        if (ex != null) {
                            ex.add("document", ld.number(), 0.25);
                        }
                        break outer;
                    }
                }
            }
        }
        return d;
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
            double v;
            if (!q.to().isBefore(l.from()) && !q.from().isAfter(l.to())) {
                v = q.precision() == BirthDate.Precision.EXACT && l.precision() == BirthDate.Precision.EXACT ? 0.06 : 0.03;
            } else {
                long gap = q.to().isBefore(l.from())
                        ? ChronoUnit.DAYS.between(q.to(), l.from())
                        : ChronoUnit.DAYS.between(l.to(), q.from());
                v = gap <= 31 ? -0.08 : gap <= 366 ? -0.25 : -0.35;
            }
            best = Math.max(best, v);
        }
        return best;
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
