package io.paxgate.benchmarks.guard;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.time.Duration;

/**
 * Iterations and times of a JMH run, applied over the benchmarks' own annotations. Forks stay 1:
 * each benchmark gets a fresh JVM with the {@code PaxgateBenchmark} flags.
 */
public record RunSettings(int warmupIterations, Duration warmupTime, int measurementIterations, Duration measurementTime,
                          VerboseMode verbosity) {

    /**
     * The CI guard's short pass: 3 x 1 s warm-up (under load the JIT needs the third), 4 x 1 s
     * measured, one fork per benchmark (about 11 s per benchmark with JVM start and setup).
     */
    public static final RunSettings GUARD = new RunSettings(3, Duration.ofSeconds(1), 4, Duration.ofSeconds(1), VerboseMode.NORMAL);

    public RunSettings quiet() {
        return new RunSettings(warmupIterations, warmupTime, measurementIterations, measurementTime, VerboseMode.SILENT);
    }

    ChainedOptionsBuilder applyTo(ChainedOptionsBuilder b) {
        return b.forks(1)
                .warmupIterations(warmupIterations).warmupTime(TimeValue.milliseconds(warmupTime.toMillis()))
                .measurementIterations(measurementIterations).measurementTime(TimeValue.milliseconds(measurementTime.toMillis()))
                .verbosity(verbosity);
    }
}
