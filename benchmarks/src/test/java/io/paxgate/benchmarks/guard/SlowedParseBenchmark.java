package io.paxgate.benchmarks.guard;

import io.paxgate.benchmarks.PaxgateBenchmark;
import io.paxgate.benchmarks.ParseBenchmark;
import io.paxgate.parsers.envelope.DecodeResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Test only: {@link ParseBenchmark}'s PAXLST pair with a deliberately slow Paxgate side (each op
 * decodes the interchange {@link #SLOWDOWN} times), for showing that the guard fails a parser
 * regression. The production parser and benchmark are untouched; this class exists only in the
 * test classpath.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class SlowedParseBenchmark extends PaxgateBenchmark {
    /** 20 decodes per op turn the ~15x of the real pair into under 1x, far under its floor even when noisy. */
    static final int SLOWDOWN = 20;

    private final ParseBenchmark real = new ParseBenchmark();

    @Setup(Level.Trial)
    public void setUp() {
        real.setUp();
    }

    @Benchmark
    public DecodeResult paxlstPaxgate() {
        DecodeResult r = null;
        for (int i = 0; i < SLOWDOWN; i++) {
            r = real.paxlstPaxgate();
        }
        return r;
    }

    @Benchmark
    public int paxlstStaedi(Blackhole bh) {
        return real.paxlstStaedi(bh);
    }
}
