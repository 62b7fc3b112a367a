package io.paxgate.benchmarks.names;

import io.paxgate.benchmarks.names.SyntheticWatchlist.Probe;
import io.paxgate.rules.names.MatchThresholds;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.names.NameMatch;
import io.paxgate.rules.names.NameQuery;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Per-query latency of {@code NameIndex.search(query, DEFAULT, 10)} on NameScreenBenchmark's list,
 * outside JMH: the rotation's 1,024 travellers (512 injected variants, 512 not listed), 30 rounds,
 * the mean of the last 10 per traveller; prints p50/p90/p99/max over travellers and the 25 slowest
 * with their candidate counts and the time candidate generation alone takes
 * ({@code NameIndex.candidateCount}). With {@code dump FILE} it instead writes every traveller's hits
 * (entry, name, score, explanation) at thresholds 0.75/0.80/0.90 and at most 1, 10 and all hits,
 * for a diff of two builds' results.
 *
 * <pre>
 * java -Dchronicle.analytics.disable=true -cp benchmarks/target/benchmarks.jar \
 *      io.paxgate.benchmarks.names.NameProf [entries=1000000] [dump FILE]
 * </pre>
 */
public final class NameProf {
    private static final int ROUNDS = 30;
    private static final int TIMED_ROUNDS = 10;
    private static final double[] DUMP_THRESHOLDS = {0.75, 0.80, 0.90};
    private static final int[] DUMP_MAX = {1, 10, Integer.MAX_VALUE};

    private NameProf() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SyntheticWatchlist gen = new SyntheticWatchlist(SyntheticWatchlist.DEFAULT_SEED);
        List<WatchlistEntry> list = gen.entries(n);
        NameIndex index = NameIndex.build(list);
        List<Probe> probes = SyntheticWatchlist.interleave(gen.injectedVariants(n, 512), gen.nonListed(512));
        NameQuery[] qs = probes.stream().map(Probe::query).toArray(NameQuery[]::new);
        if (args.length > 2 && args[1].equals("dump")) {
            dump(index, qs, Path.of(args[2]));
        } else {
            time(index, qs);
        }
    }

    private static void dump(NameIndex index, NameQuery[] qs, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int i = 0; i < qs.length; i++) {
                for (double t : DUMP_THRESHOLDS) {
                    for (int max : DUMP_MAX) {
                        out.printf(Locale.ROOT, "%d %s %s t=%.2f max=%d%n", i, qs[i].surname(), qs[i].givenNames(), t, max);
                        for (NameMatch m : index.search(qs[i], t, max)) {
                            out.printf(Locale.ROOT, "  %s %s %.17g %s%n", m.entry().id(), m.alias().full(), m.score(),
                                    m.explanation());
                        }
                    }
                }
            }
        }
    }

    private static void time(NameIndex index, NameQuery[] qs) {
        double t = MatchThresholds.DEFAULT;
        long[] total = new long[qs.length];
        long[] collect = new long[qs.length];
        int[] candidates = new int[qs.length];
        int[] hits = new int[qs.length];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < qs.length; i++) {
                long t0 = System.nanoTime();
                List<NameMatch> h = index.search(qs[i], t, 10);
                long t1 = System.nanoTime();
                candidates[i] = index.candidateCount(qs[i]);
                long t2 = System.nanoTime();
                if (round >= ROUNDS - TIMED_ROUNDS) {
                    total[i] += t1 - t0;
                    collect[i] += t2 - t1;
                }
                hits[i] = h.size();
            }
        }
        long[] mean = new long[qs.length];
        for (int i = 0; i < qs.length; i++) {
            mean[i] = total[i] / TIMED_ROUNDS;
        }
        long[] sorted = mean.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "search(q, %.2f, 10), %d travellers: p50 %.1f p90 %.1f p99 %.1f max %.1f us; mean %.1f us%n",
                t, qs.length, sorted[sorted.length / 2] / 1e3, sorted[sorted.length * 9 / 10] / 1e3,
                sorted[sorted.length * 99 / 100] / 1e3, sorted[sorted.length - 1] / 1e3,
                Arrays.stream(mean).average().orElse(0) / 1e3);
        Integer[] slowest = new Integer[qs.length];
        for (int i = 0; i < slowest.length; i++) {
            slowest[i] = i;
        }
        Arrays.sort(slowest, (x, y) -> Long.compare(mean[y], mean[x]));
        for (int k = 0; k < 25; k++) {
            int i = slowest[k];
            System.out.printf(Locale.ROOT, "%8.1f us (candidates %6.1f us) %5d candidates %2d hits  %s / %s / %s%n",
                    mean[i] / 1e3, collect[i] / 1e3 / TIMED_ROUNDS, candidates[i],
                    hits[i], qs[i].surname(), qs[i].givenNames(), qs[i].birthDate() == null ? "-" : qs[i].birthDate().from());
        }
    }
}
