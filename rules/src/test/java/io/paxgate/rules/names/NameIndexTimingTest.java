package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A rough timing of the index on a synthetic list, for the report (not a benchmark: the JMH one
 * lives in the benchmarks module). Off by default; run with
 * {@code -Dnames.timing=true [-Dnames.timing.entries=1000000]}. Prints build time, query
 * percentiles, candidates per query, a brute-force scan (Jaro-Winkler over every name) for speed,
 * and a brute-force scoring of every name for the same queries to check the index misses no hit.
 */
class NameIndexTimingTest {
    private static final String[] SYLLABLES = {"BA", "KA", "LA", "MA", "NA", "RA", "SA", "TA", "ZA", "DA", "GA", "HA",
        "BE", "KE", "LE", "ME", "NE", "RE", "SE", "TE", "VE", "ZE", "BI", "KI", "LI", "MI", "NI", "RI", "SI", "TI",
        "VI", "ZI", "BO", "KO", "LO", "MO", "NO", "RO", "SO", "TO", "VO", "ZO", "BU", "KU", "LU", "MU", "NU", "RU",
        "SU", "TU", "SHA", "KHA", "CHA", "ZHA", "GHA", "AL", "AR", "AN", "EL", "ER", "IN", "OR", "UR", "AM", "IM"};
    private static final String[] SUFFIXES = {"OV", "EV", "YEV", "OVA", "ZADE", "SHVILI", "DZE", "LI", "IAN", "ENKO",
        "SKI", "ER", "MANN", "", "", "", ""};

