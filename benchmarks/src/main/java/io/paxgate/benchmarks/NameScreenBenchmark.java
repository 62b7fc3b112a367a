package io.paxgate.benchmarks;

import io.paxgate.benchmarks.names.JaroWinklerBaseline;
import io.paxgate.benchmarks.names.SyntheticWatchlist;
import io.paxgate.benchmarks.names.SyntheticWatchlist.Probe;
import io.paxgate.rules.names.MatchThresholds;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.names.NameMatch;
import io.paxgate.rules.names.NameQuery;
import io.paxgate.rules.watchlist.WatchlistEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One traveller screened by name against a 1,000,000-entry synthetic watchlist
 * ({@link SyntheticWatchlist}: eight cultures, Zipf name frequencies, aliases, mixed-precision
 * birth dates). One op = one traveller, {@code MatchThresholds.DEFAULT}, at most 10 hits.
 *
 * <ul>
 *   <li>{@code indexed}: {@link NameIndex#search(NameQuery, double, int)} (candidates, scoring,
 *       explanations of the hits). SampleTime for p50/p99/p99.9, AverageTime for the ratio.</li>
 *   <li>{@code bruteForce}: commons-text Jaro-Winkler against every listed name
 *       ({@link JaroWinklerBaseline}: upper case, accents stripped, best of as-written and
 *       sorted-parts order, entry hit when its best name scores at least the threshold). About
 *       seconds per op, so few ops per iteration; AverageTime only.</li>
 * </ul>
 *
 * <p>Both cycle through the same 1,024 travellers: injected variants of listed people
 * (transliteration, order swap, dropped middle name, female form, one typo) alternating with
 * travellers who are not listed. Each trial builds the list (and the index or the baseline's
 * normalised names) once and prints build time and heap. Accuracy (recall of both, false hits)
 * is {@code io.paxgate.benchmarks.names.NameScreenAccuracy}, outside JMH.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NameScreenBenchmark -f 1 -wi 2 -w 3s -i 3 -r 3s
 * </pre>
 */
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
// The flags of paxgate.jvm.flags in the root pom (annotations need constants: keep in sync), plus
public class NameScreenBenchmark extends PaxgateBenchmark {
    /** Travellers in the rotation (a power of two): half injected variants, half not listed. */
    static final int QUERIES = 1024;

    /** The list and the travellers, built once per trial. */
    @State(Scope.Benchmark)
    public static class Listed {
        @Param({"1000000"})
        public int entries;

        List<WatchlistEntry> list;
        NameQuery[] queries;
        String[] fullNames;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticWatchlist gen = new SyntheticWatchlist(SyntheticWatchlist.DEFAULT_SEED);
            long heap0 = usedHeap();
            long t0 = System.nanoTime();
            list = gen.entries(entries);
            long t1 = System.nanoTime();
            List<Probe> probes = SyntheticWatchlist.interleave(gen.injectedVariants(entries, QUERIES / 2),
                    gen.nonListed(QUERIES / 2));
            queries = new NameQuery[QUERIES];
            fullNames = new String[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                queries[i] = probes.get(i).query();
                fullNames[i] = probes.get(i).fullName();
            }
            System.out.printf(Locale.ROOT, "%nlist: %,d entries generated in %.1f s, %,d MB heap%n", list.size(),
                    (t1 - t0) / 1e9, (usedHeap() - heap0) >> 20);
        }
    }

    @State(Scope.Benchmark)
    public static class Indexed {
        NameIndex index;

        @Setup(Level.Trial)
        public void setUp(Listed l) {
            long heap0 = usedHeap();
            long t0 = System.nanoTime();
            index = NameIndex.build(l.list);
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "index: %,d names, %,d keys, %,d postings, built in %.1f s, %,d MB heap"
                            + " (beyond the list)%n", index.nameCount(), index.keyCount(), index.postingsCount(),
                    (t1 - t0) / 1e9, (usedHeap() - heap0) >> 20);
        }
    }

    @State(Scope.Benchmark)
    public static class Brute {
        JaroWinklerBaseline baseline;

        @Setup(Level.Trial)
        public void setUp(Listed l) {
            long heap0 = usedHeap();
            long t0 = System.nanoTime();
            baseline = new JaroWinklerBaseline(l.list);
            System.out.printf(Locale.ROOT, "bruteForce: %,d names normalised in %.1f s, %,d MB heap (beyond the list)%n",
                    baseline.nameCount(), (System.nanoTime() - t0) / 1e9, (usedHeap() - heap0) >> 20);
        }
    }

    /** Each thread walks the same rotation of travellers. */
    @State(Scope.Thread)
    public static class Cursor {
        int i;

        int next() {
            return i++ & (QUERIES - 1);
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<NameMatch> indexed(Indexed s, Listed l, Cursor c) {
        return s.index.search(l.queries[c.next()], MatchThresholds.DEFAULT, 10);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int bruteForce(Brute b, Listed l, Cursor c) {
        return b.baseline.count(l.fullNames[c.next()], MatchThresholds.DEFAULT);
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
