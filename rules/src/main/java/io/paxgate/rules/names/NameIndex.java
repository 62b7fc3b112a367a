package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.Watchlist;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Candidate generation and scoring for one list of names, immutable once built.
 *
 * <p>Every listed name (primary and aliases) is normalised once. Each indexed part (not particles,
 * markers or initials) contributes 64-bit keys: its cross-alphabet skeleton, the skeleton with
 * each one letter deleted (symmetric deletion: one typo on either side still meets), its
 * consonants (for Arabic script, which writes no short vowels), and the skeleton of it joined to
 * a preceding particle or hyphenated part (AL ASSAD ~ ALASSAD). Names with two or more indexed
 * parts also get one key per pair of parts, in sorted order (name order does not matter). Keys map
 * to ascending int arrays of name ids in one flat {@code int[]}; the key table is open-addressed
 * over {@code long[]}, no objects per key. A hash collision only adds a candidate, which scoring
 * then rejects.
 *
 * <p>A search visits the postings of the query's keys, counting per name which query parts
 * reached it; a name with two or more indexed parts is a candidate when two query parts reached it
 * (one for single-part names and single-part queries). A key with more than {@code postingsCap}
 * names (a very common part: MOHAMMED, ALI) is not visited; the pair keys stand in for it, so
 * MOHAMMED ALI still finds the listed MOHAMMED ALIs without touching every MOHAMMED. Pair keys are
 * never capped: every name under one has both query parts and may score above threshold, so a
 * screening search must see them all. Work per query is therefore bounded by (keys per query x cap)
 * plus the query's pair lists plus scoring of the candidates.
 *
 * <p>Thread-safe for any number of concurrent searches; each thread keeps its own scratch arrays.
 */
public final class NameIndex {
    public static final int DEFAULT_POSTINGS_CAP = 5_000;

    private static final long SALT_MAIN = 0x9E3779B97F4A7C15L;
    private static final long SALT_SOLO = 0xC2B2AE3D27D4EB4FL;
    private static final long SALT_PAIR = 0x165667B19E3779F9L;
    /** Ordered pair: a too-common part's skeleton with the other part's skeleton or one of its deletions. */
    private static final long SALT_PAIR_DEL = 0xD6E8FEB86659FD93L;
    private static final long SALT_CONS = 0x27D4EB2F165667C5L;
    private static final long SALT_ARABIC = 0x85EBCA77C2B2AE63L;
    private static final int SOLO_BIT = 1 << 30;
    /** A pair key reached the name: two of its parts at once. */
    private static final int PAIR_BIT = 1 << 29;
    /** Posting position value of a pair key; 0..6 are the name's indexed parts. */
    private static final int PAIR_POS = 7;
    /** Build-time marker of a common-part pair key (stored as {@link #PAIR_POS}). */
    private static final int PAIR_DEL_POS = 8;
    private static final int QUERY_BITS = 0xFF;
    /** Bound on binary searches into too-common keys per query. */
    private static final long MAX_PROBES = 10_000;
    private static final int LISTED_BITS = 0xFF00;
    private static final int MAX_QUERY_PARTS = 8;
    private static final String[] PREFIX_PARTICLES = {"AL", "EL", "UL"};

    private final WatchlistEntry[] entries;
    private final NormalizedName[] names;
    private final int[] nameEntry;
    private final ListedName[] nameAlias;
    private final long[] tableKeys;
    private final int[] tableStart;
    private final int[] tableLength;
    private final int tableMask;
    private final int[] postings;
    private final int keyCount;
    private final int postingsCap;
    private final int deletionCap;
    private final NameScorer scorer;
    private final ThreadLocal<Scratch> scratch;