    @Test
    void timeTheIndexOnASyntheticList() {
        assumeTrue(Boolean.getBoolean("names.timing"), "timing run only with -Dnames.timing=true");
        int n = Integer.getInteger("names.timing.entries", 1_000_000);
        Random rnd = new Random(42);
        List<WatchlistEntry> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(entry(i, rnd));
        }
        System.gc();
        long heap0 = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long t0 = System.nanoTime();
        NameIndex index = NameIndex.build(list);
        long buildNs = System.nanoTime() - t0;
        System.gc();
        long heap1 = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "entries=%d names=%d keys=%d postings=%d build=%.1f s heap(index)~%d MB%n",
                index.entryCount(), index.nameCount(), index.keyCount(), index.postingsCount(), buildNs / 1e9,
                (heap1 - heap0) >> 20);

        // queries: injected variants of listed people (transliteration, order, typo) and random travellers
        int queries = 20_000;
        NameQuery[] variantQueries = new NameQuery[queries];
        WatchlistEntry[] targets = new WatchlistEntry[queries];
        NameQuery[] randomQueries = new NameQuery[queries];
        for (int i = 0; i < queries; i++) {
            WatchlistEntry target = list.get(rnd.nextInt(n));
            targets[i] = target;
            variantQueries[i] = NameQuery.of(variant(target.primaryName().full(), rnd))
                    .withBirthDate(BirthDate.exact(target.birthDates().get(0).from()));
            randomQueries[i] = NameQuery.of(entry(n + i, rnd).primaryName().full())
                    .withBirthDate(BirthDate.exact(LocalDate.of(1950 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))));
        }
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < queries; i++) {
                index.search(variantQueries[i]);
                index.search(randomQueries[i]);
            }
        }
        report("injected variants", index, variantQueries);
        report("random travellers", index, randomQueries);
        int found = 0;
        for (int i = 0; i < queries; i++) {
            WatchlistEntry target = targets[i];
            found += index.search(variantQueries[i], MatchThresholds.DEFAULT, 50).stream().anyMatch(m -> m.entry() == target) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "injected variants found: %d of %d (%.4f)%n", found, queries, found / (double) queries);

        // brute force: Jaro-Winkler of the whole normalised name against every listed name
        String[] all = new String[index.nameCount()];
        int k = 0;
        for (WatchlistEntry e : list) {
            for (ListedName ln : e.names()) {
                all[k++] = NameNormalizer.INSTANCE.normalize(ln).text();
            }
        }
        int bruteQueries = 20;
        long bt = System.nanoTime();
        int sink = 0;
        for (int q = 0; q < bruteQueries; q++) {
            String qt = NameNormalizer.INSTANCE.normalize(variantQueries[q].givenNames()).text();
            for (String s : all) {
                if (JaroWinkler.similarity(qt, s) >= 0.9) {
                    sink++;
                }
            }
        }
        double bruteUs = (System.nanoTime() - bt) / 1e3 / bruteQueries;
        System.out.printf(Locale.ROOT, "brute-force Jaro-Winkler scan: %.0f us per query (%d hits)%n", bruteUs, sink);

        // brute-force scoring with the same scorer: every hit it finds, the index must find
        NameScorer scorer = NameScorer.DEFAULT;
        int missed = 0;
        int bruteHits = 0;
        int checks = Integer.getInteger("names.timing.checks", 10);
        NormalizedName[] normalized = new NormalizedName[all.length];
        WatchlistEntry[] owner = new WatchlistEntry[all.length];
        ListedName[] alias = new ListedName[all.length];
        k = 0;
        for (WatchlistEntry e : list) {
            for (ListedName ln : e.names()) {
                normalized[k] = NameNormalizer.INSTANCE.normalize(ln);
                owner[k] = e;
                alias[k++] = ln;
            }
        }
        // every query where the index missed its injected target, and as many more as asked
        List<Integer> toCheck = new ArrayList<>();
        int verify = Integer.getInteger("names.timing.verify", 2000);
        for (int q = 0; q < Math.min(queries, verify); q++) {
            WatchlistEntry target = targets[q];
            if (index.search(variantQueries[q], MatchThresholds.DEFAULT, 50).stream().noneMatch(m -> m.entry() == target)) {
                toCheck.add(q);
            }
        }
        int notFound = toCheck.size();
        for (int q = 0; q < checks; q++) {
            toCheck.add(q);
        }
        for (int q : toCheck) {
            NameScorer.PreparedQuery pq = scorer.prepare(variantQueries[q]);
            Set<String> brute = new HashSet<>();
            for (int i = 0; i < normalized.length; i++) {
                if (scorer.score(pq, normalized[i], owner[i], alias[i], null) >= MatchThresholds.DEFAULT) {
                    brute.add(owner[i].id());
                }
            }
            Set<String> indexed = new HashSet<>();
            index.search(variantQueries[q], MatchThresholds.DEFAULT, 10_000).forEach(m -> indexed.add(m.entry().id()));
            bruteHits += brute.size();
            for (String id : brute) {
                if (!indexed.contains(id)) {
                    missed++;
                    System.out.println("index missed " + id + " for " + variantQueries[q].givenNames());
                }
            }
        }
        System.out.printf(Locale.ROOT, "brute-force scoring of %d queries (%d of the first %d variants not found by the index,"
                + " plus %d): %d hits, index missed %d%n", toCheck.size(), notFound, verify, checks, bruteHits, missed);
    }

    private static void report(String label, NameIndex index, NameQuery[] qs) {
        long[] ns = new long[qs.length];
        long candidates = 0;
        int maxCandidates = 0;
        for (int i = 0; i < qs.length; i++) {
            long t = System.nanoTime();
            index.search(qs[i]);
            ns[i] = System.nanoTime() - t;
            int c = index.candidateCount(qs[i]);
            if (c > 1000 && Boolean.getBoolean("names.timing.debug")) {
                System.out.println("  many candidates (" + c + "): " + qs[i].givenNames() + " -> "
                        + NameNormalizer.INSTANCE.normalize(qs[i].givenNames()).tokens().stream()
                        .map(x -> x.text() + "/" + x.skeleton() + "/" + x.role()).toList());
            }
            candidates += c;
            maxCandidates = Math.max(maxCandidates, c);
        }
        long[] cn = new long[qs.length];
        long[] pn = new long[qs.length];
        long visited = 0;
        for (int i = 0; i < qs.length; i++) {
            long t = System.nanoTime();
            index.candidateCount(qs[i]);
            cn[i] = System.nanoTime() - t;
            visited += index.visitedPostings();
            t = System.nanoTime();
            NameScorer.DEFAULT.prepare(qs[i]);
            pn[i] = System.nanoTime() - t;
        }
        Arrays.sort(cn);
        Arrays.sort(pn);
        System.out.printf(Locale.ROOT, "  %s: prepare p50=%.1f us; prepare+candidates p50=%.1f p99=%.1f us; postings visited mean=%.0f%n",
                label, pn[pn.length / 2] / 1e3, cn[cn.length / 2] / 1e3, cn[cn.length * 99 / 100] / 1e3, visited / (double) qs.length);
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%s: p50=%.1f us p90=%.1f us p99=%.1f us max=%.1f us; candidates mean=%.1f max=%d%n",
                label, ns[ns.length / 2] / 1e3, ns[ns.length * 9 / 10] / 1e3, ns[ns.length * 99 / 100] / 1e3,
                ns[ns.length - 1] / 1e3, candidates / (double) qs.length, maxCandidates);
    }

    /** 30% from the real-name pools of the evaluation set, 70% made of syllables (a real list is diverse). */
    private static WatchlistEntry entry(int i, Random rnd) {
        String name;
        if (rnd.nextInt(10) < 3) {
            EvaluationSetGenerator.Culture c = EvaluationSetGenerator.CULTURES.get(rnd.nextInt(EvaluationSetGenerator.CULTURES.size()));
            String given = latin(c.male()[rnd.nextInt(c.male().length)], rnd);
            String surname = latin(c.surnames()[rnd.nextInt(c.surnames().length)], rnd);
            name = rnd.nextBoolean() ? given + " " + surname : surname + " " + given;
        } else {
            name = word(rnd, 2 + rnd.nextInt(2), "") + " " + word(rnd, 2 + rnd.nextInt(2), SUFFIXES[rnd.nextInt(SUFFIXES.length)]);
            if (rnd.nextInt(4) == 0) {
                name = word(rnd, 2, "") + " " + name;
            }
        }
        List<ListedName> names = new ArrayList<>(2);
        names.add(ListedName.primary(name));
        if (rnd.nextInt(5) == 0) {
            names.add(new ListedName(variant(name, rnd), null, null, ListedName.Quality.GOOD));
        }
        return new WatchlistEntry("E" + i, "synthetic", WatchlistEntry.EntryType.PERSON, "sanctions", 3, names,
                List.of(BirthDate.exact(LocalDate.of(1940 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)))),
                List.of(), null, List.of(), null);
    }

    private static String latin(String tuple, Random rnd) {
        String[] t = tuple.split("\\|");
        List<String> latin = new ArrayList<>();
        for (String s : t) {
            if (s.chars().allMatch(ch -> ch < 0x250)) {
                latin.add(s.toUpperCase(Locale.ROOT));
            }
        }
        return latin.get(rnd.nextInt(latin.size()));
    }

    private static String word(Random rnd, int syllables, String suffix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        }
        return sb.append(suffix).toString();
    }

    /** An injected variant: cross-alphabet spelling, order swap, or one typo. */
    static String variant(String name, Random rnd) {
        String[] parts = name.split(" ");
        switch (rnd.nextInt(4)) {
            case 0: {
                List<String> l = new ArrayList<>(Arrays.asList(parts));
                java.util.Collections.reverse(l);
                return String.join(" ", l);
            }
            case 1: {
                return name.replace("KH", "X").replace("SH", "S").replace("YEV", "IEV").replace("Q", "G").replace("J", "C");
            }
            case 2: {
                return name.replace("OV ", "OVA ").replace("A", "E").replace("U", "O");
            }
            default: {
                int k = rnd.nextInt(parts.length);
                String w = parts[k];
                if (w.length() >= 5) {
                    int i = 1 + rnd.nextInt(w.length() - 2);
                    parts[k] = w.substring(0, i) + (char) ('A' + rnd.nextInt(26)) + w.substring(i + 1);
                }
                return String.join(" ", parts);
            }
        }
    }
}
