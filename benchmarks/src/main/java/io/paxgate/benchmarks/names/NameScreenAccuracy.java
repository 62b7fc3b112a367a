package io.paxgate.benchmarks.names;

import io.paxgate.benchmarks.names.SyntheticWatchlist.Probe;
import io.paxgate.benchmarks.names.SyntheticWatchlist.Variant;
import io.paxgate.rules.names.MatchThresholds;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.names.NameMatch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Accuracy of the index and of the brute-force baseline on the benchmark's list, outside JMH:
 * recall on injected variants (the labelled entry among the hits at
 * {@link MatchThresholds#DEFAULT}), per variant kind, hits on non-listed travellers, and examples
 * of where the two disagree.
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.names.NameScreenAccuracy \
 *      [entries=1000000] [variants=1000] [nonListed=500]
 * </pre>
 *
 * The baseline scans a million names per query, so the query counts are a few hundred; the scan
 * runs on all cores (accuracy only, no timing).
 */
public final class NameScreenAccuracy {
    private static final int MAX_HITS = 10_000;
    private static final int EXAMPLES = 6;

    private NameScreenAccuracy() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int variants = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int nonListed = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        double t = MatchThresholds.DEFAULT;

        SyntheticWatchlist gen = new SyntheticWatchlist(SyntheticWatchlist.DEFAULT_SEED);
        long t0 = System.nanoTime();
        var list = gen.entries(entries);
        long t1 = System.nanoTime();
        NameIndex index = NameIndex.build(list);
        long t2 = System.nanoTime();
        JaroWinklerBaseline brute = new JaroWinklerBaseline(list);
        System.out.printf(Locale.ROOT, "NameScreenAccuracy: %,d entries (%,d names) generated in %.1f s, index built in %.1f s;"
                + " seed %d, threshold %.2f%n", entries, index.nameCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, gen.seed(), t);

        List<Probe> injected = gen.injectedVariants(entries, variants);
        List<Probe> travellers = gen.nonListed(nonListed);

        // the index per query (fast), the baseline in parallel (slow)
        List<List<NameMatch>> idxInjected = injected.stream().map(p -> index.search(p.query(), t, MAX_HITS)).toList();
        List<List<NameMatch>> idxTravellers = travellers.stream().map(p -> index.search(p.query(), t, MAX_HITS)).toList();
        long b0 = System.nanoTime();
        List<List<JaroWinklerBaseline.Hit>> bfInjected = IntStream.range(0, injected.size()).parallel()
                .mapToObj(i -> brute.search(injected.get(i).fullName(), t)).toList();
        List<List<JaroWinklerBaseline.Hit>> bfTravellers = IntStream.range(0, travellers.size()).parallel()
                .mapToObj(i -> brute.search(travellers.get(i).fullName(), t)).toList();
        System.out.printf(Locale.ROOT, "brute force: %d queries in %.0f s%n", injected.size() + travellers.size(),
                (System.nanoTime() - b0) / 1e9);

        // recall on injected variants, per kind
        Map<Variant, int[]> perKind = new EnumMap<>(Variant.class);
        int idxFound = 0;
        int bfFound = 0;
        int both = 0;
        long idxHitsInjected = 0;
        long bfHitsInjected = 0;
        List<String> idxOnly = new ArrayList<>();
        List<String> bfOnly = new ArrayList<>();
        List<String> neither = new ArrayList<>();
        for (int q = 0; q < injected.size(); q++) {
            Probe p = injected.get(q);
            boolean i = idxInjected.get(q).stream().anyMatch(m -> m.entry().id().equals(p.entryId()));
            boolean b = bfInjected.get(q).stream().anyMatch(h -> h.entry().id().equals(p.entryId()));
            idxHitsInjected += idxInjected.get(q).size();
            bfHitsInjected += bfInjected.get(q).size();
            int[] k = perKind.computeIfAbsent(p.variant(), v -> new int[3]);
            k[0]++;
            k[1] += i ? 1 : 0;
            k[2] += b ? 1 : 0;
            idxFound += i ? 1 : 0;
            bfFound += b ? 1 : 0;
            both += i && b ? 1 : 0;
            String line = describe(p, idxInjected.get(q), bfInjected.get(q));
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
        System.out.printf(Locale.ROOT, "injected variants: %d (labelled entry among the hits at score >= %.2f)%n", n, t);
        System.out.printf(Locale.ROOT, "  recall indexed     %4d / %d = %.3f%n", idxFound, n, idxFound / (double) n);
        System.out.printf(Locale.ROOT, "  recall bruteForce  %4d / %d = %.3f%n", bfFound, n, bfFound / (double) n);
        System.out.printf(Locale.ROOT, "  found by both %d, indexed only %d, bruteForce only %d, neither %d%n", both,
                idxOnly.size(), bfOnly.size(), neither.size());
        System.out.printf(Locale.ROOT, "  hits per query: indexed %.1f, bruteForce %.1f (mean over the variants)%n",
                idxHitsInjected / (double) n, bfHitsInjected / (double) n);
        System.out.println("  per variant kind:            n   indexed  bruteForce");
        for (Map.Entry<Variant, int[]> e : perKind.entrySet()) {
            int[] k = e.getValue();
            System.out.printf(Locale.ROOT, "    %-18s %6d   %7.3f   %9.3f%n", e.getKey(), k[0], k[1] / (double) k[0],
                    k[2] / (double) k[0]);
        }

        // non-listed travellers: any hit is a false alarm for an officer (unless a namesake shares the birth date)
        int idxAny = 0;
        int bfAny = 0;
        long idxHits = 0;
        long bfHits = 0;
        int idxMax = 0;
        int bfMax = 0;
        for (int q = 0; q < travellers.size(); q++) {
            int a = idxTravellers.get(q).size();
            int b = bfTravellers.get(q).size();
            idxAny += a > 0 ? 1 : 0;
            bfAny += b > 0 ? 1 : 0;
            idxHits += a;
            bfHits += b;
            idxMax = Math.max(idxMax, a);
            bfMax = Math.max(bfMax, b);
        }
        int m = travellers.size();
        System.out.println();
        System.out.printf(Locale.ROOT, "non-listed travellers: %d%n", m);
        System.out.printf(Locale.ROOT, "  indexed:    %4d with any hit (%.3f), %.2f hits per traveller, at most %d%n",
                idxAny, idxAny / (double) m, idxHits / (double) m, idxMax);
        System.out.printf(Locale.ROOT, "  bruteForce: %4d with any hit (%.3f), %.2f hits per traveller, at most %d%n",
                bfAny, bfAny / (double) m, bfHits / (double) m, bfMax);

        System.out.println();
        print("found by indexed only", idxOnly);
        print("found by bruteForce only", bfOnly);
        print("found by neither", neither);
        System.out.println("non-listed examples (traveller: indexed hits / bruteForce hits, best of each):");
        for (int q = 0; q < Math.min(EXAMPLES, m); q++) {
            System.out.println("  " + describe(travellers.get(q), idxTravellers.get(q), bfTravellers.get(q)));
        }
    }

    private static void print(String title, List<String> lines) {
        System.out.println(title + " (" + lines.size() + ")" + (lines.isEmpty() ? "" : ", first " + Math.min(EXAMPLES, lines.size()) + ":"));
        for (int i = 0; i < Math.min(EXAMPLES, lines.size()); i++) {
            System.out.println("  " + lines.get(i));
        }
    }

    private static String describe(Probe p, List<NameMatch> idx, List<JaroWinklerBaseline.Hit> bf) {
        StringBuilder sb = new StringBuilder();
        if (p.entryId() != null) {
            sb.append(p.variant()).append(' ').append(p.entryId()).append(" \"").append(p.listed()).append("\" as ");
        }
        sb.append('"').append(p.query().displayName()).append("\" ").append(p.query().birthDate().from());
        double expectedIdx = -1;
        double expectedBf = -1;
        for (NameMatch x : idx) {
            if (x.entry().id().equals(p.entryId())) {
                expectedIdx = x.score();
            }
        }
        for (JaroWinklerBaseline.Hit h : bf) {
            if (h.entry().id().equals(p.entryId())) {
                expectedBf = h.score();
            }
        }
        sb.append(String.format(Locale.ROOT, ": indexed %d hits", idx.size()));
        if (p.entryId() != null) {
            sb.append(expectedIdx >= 0 ? String.format(Locale.ROOT, " (target %.3f)", expectedIdx) : " (target missing)");
        }
        if (!idx.isEmpty()) {
            sb.append(String.format(Locale.ROOT, " best %s \"%s\" %.3f", idx.get(0).entry().id(), idx.get(0).alias().full(), idx.get(0).score()));
        }
        sb.append(String.format(Locale.ROOT, "; bruteForce %d hits", bf.size()));
        if (p.entryId() != null) {
            sb.append(expectedBf >= 0 ? String.format(Locale.ROOT, " (target %.3f)", expectedBf) : " (target missing)");
        }
        if (!bf.isEmpty()) {
            JaroWinklerBaseline.Hit best = bf.get(0);
            for (JaroWinklerBaseline.Hit h : bf) {
                if (h.score() > best.score()) {
                    best = h;
                }
            }
            sb.append(String.format(Locale.ROOT, " best %s \"%s\" %.3f", best.entry().id(), best.name(), best.score()));
        }
        return sb.toString();
    }
}