    private NameIndex(List<WatchlistEntry> list, NameScorer scorer, NameNormalizer normalizer, int postingsCap,
                      int deletionCap) {
        this.scorer = scorer;
        this.postingsCap = postingsCap;
        this.deletionCap = deletionCap;
        this.entries = list.toArray(new WatchlistEntry[0]);
        int total = 0;
        for (WatchlistEntry e : entries) {
            total += e.names().size();
        }
        names = new NormalizedName[total];
        nameEntry = new int[total];
        nameAlias = new ListedName[total];
        int id = 0;
        for (int e = 0; e < entries.length; e++) {
            for (ListedName n : entries[e].names()) {
                nameEntry[id] = e;
                nameAlias[id] = n;
                id++;
            }
        }
        // Normalising is the expensive part of a build: both cores; identical parts are shared.
        ConcurrentHashMap<NameToken, NameToken> intern = new ConcurrentHashMap<>();
        IntStream.range(0, total).parallel().forEach(i -> names[i] = intern(normalizer.normalize(nameAlias[i]), intern));

        // pass 1: count names per key
        LongIntTable counts = new LongIntTable(Math.max(1024, total * 8));
        if (total >= 1 << 28) {
            throw new IllegalArgumentException("name index too large: " + total + " names (at most 2^28)");
        }
        long[] buf = new long[2048];
        int[] pos = new int[2048];
        for (int i = 0; i < total; i++) {
            int n = keys(names[i], buf, pos, null, 0);
            for (int k = 0; k < n; k++) {
                counts.increment(buf[k]);
            }
        }
        // pass 1b: the parts now known to be too common get typo-tolerant pair keys
        // (their counts live in the same table: the pair keys' salt keeps them apart from part keys)
        LongIntTable partCounts = counts;
        for (int i = 0; i < total; i++) {
            int n = keys(names[i], buf, pos, partCounts, postingsCap);
            for (int k = 0; k < n; k++) {
                if (pos[k] == PAIR_DEL_POS) {
                    counts.increment(buf[k]);
                }
            }
        }
        keyCount = counts.size;
        int capacity = Integer.highestOneBit(Math.max(16, keyCount * 2 - 1)) << 1;
        tableMask = capacity - 1;
        tableKeys = new long[capacity];
        tableStart = new int[capacity];
        tableLength = new int[capacity];
        long totalPostings = 0;
        for (int s = 0; s < counts.keys.length; s++) {
            if (counts.used[s]) {
                int slot = slotFor(counts.keys[s]);
                tableKeys[slot] = counts.keys[s];
                tableStart[slot] = (int) totalPostings;
                totalPostings += counts.values[s];
            }
        }
        if (totalPostings > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("name index too large: " + totalPostings + " postings");
        }
        postings = new int[(int) totalPostings];
        // pass 2: fill, in name order, so every posting list is ascending
        for (int i = 0; i < total; i++) {
            int n = keys(names[i], buf, pos, partCounts, postingsCap);
            for (int k = 0; k < n; k++) {
                int slot = find(buf[k]);
                postings[tableStart[slot] + tableLength[slot]++] = i << 3 | Math.min(pos[k], PAIR_POS);
            }
        }
        scratch = ThreadLocal.withInitial(() -> new Scratch(names.length));
    }

    public static NameIndex build(List<WatchlistEntry> entries) {
        return build(entries, DEFAULT_POSTINGS_CAP);
    }

    public static NameIndex build(Watchlist list) {
        return build(list.entries());
    }

    /** {@code postingsCap} for every key, the one-letter-deletion keys included (recall first). */
    public static NameIndex build(List<WatchlistEntry> entries, int postingsCap) {
        return build(entries, postingsCap, postingsCap);
    }

    /**
     * @param postingsCap keys with more names than this are not visited (pair keys stand in)
     * @param deletionCap the same for one-letter-deletion keys; lower is faster but loses typos in
     *                    common names (1M synthetic names, cap 5000/1000: p50 ~80 us, 9% of injected
     *                    variants lost against 1.6% at 5000/5000)
     */
    public static NameIndex build(List<WatchlistEntry> entries, int postingsCap, int deletionCap) {
        return new NameIndex(entries, NameScorer.DEFAULT, NameNormalizer.INSTANCE, postingsCap, deletionCap);
    }

