package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedDocument;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.Watchlist;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Candidate generation and scoring for one list of names, immutable once built.
 *
 * <p>Two levels. The <em>vocabulary</em> holds every distinct part skeleton of the list (and the
 * joined forms AL ASSAD -> ALASSAD, SMITH-JONES -> SMITHJONES), keyed by the skeleton, each
 * one-letter deletion of each spelling (symmetric deletion: one typo on either side still meets),
 * the consonants (Arabic script writes no short vowels) and, for parts listed in Arabic script,
 * their consonants again for Latin queries. A query part finds its near spellings there, among
 * some hundred thousand parts instead of millions of names: no cap, so a typo in a very common
 * name is still seen. The <em>name postings</em> then list, per vocabulary part, the names that
 * contain it, and per pair of common parts (both in more than {@value #PAIR_MIN} names), the names
 * that contain both.
 *
 * <p>Which names can reach the threshold is decided before any name is read: for every set of
 * query parts, {@link #bound} is the best name score a listed name matching exactly those parts
 * could get (each matched with similarity 1 against a surname, the others unmatched), plus the
 * most corroboration can add. The smallest sufficient sets are enumerated; each is covered by the
 * postings of its rarest part or, when every part in it is common, by the pair postings of its two
 * rarest parts (MOHAMMED ALI HASSAN needs names with at least two of them, so the MOHAMMED ALI
 * pair list is read, never all MOHAMMEDs). A name read from the postings is kept when the query
 * parts its own parts match form a sufficient set and its birth dates, nationality and documents
 * still allow the threshold; only those are scored. Names that share a document number with the
 * query are always scored. Single-part names are listed apart and always scored.
 *
 * <p>As the scorer aligns parts one to one, a multi-part listed name is found through at least two
 * of its parts (one for a single-part query), each reached by a key: a part whose only likeness to
 * the query is further than one letter from every key (two typos) is not seen, whatever the rest
 * of the name; the scorer would give such a pair little anyway. The one bounded cost: a
 * single-part query does not read parts listed in more than {@code postingsCap} names.
 *
 * <p>Scoring a candidate: the query's similarity to each distinct listed part is computed once per
 * search (parts have ids), a name is bounded and scored once per form (names written alike share
 * one) however many entries carry it, corroboration is read from flat per-entry arrays, and
 * {@link NameScorer#mayReach} rules a name out before the scorer aligns it when it cannot reach the
 * threshold or, for at most {@value #TOP_MAX} hits, beat the best entries already held.
 *
 * <p>Thread-safe for any number of concurrent searches; each thread keeps its own scratch arrays.
 */
public final class NameIndex {
    public static final int DEFAULT_POSTINGS_CAP = 5_000;
    /** Parts in more names than this get pair postings with the other common parts of each name. */
    static final int PAIR_MIN = 32;
    /** A set of query parts is covered by its rarest part's names when they are at most this many, else by pairs. */
    static final int PART_VISIT_MAX = 256;
    /** The most a birth date (+0.06) and nationality (+0.02) add; documents are looked up exactly. */
    static final double CORROBORATION_MAX = 0.08;

    private static final long SALT_PAIR = 0x165667B19E3779F9L;
    private static final long SALT_PAIR_YEAR = 0xD6E8FEB86659FD93L;
    /** Year bucket of entries without a birth date, or with dates spread over more than MAX_YEAR_SPAN years. */
    private static final int NO_YEAR = 0;
    private static final int MAX_YEAR_SPAN = 5;
    /**
     * Above this threshold a listed name whose birth dates are all more than a year from the
     * traveller's cannot be a hit: a perfect name (1.0) minus 0.25 plus nationality (0.02) stays
     * below. Documents are looked up exactly, so they do not count here.
     */
    static final double YEAR_FILTER_ABOVE = 1.0 - 0.25 + 0.02;
    private static final long SALT_CONS = 0x27D4EB2F165667C5L;
    private static final long SALT_ARABIC = 0x85EBCA77C2B2AE63L;
    /** Query parts given keys; at most 8 (collect keeps chosen pairs of parts in one long). */
    private static final int MAX_QUERY_PARTS = 8;
    private static final int MAX_NAME_TOKENS = 10;
    private static final int NO_DATE = Integer.MIN_VALUE;
    /** Days are stored as epoch day + DAY_OFFSET in 24 bits (years -21000 to 24900). */
    private static final int DAY_OFFSET = 1 << 23;
    private static final long FACT_DATE = 1L << 48;
    private static final long FACT_NATIONALITY = 1L << 49;
    private static final long FACT_DOCUMENTS = 1L << 50;
    /** One of the entry's birth dates is an exact day (only then can a date add 0.06 rather than 0.03). */
    private static final long FACT_EXACT_DATE = 1L << 51;
    /** The name is a weak (LOW quality) alias. */
    private static final long FACT_LOW_ALIAS = 1L << 52;
    private static final String[] PREFIX_PARTICLES = {"AL", "EL", "UL"};
    /** Searches for at most this many hits keep the best entries so far and skip names that cannot beat them. */
    static final int TOP_MAX = 64;

    private final WatchlistEntry[] entries;
    private final NormalizedName[] names;
    private final int[] nameEntry;
    private final ListedName[] nameAlias;
    private final int[] entryFirstName;
    /**
     * Per name, what corroboration needs in one word (one memory access per name read): its
     * entry's earliest and latest listed birth day, whether it has dates, nationalities, documents.
     */
    private final long[] facts;
    /** Per entry: the birth years its dates cover, NO_YEAR when none or too many. */
    private final int[] yearLo;
    private final int[] yearHi;
    private final Map<String, int[]> documentEntries;
    /**
     * Per entry, what {@link #corroboration} compares, flat (no object read per candidate): birth
     * dates as epoch days in {@code dateFrom/dateTo/dateExact[dateStart[e]..dateStart[e + 1])},
     * nationalities as ids into {@code nationalities} likewise, sex as {@link NameScorer#sexCode}.
     */
    private final int[] dateStart;
    private final int[] dateFrom;
    private final int[] dateTo;
    private final boolean[] dateExact;
    private final int[] nationalityStart;
    private final int[] entryNationalities;
    private final String[] nationalities;
    private final byte[] entrySex;

    private final int vocabSize;
    private final Postings vocabKeys;
    /** Per name: its vocabulary ids (parts, then joined forms) in {@code nameToks[tokStart[i]..tokStart[i+1])}. */
    private final int[] tokStart;
    private final int[] nameToks;
    /**
     * Per name, its form: the list's distinct normalised names (on a list of common names about one
     * in three names is new), each scored once per search whatever the number of entries carrying it.
     */
    private final int[] nameForm;
    private final int formCount;
    /** The distinct parts of the list (interned) and, per form, their ids in {@code formParts[partsStart[f]..]}. */
    private final NameToken[] distinctParts;
    private final TokenRole[] partRole;
    private final int[] partLength;
    private final int[] partsStart;
    private final int[] formParts;
    private final int[] partStart;
    private final int[] partLen;
    private final int[] partPost;
    private final int[] soloStart;
    private final int[] soloLen;
    private final int[] soloPost;
    private final Postings pairs;
    private final int postingsCap;
    private final NameScorer scorer;
    private final ThreadLocal<Scratch> scratch;

    private NameIndex(List<WatchlistEntry> list, NameScorer scorer, NameNormalizer normalizer, int postingsCap) {
        this.scorer = scorer;
        this.postingsCap = postingsCap;
        this.entries = list.toArray(new WatchlistEntry[0]);
        int total = 0;
        for (WatchlistEntry e : entries) {
            total += e.names().size();
        }
        if (total >= 1 << 30) {
            throw new IllegalArgumentException("name index too large: " + total + " names (at most 2^30)");
        }
        names = new NormalizedName[total];
        nameEntry = new int[total];
        nameAlias = new ListedName[total];
        entryFirstName = new int[entries.length];
        int[] dobLo = new int[entries.length];
        int[] dobHi = new int[entries.length];
        yearLo = new int[entries.length];
        yearHi = new int[entries.length];
        boolean[] entryHasNationality = new boolean[entries.length];
        boolean[] entryHasDocuments = new boolean[entries.length];
        boolean[] entryExactDate = new boolean[entries.length];
        documentEntries = new HashMap<>();
        dateStart = new int[entries.length + 1];
        nationalityStart = new int[entries.length + 1];
        entrySex = new byte[entries.length];
        for (int e = 0; e < entries.length; e++) {
            dateStart[e + 1] = dateStart[e] + entries[e].birthDates().size();
            nationalityStart[e + 1] = nationalityStart[e] + entries[e].nationalities().size();
            entrySex[e] = (byte) NameScorer.sexCode(entries[e].sex());
        }
        dateFrom = new int[dateStart[entries.length]];
        dateTo = new int[dateFrom.length];
        dateExact = new boolean[dateFrom.length];
        entryNationalities = new int[nationalityStart[entries.length]];
        HashMap<String, Integer> nationalityIds = new HashMap<>();
        int id = 0;
        for (int e = 0; e < entries.length; e++) {
            WatchlistEntry entry = entries[e];
            entryFirstName[e] = id;
            for (ListedName n : entry.names()) {
                nameEntry[id] = e;
                nameAlias[id] = n;
                id++;
            }
            dobLo[e] = NO_DATE;
            dobHi[e] = NO_DATE;
            int date = dateStart[e];
            for (BirthDate b : entry.birthDates()) {
                dateFrom[date] = (int) b.from().toEpochDay();
                dateTo[date] = (int) b.to().toEpochDay();
                dateExact[date++] = b.precision() == BirthDate.Precision.EXACT;
                int lo = (int) b.from().toEpochDay();
                int hi = (int) b.to().toEpochDay();
                dobLo[e] = dobLo[e] == NO_DATE ? lo : Math.min(dobLo[e], lo);
                dobHi[e] = dobHi[e] == NO_DATE ? hi : Math.max(dobHi[e], hi);
                entryExactDate[e] |= b.precision() == BirthDate.Precision.EXACT;
            }
            if (dobLo[e] != NO_DATE) {
                yearLo[e] = LocalDate.ofEpochDay(dobLo[e]).getYear();
                yearHi[e] = LocalDate.ofEpochDay(dobHi[e]).getYear();
            }
            if (dobLo[e] == NO_DATE || yearHi[e] - yearLo[e] >= MAX_YEAR_SPAN || yearLo[e] == NO_YEAR) {
                yearLo[e] = NO_YEAR;
                yearHi[e] = NO_YEAR;
            }
            entryHasNationality[e] = !entry.nationalities().isEmpty();
            int n = nationalityStart[e];
            for (String nationality : entry.nationalities()) {
                entryNationalities[n++] = nationalityIds.computeIfAbsent(nationality, x -> nationalityIds.size());
            }
            for (ListedDocument d : entry.documents()) {
                if (d.number() != null) {
                    String key = NameScorer.documentKey(d.number());
                    if (!key.isEmpty()) {
                        entryHasDocuments[e] = true;
                        int[] old = documentEntries.get(key);
                        if (old == null || old[old.length - 1] != e) {
                            int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
                            grown[grown.length - 1] = e;
                            documentEntries.put(key, grown);
                        }
                    }
                }
            }
        }
        nationalities = new String[nationalityIds.size()];
        nationalityIds.forEach((text, n) -> nationalities[n] = text);
        facts = new long[total];
        for (int i = 0; i < total; i++) {
            int e = nameEntry[i];
            facts[i] = dobLo[e] == NO_DATE ? 0 : FACT_DATE | (dobLo[e] + DAY_OFFSET) | (long) (dobHi[e] + DAY_OFFSET) << 24;
            facts[i] |= (entryHasNationality[e] ? FACT_NATIONALITY : 0) | (entryHasDocuments[e] ? FACT_DOCUMENTS : 0)
                    | (entryExactDate[e] ? FACT_EXACT_DATE : 0)
                    | (nameAlias[i].quality() == ListedName.Quality.LOW ? FACT_LOW_ALIAS : 0);
        }
        // Normalising is the expensive part of a build: both cores; identical parts are shared.
        ConcurrentHashMap<NameToken, NameToken> intern = new ConcurrentHashMap<>();
        IntStream.range(0, total).parallel().forEach(i -> names[i] = intern(normalizer.normalize(nameAlias[i]), intern));
        distinctParts = intern.values().toArray(new NameToken[0]);
        IdentityHashMap<NameToken, Integer> partIds = new IdentityHashMap<>(distinctParts.length * 2);
        partRole = new TokenRole[distinctParts.length];
        partLength = new int[distinctParts.length];
        for (NameToken t : distinctParts) {
            partRole[partIds.size()] = t.role();
            partLength[partIds.size()] = t.text().length();
            partIds.put(t, partIds.size());
        }
        // equal names share one form (and one object)
        nameForm = new int[total];
        HashMap<NormalizedName, Integer> formIds = new HashMap<>();
        List<NormalizedName> forms = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Integer f = formIds.putIfAbsent(names[i], forms.size());
            if (f == null) {
                f = forms.size();
                forms.add(names[i]);
            }
            nameForm[i] = f;
            names[i] = forms.get(f);
        }
        formCount = forms.size();
        partsStart = new int[formCount + 1];
        for (int f = 0; f < formCount; f++) {
            partsStart[f + 1] = partsStart[f] + Math.min(forms.get(f).tokens().size(), NameScorer.MAX_TOKENS);
        }
        formParts = new int[partsStart[formCount]];
        for (int f = 0; f < formCount; f++) {
            for (int k = partsStart[f]; k < partsStart[f + 1]; k++) {
                formParts[k] = partIds.get(forms.get(f).tokens().get(k - partsStart[f]));
            }
        }

        // the vocabulary: one id per skeleton; every distinct spelling contributes its keys
        Vocabulary vocab = new Vocabulary();
        tokStart = new int[total + 1];
        int[] toks = new int[total * 3 + 16];
        int nt = 0;
        int[] one = new int[MAX_NAME_TOKENS];
        for (int i = 0; i < total; i++) {
            int n = vocab.tokens(names[i], one);
            if (nt + n > toks.length) {
                toks = Arrays.copyOf(toks, Math.max(toks.length * 3 / 2, nt + n));
            }
            System.arraycopy(one, 0, toks, nt, n);
            nt += n;
            tokStart[i + 1] = nt;
        }
        nameToks = Arrays.copyOf(toks, nt);
        vocabSize = vocab.size();
        vocabKeys = Postings.build(vocab.spellings.size(), vocab::keys);

        // names per part: multi-part names in partPost, single-part names apart in soloPost
        partLen = new int[vocabSize];
        soloLen = new int[vocabSize];
        for (int i = 0; i < total; i++) {
            int[] len = names[i].significantCount() >= 2 ? partLen : soloLen;
            for (int k = tokStart[i]; k < tokStart[i + 1]; k++) {
                len[nameToks[k]]++;
            }
        }
        partStart = starts(partLen);
        soloStart = starts(soloLen);
        partPost = new int[(int) sum(partLen)];
        soloPost = new int[(int) sum(soloLen)];
        int[] fillPart = new int[vocabSize];
        int[] fillSolo = new int[vocabSize];
        for (int i = 0; i < total; i++) {
            boolean main = names[i].significantCount() >= 2;
            for (int k = tokStart[i]; k < tokStart[i + 1]; k++) {
                int v = nameToks[k];
                if (main) {
                    partPost[partStart[v] + fillPart[v]++] = i;
                } else {
                    soloPost[soloStart[v] + fillSolo[v]++] = i;
                }
            }
        }
        pairs = Postings.build(total, this::pairKeys);
        scratch = ThreadLocal.withInitial(() -> new Scratch(names.length, formCount, vocabSize, distinctParts.length,
                entries.length, nationalities.length));
    }

    public static NameIndex build(List<WatchlistEntry> entries) {
        return build(entries, DEFAULT_POSTINGS_CAP);
    }

    public static NameIndex build(Watchlist list) {
        return build(list.entries());
    }

    /**
     * @param postingsCap a single-part query does not read parts listed in more names than this,
     *                    nor any query single-part names listed under one part more often
     */
    public static NameIndex build(List<WatchlistEntry> entries, int postingsCap) {
        return new NameIndex(entries, NameScorer.DEFAULT, NameNormalizer.INSTANCE, postingsCap);
    }

    public int entryCount() {
        return entries.length;
    }

    public int nameCount() {
        return names.length;
    }

    /** Distinct normalised names of the list (each scored once per search). */
    public int formCount() {
        return formCount;
    }

    /** Distinct part skeletons (and joined forms) of the list. */
    public int vocabularySize() {
        return vocabSize;
    }

    /** Keys of both tables: part spellings and pairs of common parts. */
    public int keyCount() {
        return vocabKeys.keyCount + pairs.keyCount;
    }

    /** Every int the postings hold: part keys to parts, parts to names, pairs to names. */
    public long postingsCount() {
        return (long) vocabKeys.values.length + partPost.length + soloPost.length + pairs.values.length;
    }

    /** Hits at or above {@link MatchThresholds#DEFAULT}, at most 10. */
    public List<NameMatch> search(NameQuery q) {
        return search(q, MatchThresholds.DEFAULT, 10);
    }

    /**
     * Entries whose best name scores at least {@code threshold}, best first, one hit per entry, at
     * most {@code max}; each hit explained.
     */
    public List<NameMatch> search(NameQuery q, double threshold, int max) {
        return search(scorer.prepare(q), threshold, max);
    }

    /**
     * The same for a query prepared once for several lists ({@link NameScorer#DEFAULT}'s
     * preparation; its parts' keys are computed on the first list and kept).
     */
    public List<NameMatch> search(NameScorer.PreparedQuery pq, double threshold, int max) {
        Scratch s = scratch.get();
        int candidates = collect(pq, threshold, s);
        if (max <= 0) {
            return List.of();
        }
        boolean top = max <= TOP_MAX;
        s.held = 0;
        int hits = 0;
        for (int c = 0; c < candidates; c++) {
            int id = s.candidates[c];
            // the score to beat: the threshold, or the worst of the best max entries once that many are held
            double score = score(pq, id, top && s.held == max ? s.topScore[max - 1] : threshold, s);
            if (score < threshold) {
                continue;
            }
            if (top) {
                s.hold(nameEntry[id], id, score, max);
                continue;
            }
            if (hits == s.hitIds.length) {
                s.hitIds = Arrays.copyOf(s.hitIds, hits * 2);
                s.hitScores = Arrays.copyOf(s.hitScores, hits * 2);
            }
            s.hitIds[hits] = id;
            s.hitScores[hits] = score;
            hits++;
        }
        if (top) {
            List<NameMatch> out = new ArrayList<>(s.held);
            for (int k = 0; k < s.held; k++) {
                out.add(explain(pq, s.topId[k], s));
            }
            return out;
        }
        if (hits == 0) {
            return List.of();
        }
        // best first; one hit per entry (its best-scoring name)
        Integer[] order = new Integer[hits];
        for (int i = 0; i < hits; i++) {
            order[i] = i;
        }
        final double[] sc = s.hitScores;
        final int[] ids = s.hitIds;
        Arrays.sort(order, (a, b) -> sc[b] != sc[a] ? Double.compare(sc[b], sc[a]) : Integer.compare(ids[a], ids[b]));
        List<NameMatch> out = new ArrayList<>(Math.min(max, hits));
        int[] seenEntries = new int[Math.min(max, hits)];
        for (int k = 0; k < hits && out.size() < max; k++) {
            int id = ids[order[k]];
            int e = nameEntry[id];
            boolean seen = false;
            for (int i = 0; i < out.size(); i++) {
                seen |= seenEntries[i] == e;
            }
            if (!seen) {
                seenEntries[out.size()] = e;
                out.add(explain(pq, id, s));
            }
        }
        return out;
    }

    /**
     * Name {@code id}'s score, or -1 when it cannot reach {@code beat}. The name score is computed
     * once per form and search; a form ruled out at some bound t is ruled out at any higher one
     * ({@link NameScorer#mayReach}'s sum only falls as t rises), so only the corroboration is
     * computed per entry.
     */
    private double score(NameScorer.PreparedQuery pq, int id, double beat, Scratch s) {
        int f = nameForm[id];
        s.form(f);
        boolean low = (facts[id] & FACT_LOW_ALIAS) != 0;
        double need = beat + (low ? NameScorer.LOW_ALIAS : 0);
        double name = s.formScore[f];
        double corroboration;
        if (Double.isNaN(name)) {
            int ne = -1;
            if (s.threshold > 0) {
                // first against the most corroboration can add (one word per name), then against what it adds
                double t = need - corroborated(0, facts[id], s);
                if (t >= s.formOut[f]) {
                    return -1;
                }
                ne = similarities(pq, f, s);
                if (!mayReach(pq, ne, t, s)) {
                    s.formOut[f] = t;
                    return -1;
                }
            }
            corroboration = corroboration(nameEntry[id], s);
            if (s.threshold > 0) {
                double t = need - corroboration;
                if (t >= s.formOut[f] || !mayReach(pq, ne, t, s)) {
                    s.formOut[f] = Math.min(s.formOut[f], t);
                    return -1;
                }
            } else {
                similarities(pq, f, s);
            }
            name = scorer.nameScore(pq, names[id], s.sim);
            s.formScore[f] = name;
        } else {
            corroboration = corroboration(nameEntry[id], s);
        }
        return name <= 0 ? 0 : NameScorer.combine(name, low, corroboration);
    }

    /** {@link NameScorer#mayReach} for the form whose parts {@link #similarities} put in the scratch. */
    private static boolean mayReach(NameScorer.PreparedQuery pq, int ne, double t, Scratch s) {
        return NameScorer.mayReach(pq, s.listedParts, s.roles, s.lengths, ne, s.sim, t);
    }

    private NameMatch explain(NameScorer.PreparedQuery pq, int id, Scratch s) {
        similarities(pq, nameForm[id], s);
        return scorer.explain(pq, names[id], s.sim, entries[nameEntry[id]], nameAlias[id]);
    }

    /**
     * The query's similarities to form {@code f}'s parts into {@code s.sim} (one row per distinct
     * listed part, computed on the first name of this search that has it), the parts' roles and
     * lengths into {@code s.roles} and {@code s.lengths}; returns how many parts.
     */
    private int similarities(NameScorer.PreparedQuery pq, int f, Scratch s) {
        int nq = pq.partCount();
        int j = 0;
        for (int k = partsStart[f]; k < partsStart[f + 1]; k++, j++) {
            int p = formParts[k];
            s.listedParts[j] = distinctParts[p];
            s.roles[j] = partRole[p];
            s.lengths[j] = partLength[p];
            if (s.rowStamp[p] != s.epoch) {
                s.rowStamp[p] = s.epoch;
                s.rowOf[p] = s.nextRow();
                pq.similarities(distinctParts[p], s.rows[s.rowOf[p]]);
            }
            NameScorer.setColumn(s.rows[s.rowOf[p]], nq, j, s.sim);
        }
        return j;
    }

    /** Name postings read by this thread's last search (for benchmarks and tuning). */
    public long visitedPostings() {
        return scratch.get().visited;
    }

    /** How many names a query would score at {@link MatchThresholds#DEFAULT} (for benchmarks and tuning). */
    public int candidateCount(NameQuery q) {
        return collect(scorer.prepare(q), MatchThresholds.DEFAULT, scratch.get());
    }

    // ---------------------------------------------------------------- bound

    /**
     * Best name score a listed name can get when it matches exactly the query parts in
     * {@code matched}: each matched part aligned with similarity 1 to a surname (the heaviest role),
     * each other indexed part unmatched, and the query's initials (not indexed) counted as matched.
     * {@link NameScorer} can only score lower: similarities are at most 1, a pair weighs the mean of
     * its two roles, and listed parts left over only add to the denominator.
     */
    static double bound(double[] weight, int n, int matched, double initials) {
        double p = initials;
        double u = 0;
        for (int g = 0; g < n; g++) {
            if ((matched & (1 << g)) != 0) {
                p += (weight[g] + TokenRole.SURNAME.weight) / 2;
            } else {
                u += NameScorer.UNMATCHED_QUERY * weight[g];
            }
        }
        return p <= 0 ? 0 : p / (p + u);
    }

    // ---------------------------------------------------------------- candidate generation

    private static final class Scratch {
        final int[] nameStamp;
        /** Per form met in this search (stamped with the epoch): its name score (NaN until scored), the lowest bound it failed. */
        final int[] formStamp;
        final double[] formScore;
        final double[] formOut;
        final int[] vocabStamp;
        final byte[] vocabMask;
        final int[] vocabVisited;
        final int[][] parts = new int[MAX_QUERY_PARTS][16];
        final int[] partCount = new int[MAX_QUERY_PARTS];
        final double[] weight = new double[MAX_QUERY_PARTS];
        final double[] boundOf = new double[1 << MAX_QUERY_PARTS];

        final boolean[] sufficient = new boolean[1 << MAX_QUERY_PARTS];
        // collect's per-search working arrays (the query's indexed parts, their costs, the sets and pairs to read)
        final NameToken[] queryParts = new NameToken[MAX_QUERY_PARTS];
        final int[] queryAt = new int[MAX_QUERY_PARTS];
        final long[] cost = new long[MAX_QUERY_PARTS];
        final int[] sets = new int[1 << MAX_QUERY_PARTS];
        final int[] pairA = new int[MAX_QUERY_PARTS * MAX_QUERY_PARTS];
        final int[] pairB = new int[MAX_QUERY_PARTS * MAX_QUERY_PARTS];
        int[] candidates = new int[256];
        int candidateCount;
        int epoch;
        long visited;
        int[] hitIds = new int[64];
        double[] hitScores = new double[64];
        /** Similarity rows of the listed parts met in this search: part p's is rows[rowOf[p]] when rowStamp[p] is the epoch. */
        final int[] rowStamp;
        final int[] rowOf;
        double[][] rows = new double[64][];
        int rowCount;
        final double[] sim = new double[NameScorer.MAX_TOKENS * NameScorer.MAX_TOKENS];
        final NameToken[] listedParts = new NameToken[NameScorer.MAX_TOKENS];
        final TokenRole[] roles = new TokenRole[NameScorer.MAX_TOKENS];
        final int[] lengths = new int[NameScorer.MAX_TOKENS];
        /** The best entries so far, best first (score, then name id), one name each, for searches of at most TOP_MAX hits. */
        final int[] topEntry = new int[TOP_MAX];
        final int[] topId = new int[TOP_MAX];
        final double[] topScore = new double[TOP_MAX];
        int held;
        // per search: the query's corroboration, for the cheap check before scoring
        int qLo;
        int qHi;
        /** Query parts every name now being read is known to match (a pair list's two), and all of them. */
        int known;
        int all;
        boolean qDate;
        boolean qExact;
        /** Read pair postings by birth year: the traveller's years and one either side, then NO_YEAR. */
        boolean byYear;
        int qYearLo;
        int qYearHi;
        boolean qNationality;
        String qNationalityText;
        int qSex;
        /** Entries sharing a document number with the traveller: stamped with the epoch. */
        final int[] documentStamp;
        /** Per listed nationality, whether it is the traveller's: known when stamped with the epoch. */
        final int[] nationalityStamp;
        final boolean[] nationalitySame;
        boolean qDocuments;
        double threshold;

        Scratch(int names, int forms, int vocab, int parts, int entries, int nationalities) {
            formStamp = new int[forms];
            formScore = new double[forms];
            formOut = new double[forms];
            documentStamp = new int[entries];
            nationalityStamp = new int[nationalities];
            nationalitySame = new boolean[nationalities];
            nameStamp = new int[names];
            vocabStamp = new int[vocab];
            vocabMask = new byte[vocab];
            vocabVisited = new int[vocab];
            rowStamp = new int[parts];
            rowOf = new int[parts];
        }

        void next() {
            candidateCount = 0;
            visited = 0;
            rowCount = 0;
            if (++epoch == 0) {
                Arrays.fill(nameStamp, 0);
                Arrays.fill(formStamp, 0);
                Arrays.fill(vocabStamp, 0);
                Arrays.fill(vocabVisited, 0);
                Arrays.fill(rowStamp, 0);
                Arrays.fill(documentStamp, 0);
                Arrays.fill(nationalityStamp, 0);
                epoch = 1;
            }
        }

        /** Form {@code f} as met first in this search (not scored, not ruled out), unless met already. */
        void form(int f) {
            if (formStamp[f] != epoch) {
                formStamp[f] = epoch;
                formScore[f] = Double.NaN;
                formOut[f] = Double.POSITIVE_INFINITY;
            }
        }

        boolean sameNationality(int n, String[] nationalities) {
            if (nationalityStamp[n] != epoch) {
                nationalityStamp[n] = epoch;
                nationalitySame[n] = nationalities[n].equalsIgnoreCase(qNationalityText);
            }
            return nationalitySame[n];
        }

        /** A free similarity row for this search. */
        int nextRow() {
            if (rowCount == rows.length) {
                rows = Arrays.copyOf(rows, rowCount * 2);
            }
            if (rows[rowCount] == null) {
                rows[rowCount] = new double[NameScorer.MAX_TOKENS];
            }
            return rowCount++;
        }

        /**
         * Keeps name {@code id} of entry {@code e} among the best {@code max} entries when it ranks
         * there (score, then the lower name id, as the full sort ranks hits), replacing its entry's
         * weaker name.
         */
        void hold(int e, int id, double score, int max) {
            int at = 0;
            while (at < held && topEntry[at] != e) {
                at++;
            }
            if (at < held) {
                if (!ranksBefore(score, id, at)) {
                    return;
                }
            } else if (held == max) {
                if (!ranksBefore(score, id, held - 1)) {
                    return;
                }
                at = held - 1;
            } else {
                at = held++;
            }
            // drop slot at, then insert in order
            while (at > 0 && ranksBefore(score, id, at - 1)) {
                topEntry[at] = topEntry[at - 1];
                topId[at] = topId[at - 1];
                topScore[at] = topScore[at - 1];
                at--;
            }
            topEntry[at] = e;
            topId[at] = id;
            topScore[at] = score;
        }

        private boolean ranksBefore(double score, int id, int k) {
            return score > topScore[k] || score == topScore[k] && id < topId[k];
        }

        void addCandidate(int id) {
            if (candidateCount == candidates.length) {
                candidates = Arrays.copyOf(candidates, candidateCount * 2);
            }
            candidates[candidateCount++] = id;
        }

        /** Adds vocabulary part {@code v} to query part {@code g}'s near spellings (once). */
        void reach(int v, int g) {
            if (vocabStamp[v] != epoch) {
                vocabStamp[v] = epoch;
                vocabMask[v] = 0;
            }
            int bit = 1 << g;
            if ((vocabMask[v] & bit) == 0) {
                vocabMask[v] |= (byte) bit;
                if (partCount[g] == parts[g].length) {
                    parts[g] = Arrays.copyOf(parts[g], partCount[g] * 2);
                }
                parts[g][partCount[g]++] = v;
            }
        }

        int maskOf(int v) {
            return vocabStamp[v] == epoch ? vocabMask[v] & 0xFF : 0;
        }
    }

    /** Fills {@code s.candidates} with the name ids worth scoring; returns how many. */
    private int collect(NameScorer.PreparedQuery pq, double threshold, Scratch s) {
        s.next();
        NameToken[] t = pq.tokens;
        NameToken[] parts = s.queryParts;
        int[] at = s.queryAt;
        int np = indexedParts(t, parts, at);
        double initials = 0;
        for (NameToken x : t) {
            if (x.role().significant() && !x.role().indexed()) {
                initials += (x.role().weight + TokenRole.SURNAME.weight) / 2;
            }
        }
        prepareCorroboration(pq, threshold, s);
        // names sharing a document number with the traveller are always scored
        for (String doc : pq.documents) {
            int[] es = doc.isEmpty() ? null : documentEntries.get(doc);
            if (es != null) {
                for (int e : es) {
                    s.documentStamp[e] = s.epoch;
                    int end = e + 1 < entryFirstName.length ? entryFirstName[e + 1] : names.length;
                    for (int id = entryFirstName[e]; id < end; id++) {
                        if (s.nameStamp[id] != s.epoch) {
                            s.nameStamp[id] = s.epoch;
                            s.addCandidate(id);
                        }
                    }
                }
            }
        }
        if (np == 0) {
            return s.candidateCount;
        }
        // level 1: each query part's near spellings in the vocabulary
        for (int g = 0; g < np; g++) {
            s.partCount[g] = 0;
            s.weight[g] = parts[g].role().weight;
        }
        long[][] keys = pq.partKeys;
        if (keys == null) {
            keys = partKeys(Arrays.asList(t), parts, at, np, PartCache.ENABLED);
            pq.partKeys = keys;
        }
        for (int g = 0; g < np; g++) {
            for (long key : keys[g]) {
                reachKey(key, g, -1, s);
            }
        }
        // two adjacent query parts written as one listed part (ABDUL RAHMAN ~ ABDULRAHMAN)
        for (int g = 1; g < np; g++) {
            if (at[g] == at[g - 1] + 1) {
                reachKey(keys[np + g - 1][0], g - 1, g, s);
            }
        }
        // which sets of query parts can reach the threshold
        int masks = 1 << np;
        s.all = masks - 1;
        s.known = 0;
        for (int m = 0; m < masks; m++) {
            s.boundOf[m] = bound(s.weight, np, m, initials);
            // a multi-part listed name is only found through two of its parts (one for one-part queries)
            s.sufficient[m] = Integer.bitCount(m) >= Math.min(2, np) && s.boundOf[m] + CORROBORATION_MAX >= threshold;
        }
        long[] cost = s.cost;
        for (int g = 0; g < np; g++) {
            cost[g] = 0;
            for (int k = 0; k < s.partCount[g]; k++) {
                cost[g] += partLen[s.parts[g][k]];
            }
        }
        // single-part names: always scored when a part reaches them
        for (int g = 0; g < np; g++) {
            for (int k = 0; k < s.partCount[g]; k++) {
                int v = s.parts[g][k];
                if (soloLen[v] <= postingsCap) {
                    visitSolo(v, s);
                }
            }
        }
        // the smallest sufficient sets, each covered by its rarest part or by a pair of common parts
        int[] sets = s.sets;
        int nsets = 0;
        for (int m = 1; m < masks; m++) {
            if (minimal(s.sufficient, m)) {
                sets[nsets++] = m;
            }
        }
        // bit g: part g's names are read (only those under the postings cap unless fully); bit 8a+b: pair a, b
        int partVisited = 0;
        int fullyVisited = 0;
        long pairChosen = 0;
        int pairsToVisit = 0;
        int[] pairA = s.pairA;
        int[] pairB = s.pairB;
        for (int pass = 0; pass < 2; pass++) {
            for (int x = 0; x < nsets; x++) {
                int set = sets[x];
                int rarest = -1;
                int second = -1;
                boolean covered = false;
                for (int g = 0; g < np; g++) {
                    if ((set & (1 << g)) == 0) {
                        continue;
                    }
                    covered |= (fullyVisited & (1 << g)) != 0;
                    if (rarest < 0 || cost[g] < cost[rarest]) {
                        second = rarest;
                        rarest = g;
                    } else if (second < 0 || cost[g] < cost[second]) {
                        second = g;
                    }
                }
                if (covered) {
                    continue;
                }
                if (pass == 0 && (cost[rarest] <= PART_VISIT_MAX || second < 0)) {
                    partVisited |= 1 << rarest;
                    fullyVisited = second >= 0 ? fullyVisited | 1 << rarest : fullyVisited & ~(1 << rarest);
                } else if (pass == 1 && second >= 0 && (pairChosen & 1L << (rarest * MAX_QUERY_PARTS + second)) == 0) {
                    pairChosen |= 1L << (rarest * MAX_QUERY_PARTS + second);
                    pairA[pairsToVisit] = rarest;
                    pairB[pairsToVisit++] = second;
                }
            }
        }
        for (int g = 0; g < np; g++) {
            if ((partVisited & (1 << g)) != 0) {
                boolean fully = (fullyVisited & (1 << g)) != 0;
                for (int k = 0; k < s.partCount[g]; k++) {
                    int v = s.parts[g][k];
                    if (fully || partLen[v] <= postingsCap) {
                        visitPartOnce(v, s);
                    }
                }
            }
        }
        for (int x = 0; x < pairsToVisit; x++) {
            visitPair(pairA[x], pairB[x], s);
        }
        return s.candidateCount;
    }

    /** The query parts that carry index keys (at most {@code MAX_QUERY_PARTS}) and where they stand in {@code t}. */
    private static int indexedParts(NameToken[] t, NameToken[] parts, int[] at) {
        int np = 0;
        for (int i = 0; i < t.length && np < MAX_QUERY_PARTS; i++) {
            if (t[i].role().indexed()) {
                at[np] = i;
                parts[np++] = t[i];
            }
        }
        return np;
    }

    /** {@link #partKeys} of a prepared query, memoised or not (for tests comparing both). */
    static long[][] partKeys(NameScorer.PreparedQuery pq, boolean cached) {
        NameToken[] parts = new NameToken[MAX_QUERY_PARTS];
        int[] at = new int[MAX_QUERY_PARTS];
        int np = indexedParts(pq.tokens, parts, at);
        return partKeys(Arrays.asList(pq.tokens), parts, at, np, cached);
    }

    /** A part's own keys: its spellings' keys ({@link #tokenKeys}), then stripped form and consonants. */
    private record OwnKeys(long[] keys, int spelled) {
    }

    /** Own keys of parts seen before, by text; Latin and Arabic-script parts differ in the consonant key. */
    private static final PartCache<String, OwnKeys> LATIN_KEYS = new PartCache<>(PartCache.DEFAULT_MAX_ENTRIES);
    private static final PartCache<String, OwnKeys> ARABIC_KEYS = new PartCache<>(PartCache.DEFAULT_MAX_ENTRIES);
    /** Skeleton keys of joined forms (AL+ASSAD, MOHAMMED+ALI), by the joined text. */
    private static final PartCache<String, Long> JOINED_KEYS = new PartCache<>(PartCache.DEFAULT_MAX_ENTRIES);

    /**
     * The vocabulary keys of a query's parts (rows 0..np-1: skeleton, deletions, joined and
     * stripped forms, consonants) and of each adjacent pair written as one (row np + g - 1 for parts
     * g - 1 and g). They depend on the query only: computed once for all lists, and per distinct
     * part (or joined text) once while it stays in the memo when {@code cached}. Rows are read only.
     */
    private static long[][] partKeys(List<NameToken> tl, NameToken[] parts, int[] at, int np, boolean cached) {
        long[][] out = new long[np * 2][];
        for (int g = 0; g < np; g++) {
            NameToken p = parts[g];
            OwnKeys own = cached ? cachedOwnKeys(p) : ownKeys(p);
            String joined = joinedWithPrevious(tl, at[g]);
            if (joined == null) {
                out[g] = cached ? own.keys : own.keys.clone();
            } else {
                long[] row = new long[own.keys.length + 1];
                System.arraycopy(own.keys, 0, row, 0, own.spelled);
                row[own.spelled] = joinedKey(joined, cached);
                System.arraycopy(own.keys, own.spelled, row, own.spelled + 1, own.keys.length - own.spelled);
                out[g] = row;
            }
            if (g > 0) {
                out[np + g - 1] = new long[] {joinedKey(parts[g - 1].text() + p.text(), cached)};
            }
        }
        return out;
    }

    private static OwnKeys cachedOwnKeys(NameToken p) {
        return (p.fromArabic() ? ARABIC_KEYS : LATIN_KEYS).get(p.text(), text -> ownKeys(p));
    }

    /** Depends on the part's text (its skeleton and consonants follow from it) and script only. */
    private static OwnKeys ownKeys(NameToken p) {
        long[] buf = new long[64];
        int nk = tokenKeys(p.text(), p.skeleton(), buf, 0);
        int spelled = nk;
        String stripped = stripParticlePrefix(p.text());
        if (stripped != null) {
            buf[nk++] = skeletonKey(stripped);
        }
        // Georgian (and Slavic) C ~ TS, both ways: CERETELI meets TSERETELI, TSERETELI meets CERETELI
        String ts = SpellingVariants.cAsTs(p.text());
        if (ts != null) {
            buf[nk++] = skeletonKey(ts);
        } else if (p.text().contains("TS")) {
            buf[nk++] = skeletonKey(p.text().replace("TS", "C"));
        }
        if (p.consonants().length() >= 2) {
            // Arabic script meets any spelling on consonants; a Latin query meets parts listed in Arabic script
            buf[nk++] = mix(hash(p.consonants()) ^ (p.fromArabic() ? SALT_CONS : SALT_ARABIC));
        }
        if (p.fromArabic() && NameNormalizer.hasArticle(p.text())) {
            // ALZHRA (الزهراء) also meets ZAHRA on the consonants after its article
            buf[nk++] = mix(hash(articleFreeConsonants(p.text())) ^ SALT_CONS);
        }
        return new OwnKeys(Arrays.copyOf(buf, nk), spelled);
    }

    private static long joinedKey(String joined, boolean cached) {
        return cached ? JOINED_KEYS.get(joined, NameIndex::skeletonKey) : skeletonKey(joined);
    }

    private static long skeletonKey(String text) {
        return hash(SpellingVariants.skeleton(text));
    }

    /** A sufficient set none of whose one-smaller subsets is sufficient. */
    private static boolean minimal(boolean[] sufficient, int m) {
        if (!sufficient[m]) {
            return false;
        }
        for (int rest = m; rest != 0; rest &= rest - 1) {
            if (sufficient[m & ~Integer.lowestOneBit(rest)]) {
                return false;
            }
        }
        return true;
    }

    private void reachKey(long key, int g, int h, Scratch s) {
        int slot = vocabKeys.find(key);
        if (slot < 0) {
            return;
        }
        for (int k = vocabKeys.start(slot), end = k + vocabKeys.length(slot); k < end; k++) {
            int v = vocabKeys.values[k];
            s.reach(v, g);
            if (h >= 0) {
                s.reach(v, h);
            }
        }
    }

    /** Names with both a near spelling of part {@code g} and one of part {@code h}. */
    private void visitPair(int g, int h, Scratch s) {
        for (int i = 0; i < s.partCount[g]; i++) {
            int a = s.parts[g][i];
            if (partLen[a] <= PAIR_MIN) {
                visitPartOnce(a, s);
                continue;
            }
            for (int j = 0; j < s.partCount[h]; j++) {
                int b = s.parts[h][j];
                if (partLen[b] <= PAIR_MIN) {
                    visitPartOnce(b, s);
                } else {
                    long pk = pairKey(a, b);
                    int all = pairs.find(pk);
                    if (all < 0) {
                        // no name has both parts, so none under any year either
                        continue;
                    }
                    s.known = 1 << g | 1 << h;
                    if (s.byYear) {
                        for (int y = s.qYearLo; y <= s.qYearHi; y++) {
                            visitPairSlot(pairs.find(yearKey(pk, y)), s);
                        }
                        visitPairSlot(pairs.find(yearKey(pk, NO_YEAR)), s);
                    } else {
                        visitPairSlot(all, s);
                    }
                    s.known = 0;
                }
            }
        }
    }

    private void visitPairSlot(int slot, Scratch s) {
        if (slot >= 0) {
            s.visited += pairs.length(slot);
            for (int k = pairs.start(slot), end = k + pairs.length(slot); k < end; k++) {
                visitName(pairs.values[k], s);
            }
        }
    }

    private void visitPartOnce(int v, Scratch s) {
        if (s.vocabVisited[v] != s.epoch) {
            visitPart(v, s);
        }
    }

    private void visitPart(int v, Scratch s) {
        s.vocabVisited[v] = s.epoch;
        s.visited += partLen[v];
        for (int k = partStart[v], end = k + partLen[v]; k < end; k++) {
            visitName(partPost[k], s);
        }
    }

    private void visitSolo(int v, Scratch s) {
        s.visited += soloLen[v];
        for (int k = soloStart[v], end = k + soloLen[v]; k < end; k++) {
            int id = soloPost[k];
            if (s.nameStamp[id] != s.epoch) {
                s.nameStamp[id] = s.epoch;
                if (corroborationAllows(1.0, facts[id], s)) {
                    s.addCandidate(id);
                }
            }
        }
    }

    /** A multi-part name read from the postings: kept when the query parts it matches can reach the threshold. */
    private void visitName(int id, Scratch s) {
        if (s.nameStamp[id] == s.epoch) {
            return;
        }
        s.nameStamp[id] = s.epoch;
        int mask = s.known;
        if (mask != s.all) {
            for (int k = tokStart[id], end = tokStart[id + 1]; k < end; k++) {
                mask |= s.maskOf(nameToks[k]);
            }
        }
        if (!s.sufficient[mask]) {
            return;
        }
        // The listed side is not counted: a listed part no key reached may still align with a
        // query part by Jaro-Winkler (tried: 0.2% of true hits lost for 10% fewer candidates).
        double bound = s.boundOf[mask];
        if (corroborationAllows(bound, facts[id], s)) {
            s.addCandidate(id);
        }
    }

    private static void prepareCorroboration(NameScorer.PreparedQuery pq, double threshold, Scratch s) {
        NameQuery q = pq.query;
        s.threshold = threshold;
        s.qDate = q.birthDate() != null;
        s.qExact = s.qDate && q.birthDate().precision() == BirthDate.Precision.EXACT;
        if (s.qDate) {
            s.qLo = (int) q.birthDate().from().toEpochDay();
            s.qHi = (int) q.birthDate().to().toEpochDay();
            s.qYearLo = q.birthDate().from().getYear() - 1;
            s.qYearHi = q.birthDate().to().getYear() + 1;
        }
        s.byYear = s.qDate && threshold > YEAR_FILTER_ABOVE && s.qYearHi - s.qYearLo <= MAX_YEAR_SPAN + 2
                && s.qYearLo > NO_YEAR;
        s.qNationality = q.nationality() != null && !q.nationality().isBlank();
        s.qNationalityText = q.nationality();
        s.qSex = NameScorer.sexCode(q.sex());
        s.qDocuments = pq.documents.length > 0;
    }

    /**
     * Whether a name whose score is at most {@code nameBound} can still reach the threshold once the
     * entry's birth dates (compared on their span: the most any one of them can give), nationality
     * (at most +0.02) and documents (+0.25) are counted, as {@link NameScorer} counts them.
     */
    private static boolean corroborationAllows(double nameBound, long facts, Scratch s) {
        return corroborated(nameBound, facts, s) >= s.threshold;
    }

    /** {@code nameBound} plus the most the entry's birth dates, nationality and documents can add ({@code facts}). */
    private static double corroborated(double nameBound, long facts, Scratch s) {
        double b = nameBound;
        if (s.qDate && (facts & FACT_DATE) != 0) {
            int lo = (int) (facts & 0xFFFFFF) - DAY_OFFSET;
            int hi = (int) (facts >>> 24 & 0xFFFFFF) - DAY_OFFSET;
            if (s.qHi >= lo && s.qLo <= hi) {
                b += s.qExact && (facts & FACT_EXACT_DATE) != 0 ? 0.06 : 0.03;
            } else {
                int gap = s.qHi < lo ? lo - s.qHi : s.qLo - hi;
                b += gap <= 31 ? -0.08 : gap <= 366 ? -0.25 : -0.35;
            }
        }
        if (s.qNationality && (facts & FACT_NATIONALITY) != 0) {
            b += 0.02;
        }
        if (s.qDocuments && (facts & FACT_DOCUMENTS) != 0) {
            b += 0.25;
        }
        return b;
    }

    /**
     * What {@link NameScorer}'s corroboration of entry {@code e} gives this search's traveller, the
     * same terms summed the same way, from the flat per-entry arrays.
     */
    private double corroboration(int e, Scratch s) {
        double date = 0;
        if (s.qDate && dateStart[e] < dateStart[e + 1]) {
            date = -1;
            for (int k = dateStart[e]; k < dateStart[e + 1]; k++) {
                date = Math.max(date, NameScorer.birthDate(s.qLo, s.qHi, s.qExact, dateFrom[k], dateTo[k], dateExact[k]));
            }
        }
        double nationality = 0;
        if (s.qNationality && nationalityStart[e] < nationalityStart[e + 1]) {
            boolean same = false;
            for (int k = nationalityStart[e]; k < nationalityStart[e + 1]; k++) {
                same |= s.sameNationality(entryNationalities[k], nationalities);
            }
            nationality = same ? NameScorer.SAME_NATIONALITY : NameScorer.OTHER_NATIONALITY;
        }
        double sex = s.qSex != 0 && entrySex[e] != 0 && s.qSex != entrySex[e] ? NameScorer.OTHER_SEX : 0;
        double document = s.documentStamp[e] == s.epoch ? NameScorer.SAME_DOCUMENT : 0;
        return NameScorer.corroboration(date, nationality, sex, document);
    }

    // ---------------------------------------------------------------- build helpers

    /** Part skeletons to vocabulary ids, and the spellings whose keys lead to them. */
    private static final class Vocabulary {
        final HashMap<String, Integer> ids = new HashMap<>();
        final HashMap<String, Integer> seen = new HashMap<>();
        /** Spellings: text (null for a joined form: skeleton key only), skeleton, Arabic script, vocabulary id. */
        final List<String> spellings = new ArrayList<>();
        final List<String> skeletons = new ArrayList<>();
        final List<Boolean> arabic = new ArrayList<>();
        final List<Integer> vocabOf = new ArrayList<>();
        final long[] scratchKeys = new long[64];

        int size() {
            return ids.size();
        }

        /** The vocabulary ids of one listed name's indexed parts and joined forms, at most MAX_NAME_TOKENS. */
        int tokens(NormalizedName name, int[] out) {
            List<NameToken> t = name.tokens();
            int n = 0;
            for (int i = 0; i < t.size() && n < out.length; i++) {
                NameToken p = t.get(i);
                if (!p.role().indexed()) {
                    continue;
                }
                out[n++] = id(p.text(), p.skeleton(), p.fromArabic());
                String joined = joinedWithPrevious(t, i);
                if (joined != null && n < out.length) {
                    n = addOnce(out, n, id(null, SpellingVariants.skeleton(joined), false));
                }
                String stripped = stripParticlePrefix(p.text());
                if (stripped != null && n < out.length) {
                    n = addOnce(out, n, id(null, SpellingVariants.skeleton(stripped), false));
                }
            }
            return n;
        }

        private static int addOnce(int[] out, int n, int v) {
            for (int k = 0; k < n; k++) {
                if (out[k] == v) {
                    return n;
                }
            }
            out[n] = v;
            return n + 1;
        }

        private int id(String text, String skeleton, boolean fromArabic) {
            Integer v = ids.get(skeleton);
            if (v == null) {
                v = ids.size();
                ids.put(skeleton, v);
            }
            String spelling = (text == null ? "" : text) + (fromArabic ? "#A" : "#") + skeleton;
            if (seen.putIfAbsent(spelling, v) == null) {
                spellings.add(text);
                skeletons.add(skeleton);
                arabic.add(fromArabic);
                vocabOf.add(v);
            }
            return v;
        }

        /** Keys of spelling {@code i}, all leading to its vocabulary id. */
        int keys(int i, long[] keys, int[] values) {
            String text = spellings.get(i);
            String skel = skeletons.get(i);
            int n;
            if (text == null) {
                keys[0] = hash(skel);
                n = 1;
            } else {
                n = tokenKeys(text, skel, keys, 0);
                String cons = SpellingVariants.consonants(skel);
                if (cons.length() >= 2) {
                    keys[n++] = mix(hash(cons) ^ SALT_CONS);
                    if (arabic.get(i)) {
                        keys[n++] = mix(hash(cons) ^ SALT_ARABIC);
                    }
                }
                if (arabic.get(i) && NameNormalizer.hasArticle(text)) {
                    keys[n++] = mix(hash(articleFreeConsonants(text)) ^ SALT_ARABIC);
                }
            }
            Arrays.fill(values, 0, n, vocabOf.get(i));
            return n;
        }
    }

    /** Pair keys of one multi-part name: every two of its common parts (the same part twice included). */
    private int pairKeys(int id, long[] keys, int[] values) {
        if (names[id].significantCount() < 2) {
            return 0;
        }
        int n = 0;
        int from = tokStart[id];
        int to = tokStart[id + 1];
        for (int x = from; x < to; x++) {
            int a = nameToks[x];
            if (partLen[a] <= PAIR_MIN) {
                continue;
            }
            for (int y = x + 1; y < to && n < keys.length; y++) {
                int b = nameToks[y];
                if (partLen[b] > PAIR_MIN) {
                    long pk = pairKey(a, b);
                    keys[n] = pk;
                    values[n++] = id;
                    // and under each birth year of the entry, for travellers whose birth date is known
                    int e = nameEntry[id];
                    for (int year = yearLo[e]; year <= yearHi[e] && n < keys.length; year++) {
                        keys[n] = yearKey(pk, year);
                        values[n++] = id;
                    }
                }
            }
        }
        // a name with the same common part twice posts its pairs twice: keep one
        Arrays.sort(keys, 0, n);
        int u = 0;
        for (int k = 0; k < n; k++) {
            if (u == 0 || keys[u - 1] != keys[k]) {
                keys[u++] = keys[k];
            }
        }
        return u;
    }

    private static int[] starts(int[] len) {
        int[] start = new int[len.length];
        long total = 0;
        for (int i = 0; i < len.length; i++) {
            start[i] = (int) total;
            total += len[i];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("name index too large: " + total + " postings");
        }
        return start;
    }

    private static long sum(int[] a) {
        long s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private static NormalizedName intern(NormalizedName n, ConcurrentHashMap<NameToken, NameToken> intern) {
        List<NameToken> tokens = new ArrayList<>(n.tokens().size());
        for (NameToken t : n.tokens()) {
            tokens.add(intern.computeIfAbsent(t, x -> x));
        }
        return new NormalizedName(tokens, n.surnameKnown(), n.significantCount());
    }

    /**
     * Part {@code i} written together with the particles before it (VAN DER BERG -> VANDERBERG) or
     * with the part it is hyphenated to (SMITH-JONES -> SMITHJONES); null when neither.
     */
    private static String joinedWithPrevious(List<NameToken> t, int i) {
        if (i <= 0) {
            return null;
        }
        NameToken p = t.get(i);
        if (p.joinedToPrevious() && t.get(i - 1).role().indexed()) {
            return t.get(i - 1).text() + p.text();
        }
        int from = i;
        while (from > 0 && i - from < 3 && t.get(from - 1).role() == TokenRole.PARTICLE) {
            from--;
        }
        if (from == i) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= i; k++) {
            sb.append(t.get(k).text());
        }
        return sb.toString();
    }

    /** The consonants of an Arabic-script part after its article (ALZHRA: those of ZHRA). */
    private static String articleFreeConsonants(String text) {
        return SpellingVariants.consonants(SpellingVariants.skeleton(text.substring(2)));
    }

    private static String stripParticlePrefix(String text) {
        if (text.length() < 6) {
            return null;
        }
        for (String prefix : PREFIX_PARTICLES) {
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- keys

    /**
     * Keys of one spelling: its skeleton, then the skeleton of the spelling with each one letter
     * deleted (a typo on either side meets the other in one deletion even where folding moves it:
     * KVARATSKHELMA ~ KVARATSKHELIA). Duplicates removed.
     */
    private static int tokenKeys(String text, String skel, long[] out, int n) {
        int first = n;
        out[n++] = hash(skel);
        if (text.length() >= 4) {
            char[] buf = new char[text.length() - 1];
            for (int k = 0; k < text.length() && n < out.length - 8; k++) {
                if (k > 0 && text.charAt(k) == text.charAt(k - 1)) {
                    continue;
                }
                text.getChars(0, k, buf, 0);
                text.getChars(k + 1, text.length(), buf, k);
                long h = hash(SpellingVariants.skeleton(new String(buf)));
                boolean dup = false;
                for (int x = first; x < n && !dup; x++) {
                    dup = out[x] == h;
                }
                if (!dup) {
                    out[n++] = h;
                }
            }
        }
        return n;
    }

    private static long yearKey(long pairKey, int year) {
        return mix(pairKey + year ^ SALT_PAIR_YEAR);
    }

    private static long pairKey(int a, int b) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        return mix((lo << 32 | hi) ^ SALT_PAIR);
    }

    /** FNV-1a over the characters of {@code s}, mixed. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        // 0 marks an empty slot in the key table
        return z == 0 ? 1 : z;
    }

    /** Item keys, for {@link Postings#build}: fills keys and the value each posts, returns how many. */
    private interface KeySource {
        int keys(int item, long[] keys, int[] values);
    }

    /**
     * Immutable multimap of 64-bit keys to ints: an open-addressed key table over {@code long[]}
     * pointing into one flat {@code int[]}; values in item order. Each key sits next to its list's
     * start and length (one cache line read per key looked up). A hash collision only adds a
     * candidate, which the caller then checks.
     */
    private static final class Postings {
        /** Per slot: the key at 2 x slot (0 when empty), its list's start and length at 2 x slot + 1. */
        final long[] table;
        final int[] values;
        final int mask;
        final int keyCount;

        private Postings(long[] table, int[] values, int keyCount) {
            this.table = table;
            this.values = values;
            this.mask = table.length / 2 - 1;
            this.keyCount = keyCount;
        }

        static Postings build(int items, KeySource source) {
            long[] buf = new long[1024];
            int[] vals = new int[1024];
            // pass 1: count per key
            LongIntTable counts = new LongIntTable(Math.max(1024, items / 2));
            for (int i = 0; i < items; i++) {
                int n = source.keys(i, buf, vals);
                for (int k = 0; k < n; k++) {
                    counts.increment(buf[k]);
                }
            }
            int capacity = Integer.highestOneBit(Math.max(16, counts.size * 2 - 1)) << 1;
            long[] table = new long[capacity * 2];
            int m = capacity - 1;
            long total = 0;
            for (int s = 0; s < counts.keys.length; s++) {
                if (counts.used[s]) {
                    long key = counts.keys[s];
                    int slot = (int) key & m;
                    while (table[2 * slot] != 0) {
                        slot = (slot + 1) & m;
                    }
                    table[2 * slot] = key;
                    table[2 * slot + 1] = total << 32 | counts.values[s];
                    total += counts.values[s];
                }
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("name index too large: " + total + " postings");
            }
            Postings p = new Postings(table, new int[(int) total], counts.size);
            // pass 2: fill, in item order
            int[] filled = new int[capacity];
            for (int i = 0; i < items; i++) {
                int n = source.keys(i, buf, vals);
                for (int k = 0; k < n; k++) {
                    int slot = p.find(buf[k]);
                    p.values[p.start(slot) + filled[slot]++] = vals[k];
                }
            }
            return p;
        }

        /** The slot of {@code key}, -1 when absent. */
        int find(long key) {
            int slot = (int) key & mask;
            while (true) {
                long k = table[2 * slot];
                if (k == key) {
                    return slot;
                }
                if (k == 0) {
                    return -1;
                }
                slot = (slot + 1) & mask;
            }
        }

        int start(int slot) {
            return (int) (table[2 * slot + 1] >>> 32);
        }

        int length(int slot) {
            return (int) table[2 * slot + 1];
        }
    }

    /** Key to count, open addressing, build time only. */
    private static final class LongIntTable {
        long[] keys;
        int[] values;
        boolean[] used;
        int size;

        LongIntTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected)) << 1;
            keys = new long[cap];
            values = new int[cap];
            used = new boolean[cap];
        }

        void increment(long key) {
            int mask = keys.length - 1;
            int slot = (int) key & mask;
            while (used[slot]) {
                if (keys[slot] == key) {
                    values[slot]++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = key;
            values[slot] = 1;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = values;
            boolean[] ou = used;
            keys = new long[ok.length * 2];
            values = new int[ok.length * 2];
            used = new boolean[ok.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < ok.length; i++) {
                if (ou[i]) {
                    int slot = (int) ok[i] & mask;
                    while (used[slot]) {
                        slot = (slot + 1) & mask;
                    }
                    used[slot] = true;
                    keys[slot] = ok[i];
                    values[slot] = ov[i];
                }
            }
        }
    }
}
