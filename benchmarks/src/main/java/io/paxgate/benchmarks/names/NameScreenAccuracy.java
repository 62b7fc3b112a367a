package io.paxgate.benchmarks.names;

import io.paxgate.benchmarks.names.SyntheticWatchlist.Probe;
import io.paxgate.benchmarks.names.SyntheticWatchlist.Variant;
import io.paxgate.rules.names.MatchThresholds;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.names.NameMatch;
import io.paxgate.rules.names.NameScorer;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Accuracy of the index and of the brute-force baseline on NameScreenBenchmark's list, outside
 * JMH, at {@link MatchThresholds#DEFAULT}:
 * <ul>
 *   <li>recall on injected variants (the labelled entry is among the hits), overall and per
 *       variant kind. For the baseline the labelled entry's score is computed directly
 *       ({@link JaroWinklerBaseline#score}): its rule depends on that entry alone, so this is what
 *       a full scan would decide, without a million-name scan per query;</li>
 *   <li>hits per query and the share of non-listed travellers with any hit, from full scans on a
 *       sample (the baseline costs seconds per query);</li>
 *   <li>examples of where the two disagree.</li>
 * </ul>
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.names.NameScreenAccuracy \
 *      [entries=1000000] [variants=1000] [nonListed=500] [scanned=60]
 * </pre>
 */
public final class NameScreenAccuracy {
    private static final int MAX_HITS = 100_000;
    private static final int EXAMPLES = 6;
    private static final double[] STRICTER = {0.90, 0.95};

    private NameScreenAccuracy() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int variants = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int nonListed = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int scanned = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        double t = MatchThresholds.DEFAULT;

        SyntheticWatchlist gen = new SyntheticWatchlist(SyntheticWatchlist.DEFAULT_SEED);
        long t0 = System.nanoTime();
        List<WatchlistEntry> list = gen.entries(entries);
        long t1 = System.nanoTime();
        NameIndex index = NameIndex.build(list);
        long t2 = System.nanoTime();
        JaroWinklerBaseline brute = new JaroWinklerBaseline(list);
        System.out.printf(Locale.ROOT, "NameScreenAccuracy: %,d entries (%,d names) generated in %.1f s, index built in %.1f s;"
                + " seed %d, threshold MatchThresholds.DEFAULT = %.2f%n", entries, index.nameCount(), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, gen.seed(), t);
        printFrequencies(list);

        List<Probe> injected = gen.injectedVariants(entries, variants);
        List<Probe> travellers = gen.nonListed(nonListed);
        Map<String, WatchlistEntry> byId = new HashMap<>();
        for (Probe p : injected) {
            byId.put(p.entryId(), list.get(Integer.parseInt(p.entryId().substring(4))));
        }

        // recall on injected variants, per kind
        Map<Variant, int[]> perKind = new EnumMap<>(Variant.class);
        int idxFound = 0;
        int bfFound = 0;
        int[] bfStricter = new int[STRICTER.length];
        int both = 0;
        long idxHitsInjected = 0;
        List<String> idxOnly = new ArrayList<>();
        List<String> bfOnly = new ArrayList<>();
        List<String> neither = new ArrayList<>();
        for (Probe p : injected) {
            List<NameMatch> hits = index.search(p.query(), t, MAX_HITS);
            double idxScore = -1;
            for (NameMatch m : hits) {
                if (m.entry().id().equals(p.entryId())) {
                    idxScore = m.score();
                }
            }
            double bfScore = brute.score(p.fullName(), byId.get(p.entryId()));
            boolean i = idxScore >= 0;
            boolean b = bfScore >= t;
            for (int s = 0; s < STRICTER.length; s++) {
                bfStricter[s] += bfScore >= STRICTER[s] ? 1 : 0;
            }
            idxHitsInjected += hits.size();
            int[] k = perKind.computeIfAbsent(p.variant(), v -> new int[3]);
            k[0]++;
            k[1] += i ? 1 : 0;
            k[2] += b ? 1 : 0;
            idxFound += i ? 1 : 0;
            bfFound += b ? 1 : 0;
            both += i && b ? 1 : 0;
            String line = String.format(Locale.ROOT, "%s %s \"%s\" as \"%s\" %s: indexed %s (%d hits), bruteForce %.3f",
                    p.variant(), p.entryId(), p.listed(), p.query().displayName(), p.query().birthDate().from(),
                    i ? String.format(Locale.ROOT, "%.3f", idxScore) : "missing", hits.size(), bfScore);
            if (i && !b) {
                idxOnly.add(line);
            } else if (b && !i) {
                bfOnly.add(line);
            } else if (!i && !b) {
                neither.add(line);
            }
        }
        int n = injected.size();
        System.out.println();
        System.out.printf(Locale.ROOT, "injected variants: %d (found = the labelled entry is among the hits at score >= %.2f)%n", n, t);
        System.out.printf(Locale.ROOT, "  recall indexed     %4d / %d = %.3f%n", idxFound, n, idxFound / (double) n);
        System.out.printf(Locale.ROOT, "  recall bruteForce  %4d / %d = %.3f   (at 0.90: %.3f, at 0.95: %.3f)%n", bfFound, n,
                bfFound / (double) n, bfStricter[0] / (double) n, bfStricter[1] / (double) n);
        System.out.printf(Locale.ROOT, "  found by both %d, indexed only %d, bruteForce only %d, neither %d%n", both,
                idxOnly.size(), bfOnly.size(), neither.size());
        System.out.printf(Locale.ROOT, "  indexed hits per variant query: %.2f%n", idxHitsInjected / (double) n);
        System.out.println("  per variant kind:            n   indexed  bruteForce");
        for (Map.Entry<Variant, int[]> e : perKind.entrySet()) {
            int[] k = e.getValue();
            System.out.printf(Locale.ROOT, "    %-18s %6d   %7.3f   %9.3f%n", e.getKey(), k[0], k[1] / (double) k[0],
                    k[2] / (double) k[0]);
        }
        printMissCauses(index, injected, byId, t);

        // non-listed travellers through the index: all of them
        int idxAny = 0;
        long idxHits = 0;
        int idxMax = 0;
        List<List<NameMatch>> idxTravellers = new ArrayList<>();
        for (Probe p : travellers) {
            List<NameMatch> h = index.search(p.query(), t, MAX_HITS);
            idxTravellers.add(h);
            idxAny += h.isEmpty() ? 0 : 1;
            idxHits += h.size();
            idxMax = Math.max(idxMax, h.size());
        }
        int m = travellers.size();
        System.out.println();
        System.out.printf(Locale.ROOT, "non-listed travellers (name, birth date, nationality, sex drawn from the list's distributions): %d%n", m);
        System.out.printf(Locale.ROOT, "  indexed:    %4d with any hit (%.3f), %.2f hits per traveller, at most %d%n",
                idxAny, idxAny / (double) m, idxHits / (double) m, idxMax);

        // full baseline scans on a sample: hits per query (both kinds of query)
        List<Probe> scanV = injected.subList(0, Math.min(scanned, n));
        List<Probe> scanT = travellers.subList(0, Math.min(scanned, m));
        long b0 = System.nanoTime();
        List<List<JaroWinklerBaseline.Hit>> bfV = IntStream.range(0, scanV.size()).parallel()
                .mapToObj(i -> brute.search(scanV.get(i).fullName(), t)).toList();
        List<List<JaroWinklerBaseline.Hit>> bfT = IntStream.range(0, scanT.size()).parallel()
                .mapToObj(i -> brute.search(scanT.get(i).fullName(), t)).toList();
        System.out.printf(Locale.ROOT, "  full bruteForce scans of the first %d variants and %d non-listed travellers: %.0f s%n",
                scanV.size(), scanT.size(), (System.nanoTime() - b0) / 1e9);
        for (double th : new double[] {t, STRICTER[0], STRICTER[1]}) {
            System.out.printf(Locale.ROOT, "  bruteForce at %.2f: variants %s hits per query; non-listed %s%n", th,
                    meanHits(bfV, th), anyHit(bfT, th));
        }
        int idxAnySample = 0;
        long idxHitsSample = 0;
        for (int q = 0; q < scanT.size(); q++) {
            idxAnySample += idxTravellers.get(q).isEmpty() ? 0 : 1;
            idxHitsSample += idxTravellers.get(q).size();
        }
        System.out.printf(Locale.ROOT, "  indexed on the same %d non-listed: %d with any hit (%.3f), %.2f hits per traveller%n",
                scanT.size(), idxAnySample, idxAnySample / (double) scanT.size(), idxHitsSample / (double) scanT.size());

        System.out.println();
        print("found by indexed only", idxOnly);
        print("found by bruteForce only", bfOnly);
        print("found by neither", neither);
        System.out.println("non-listed examples (indexed hits, best; bruteForce hits at 0.80, best):");
        for (int q = 0; q < Math.min(EXAMPLES, scanT.size()); q++) {
            Probe p = scanT.get(q);
            List<NameMatch> ih = idxTravellers.get(q);
            JaroWinklerBaseline.Hit best = null;
            for (JaroWinklerBaseline.Hit h : bfT.get(q)) {
                best = best == null || h.score() > best.score() ? h : best;
            }
            System.out.printf(Locale.ROOT, "  \"%s\" %s %s: indexed %d%s; bruteForce %d%s%n", p.query().displayName(),
                    p.query().birthDate().from(), p.query().nationality(), ih.size(),
                    ih.isEmpty() ? "" : String.format(Locale.ROOT, " best \"%s\" %.3f", ih.get(0).alias().full(), ih.get(0).score()),
                    bfT.get(q).size(),
                    best == null ? "" : String.format(Locale.ROOT, " best \"%s\" %.3f", best.name(), best.score()));
        }
    }

    /**
     * For each variant the index misses: would the scorer alone pass the target (then candidate
     * generation lost it), and how many candidates the query had (0: none at all; near the
     * postings cap: a truncated pair key).
     */
    private static void printMissCauses(NameIndex index, List<Probe> injected, Map<String, WatchlistEntry> byId,
                                        double t) {
        Map<Variant, int[]> causes = new EnumMap<>(Variant.class);
        for (Probe p : injected) {
            WatchlistEntry e = byId.get(p.entryId());
            if (index.search(p.query(), t, MAX_HITS).stream().anyMatch(m -> m.entry() == e)) {
                continue;
            }
            double direct = 0;
            for (var name : e.names()) {
                direct = Math.max(direct, NameScorer.DEFAULT.score(p.query(), e, name));
            }
            int candidates = index.candidateCount(p.query());
            int[] c = causes.computeIfAbsent(p.variant(), v -> new int[4]);
            c[0]++;
            if (direct >= t) {
                c[1]++;
                c[2] += candidates == 0 ? 1 : 0;
                c[3] += candidates >= NameIndex.DEFAULT_POSTINGS_CAP * 4 / 5 ? 1 : 0;
            }
        }
        System.out.println("  index misses by kind: missed / scorer alone passes the target / of those with no candidate"
                + " / with >= 80% of the postings cap in candidates");
        causes.forEach((k, c) -> System.out.printf(Locale.ROOT, "    %-18s %4d %4d %4d %4d%n", k, c[0], c[1], c[2], c[3]));
    }

    /** How common the very common names are: the bounded-cost path only matters if they are. */
    private static void printFrequencies(List<WatchlistEntry> list) {
        String[] probes = {"MAMMADOV", "ALIYEV", "IVANOV", "YILMAZ", "MOHAMMED", "BERIDZE", "HOSSEINI", "MUELLER"};
        int[] counts = new int[probes.length];
        for (WatchlistEntry e : list) {
            String full = " " + e.primaryName().full() + " ";
            for (int p = 0; p < probes.length; p++) {
                if (full.contains(" " + probes[p] + " ") || full.contains(" " + probes[p] + "A ")) {
                    counts[p]++;
                }
            }
        }
        StringBuilder sb = new StringBuilder("entries whose primary name has (male or female form):");
        for (int p = 0; p < probes.length; p++) {
            sb.append(String.format(Locale.ROOT, " %s %,d", probes[p], counts[p]));
        }
        System.out.println(sb);
    }

    private static String meanHits(List<List<JaroWinklerBaseline.Hit>> hits, double th) {
        long total = 0;
        for (List<JaroWinklerBaseline.Hit> h : hits) {
            total += h.stream().filter(x -> x.score() >= th).count();
        }
        return String.format(Locale.ROOT, "%.1f", total / (double) Math.max(1, hits.size()));
    }

    private static String anyHit(List<List<JaroWinklerBaseline.Hit>> hits, double th) {
        int any = 0;
        long total = 0;
        for (List<JaroWinklerBaseline.Hit> h : hits) {
            long c = h.stream().filter(x -> x.score() >= th).count();
            any += c > 0 ? 1 : 0;
            total += c;
        }
        return String.format(Locale.ROOT, "%d of %d with any hit (%.3f), %.1f hits per traveller", any, hits.size(),
                any / (double) Math.max(1, hits.size()), total / (double) Math.max(1, hits.size()));
    }

    private static void print(String title, List<String> lines) {
        System.out.println(title + " (" + lines.size() + ")"
                + (lines.isEmpty() ? "" : ", first " + Math.min(EXAMPLES, lines.size()) + ":"));
        for (int i = 0; i < Math.min(EXAMPLES, lines.size()); i++) {
            System.out.println("  " + lines.get(i));
        }
    }
}