    public int entryCount() {
        return entries.length;
    }

    public int nameCount() {
        return names.length;
    }

    public int keyCount() {
        return keyCount;
    }

    public long postingsCount() {
        return postings.length;
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
        NameScorer.PreparedQuery pq = scorer.prepare(q);
        Scratch s = scratch.get();
        int candidates = collect(pq, s);
        int hits = 0;
        for (int c = 0; c < candidates; c++) {
            int id = s.touched[c];
            double score = scorer.score(pq, names[id], entries[nameEntry[id]], nameAlias[id], null);
            if (score >= threshold) {
                if (hits == s.hitIds.length) {
                    s.hitIds = Arrays.copyOf(s.hitIds, hits * 2);
                    s.hitScores = Arrays.copyOf(s.hitScores, hits * 2);
                }
                s.hitIds[hits] = id;
                s.hitScores[hits] = score;
                hits++;
            }
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
                out.add(scorer.explain(pq, names[id], entries[e], nameAlias[id]));
            }
        }
        return out;
    }

    /** Postings visited by this thread's last search (for benchmarks and tuning). */
    public long visitedPostings() {
        return scratch.get().visited;
    }

    /** How many names a query would score (for benchmarks and tuning). */
    public int candidateCount(NameQuery q) {
        return collect(scorer.prepare(q), scratch.get());
    }

    // ---------------------------------------------------------------- candidate generation

    private static final class Scratch {
        /** Per name: the epoch of the search that last touched it (high 32 bits) and its hit bits (low 32). */
        final long[] state;
        int[] touched = new int[1024];
        int touchedCount;
        int epoch;
        long visited;
        final long[] keys = new long[64];
        final int[] skippedSlot = new int[64];
        final int[] skippedBits = new int[64];
        int skipped;
        int[] hitIds = new int[64];
        double[] hitScores = new double[64];

        Scratch(int names) {
            state = new long[names];
        }

        void next() {
            touchedCount = 0;
            visited = 0;
            skipped = 0;
            if (++epoch == 0) {
                Arrays.fill(state, 0);
                epoch = 1;
            }
        }
    }

    /** Fills {@code s.touched} with the candidate name ids; returns how many. */
    private int collect(NameScorer.PreparedQuery pq, Scratch s) {
        s.next();
        NameToken[] t = pq.tokens;
        NameToken[] parts = new NameToken[MAX_QUERY_PARTS];
        int np = 0;
        for (int i = 0; i < t.length && np < MAX_QUERY_PARTS; i++) {
            if (t[i].role().indexed()) {
                parts[np++] = t[i];
            }
        }
        if (np == 0) {
            return 0;
        }
        boolean saturated = false;
        boolean[] common = new boolean[np];
        long[][] partKeys = new long[np][];
        for (int g = 0; g < np; g++) {
            NameToken p = parts[g];
            int bit = 1 << g;
            int nk = tokenKeys(p, s.keys, 0);
            int deletionsEnd = nk;
            partKeys[g] = Arrays.copyOf(s.keys, nk);
            // the part joined to a preceding particle or hyphenated part, or stripped of AL-/EL-
            String joined = joinedWithPrevious(Arrays.asList(t), indexOf(t, p));
            if (joined != null) {
                s.keys[nk++] = hash(SpellingVariants.skeleton(joined), -1);
            }
            String stripped = stripParticlePrefix(p.text());
            if (stripped != null) {
                s.keys[nk++] = hash(SpellingVariants.skeleton(stripped), -1);
            }
            if (p.fromArabic()) {
                s.keys[nk++] = mix(hash(p.consonants(), -1) ^ SALT_CONS);
            }
            for (int k = 0; k < nk; k++) {
                // one-letter deletions are the typo net; their cap can be set lower than the exact
                // keys' (faster, but typos in common names are then lost: see the timing report)
                int cap = k >= 1 && k < deletionsEnd ? deletionCap : postingsCap;
                boolean skipped = visit(mix(s.keys[k] ^ SALT_MAIN), bit, s, cap);
                saturated |= skipped;
                common[g] |= k == 0 && skipped;
                visit(mix(s.keys[k] ^ SALT_SOLO), bit | SOLO_BIT, s, cap);
            }
            // a Latin query meets names listed in Arabic script on consonants
            if (!p.fromArabic() && p.consonants().length() >= 2) {
                long ck = hash(p.consonants(), -1);
                long arabicKey = mix(ck ^ SALT_ARABIC);
                visit(mix(arabicKey ^ SALT_MAIN), bit, s, postingsCap);
                visit(mix(arabicKey ^ SALT_SOLO), bit | SOLO_BIT, s, postingsCap);
            }
        }
        if (saturated && np >= 2) {
            for (int a = 0; a < np; a++) {
                for (int b = a + 1; b < np; b++) {
                    // never truncated: every name under a pair key has both query parts exactly, so
                    // any of them can score above threshold; the list is already the most selective
                    // key a two-part name has
                    visitAll(pairKey(parts[a].skeleton(), parts[b].skeleton()), (1 << a) | (1 << b), s);
                }
            }
        }
        // A too-common part next to a typo'd one: the listed names with that common part carry ordered
        // pair keys of it with the other part's skeleton and its one-letter deletions, so one typo
        // in the other part still meets (symmetric deletion, as for single parts). Visited whole.
        if (np >= 2) {
            for (int a = 0; a < np; a++) {
                if (!common[a]) {
                    continue;
                }
                long ha = partKeys[a][0];
                for (int b = 0; b < np; b++) {
                    if (b != a) {
                        for (long hb : partKeys[b]) {
                            visitAll(pairDelKey(ha, hb), (1 << a) | (1 << b), s);
                        }
                    }
                }
            }
        }
        // Too-common keys were not visited; for the names the other parts reached, look them up
        // instead (binary search: postings are in name order), so a typo in a common part is still
        // found when another part reached the name.
        if (np >= 2 && s.skipped > 0 && (long) s.touchedCount * s.skipped <= MAX_PROBES) {
            probeSkipped(s);
        }
        // Keep the names where two query parts met two different listed parts (a pair key is
        // both at once): with two or more of each, the parts can be aligned two to two. Single-part
        // names and single-part queries need one.
        int kept = 0;
        for (int c = 0; c < s.touchedCount; c++) {
            int id = s.touched[c];
            int m = (int) s.state[id];
            if (np == 1 || (m & SOLO_BIT) != 0 || (m & PAIR_BIT) != 0
                    || Integer.bitCount(m & QUERY_BITS) >= 2 && Integer.bitCount(m & LISTED_BITS) >= 2) {
                s.touched[kept++] = id;
            }
        }
        return kept;
    }

    private void probeSkipped(Scratch s) {
        long[] state = s.state;
        for (int c = 0; c < s.touchedCount; c++) {
            int id = s.touched[c];
            long st = state[id];
            int m = (int) st;
            for (int k = 0; k < s.skipped; k++) {
                int bits = s.skippedBits[k];
                if ((m & bits & QUERY_BITS) == (bits & QUERY_BITS)) {
                    continue;
                }
                int slot = s.skippedSlot[k];
                int lo = tableStart[slot];
                int hi = lo + tableLength[slot] - 1;
                while (lo <= hi) {
                    int mid = (lo + hi) >>> 1;
                    int midId = postings[mid] >>> 3;
                    if (midId < id) {
                        lo = mid + 1;
                    } else {
                        hi = mid - 1;
                    }
                }
                // lo: first posting of this name, if any
                int end = tableStart[slot] + tableLength[slot];
                for (int x = lo; x < end && postings[x] >>> 3 == id; x++) {
                    int p = postings[x] & 7;
                    m |= bits | (p == PAIR_POS ? PAIR_BIT : 1 << (8 + p));
                }
            }
            state[id] = (st & 0xFFFFFFFF00000000L) | (m & 0xFFFFFFFFL);
        }
    }

    /** Visits one key's postings; returns true when the key was too common to visit. */
    private boolean visit(long key, int bits, Scratch s, int cap) {
        int slot = find(key);
        if (slot < 0) {
            return false;
        }
        if (tableLength[slot] > cap) {
            if (s.skipped < s.skippedSlot.length) {
                s.skippedSlot[s.skipped] = slot;
                s.skippedBits[s.skipped++] = bits;
            }
            return true;
        }
        visitSlot(slot, bits, s);
        return false;
    }

    /** Visits every posting of one key, however many (pair keys: no name may be dropped). */
    private void visitAll(long key, int bits, Scratch s) {
        int slot = find(key);
        if (slot >= 0) {
            visitSlot(slot, bits, s);
        }
    }

    private void visitSlot(int slot, int bits, Scratch s) {
        int len = tableLength[slot];
        int start = tableStart[slot];
        s.visited += len;
        long[] state = s.state;
        long epoch = (long) s.epoch << 32;
        for (int k = start, end = start + len; k < end; k++) {
            int posting = postings[k];
            int id = posting >>> 3;
            int p = posting & 7;
            int b = bits | (p == PAIR_POS ? PAIR_BIT : 1 << (8 + p));
            long st = state[id];
            if ((st & 0xFFFFFFFF00000000L) != epoch) {
                state[id] = epoch | b;
                if (s.touchedCount == s.touched.length) {
                    s.touched = Arrays.copyOf(s.touched, s.touchedCount * 2);
                }
                s.touched[s.touchedCount++] = id;
            } else {
                state[id] = st | b;
            }
        }
    }

    private static int indexOf(NameToken[] t, NameToken p) {
        for (int i = 0; i < t.length; i++) {
            if (t[i] == p) {
                return i;
            }
        }
        return -1;
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

    /** Unsalted keys of one part: skeleton, its one-letter deletions, consonants. */
    private static int tokenKeys(NameToken p, long[] out, int n) {
        String skel = p.skeleton();
        int first = n;
        out[n++] = hash(skel, -1);
        String text = p.text();
        if (text.length() >= 4) {
            // One letter deleted from the spelled part, then folded: a typo on either side meets the
            // other in one deletion even where folding moves it (KVARATSKHELMA ~ KVARATSKHELIA).
            char[] buf = new char[text.length() - 1];
            for (int k = 0; k < text.length() && n < out.length - 8; k++) {
                if (k > 0 && text.charAt(k) == text.charAt(k - 1)) {
                    continue;
                }
                text.getChars(0, k, buf, 0);
                text.getChars(k + 1, text.length(), buf, k);
                long h = hash(SpellingVariants.skeleton(new String(buf)), -1);
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

    /**
     * Every key of one listed name, salted by space, with the position of the indexed part it came
     * from in {@code pos} (0..6; {@link #PAIR_POS} for pair keys). Duplicates are removed per part.
     */
    private static int keys(NormalizedName name, long[] buf, int[] pos, LongIntTable partCounts, int postingsCap) {
        List<NameToken> t = name.tokens();
        boolean main = name.significantCount() >= 2;
        long salt = main ? SALT_MAIN : SALT_SOLO;
        int n = 0;
        int limit = buf.length - 40;
        String[] indexed = new String[4];
        NameToken[] indexedParts = new NameToken[4];
        int ni = 0;
        int part = 0;
        for (int i = 0; i < t.size() && n < limit; i++) {
            NameToken p = t.get(i);
            if (!p.role().indexed()) {
                continue;
            }
            if (ni < indexed.length) {
                indexedParts[ni] = p;
                indexed[ni++] = p.skeleton();
            }
            int from = n;
            n = tokenKeys(p, buf, n);
            String joined = joinedWithPrevious(t, i);
            if (joined != null) {
                buf[n++] = hash(SpellingVariants.skeleton(joined), -1);
            }
            String stripped = stripParticlePrefix(p.text());
            if (stripped != null) {
                buf[n++] = hash(SpellingVariants.skeleton(stripped), -1);
            }
            if (p.consonants().length() >= 2) {
                buf[n++] = mix(hash(p.consonants(), -1) ^ SALT_CONS);
                if (p.fromArabic()) {
                    buf[n++] = mix(hash(p.consonants(), -1) ^ SALT_ARABIC);
                }
            }
            for (int k = from; k < n; k++) {
                buf[k] = mix(buf[k] ^ salt);
            }
            Arrays.sort(buf, from, n);
            int u = from;
            for (int k = from; k < n; k++) {
                if (u == from || buf[u - 1] != buf[k]) {
                    buf[u] = buf[k];
                    pos[u++] = Math.min(part, PAIR_POS - 1);
                }
            }
            n = u;
            part++;
        }
        if (main) {
            for (int a = 0; a < ni; a++) {
                for (int b = a + 1; b < ni; b++) {
                    buf[n] = pairKey(indexed[a], indexed[b]);
                    pos[n++] = PAIR_POS;
                }
            }
            if (partCounts != null) {
                long[] other = new long[64];
                for (int a = 0; a < ni; a++) {
                    long ha = hash(indexed[a], -1);
                    if (partCounts.get(mix(ha ^ SALT_MAIN)) <= postingsCap) {
                        continue;
                    }
                    int from = n;
                    for (int b = 0; b < ni; b++) {
                        if (b == a) {
                            continue;
                        }
                        int no = tokenKeys(indexedParts[b], other, 0);
                        for (int k = 0; k < no && n < buf.length; k++) {
                            buf[n++] = pairDelKey(ha, other[k]);
                        }
                    }
                    Arrays.sort(buf, from, n);
                    int u = from;
                    for (int k = from; k < n; k++) {
                        if (u == from || buf[u - 1] != buf[k]) {
                            buf[u] = buf[k];
                            pos[u++] = PAIR_DEL_POS;
                        }
                    }
                    n = u;
                }
            }
        }
        return n;
    }

    private static long pairDelKey(long commonPart, long otherPart) {
        return mix(commonPart * 31 + otherPart ^ SALT_PAIR_DEL);
    }

    private static long pairKey(String a, String b) {
        long ha = hash(a, -1);
        long hb = hash(b, -1);
        long lo = Math.min(ha, hb);
        long hi = Math.max(ha, hb);
        return mix(lo * 31 + hi ^ SALT_PAIR);
    }

    /** FNV-1a over the characters of {@code s}, leaving out the one at {@code skip} (or none). */
    static long hash(String s, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            if (i != skip) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
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

    private int slotFor(long key) {
        int slot = (int) key & tableMask;
        while (tableKeys[slot] != 0 && tableKeys[slot] != key) {
            slot = (slot + 1) & tableMask;
        }
        return slot;
    }

    private int find(long key) {
        int slot = (int) key & tableMask;
        while (true) {
            long k = tableKeys[slot];
            if (k == key) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & tableMask;
        }
    }

    private static NormalizedName intern(NormalizedName n, ConcurrentHashMap<NameToken, NameToken> intern) {
        List<NameToken> tokens = new ArrayList<>(n.tokens().size());
        for (NameToken t : n.tokens()) {
            tokens.add(intern.computeIfAbsent(t, x -> x));
        }
        return new NormalizedName(tokens, n.surnameKnown(), n.significantCount());
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

        int get(long key) {
            int mask = keys.length - 1;
            int slot = (int) key & mask;
            while (used[slot]) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return 0;
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
