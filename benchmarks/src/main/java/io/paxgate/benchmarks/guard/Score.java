package io.paxgate.benchmarks.guard;

import java.util.Locale;
import java.util.Map;

/**
 * One JMH primary result: a benchmark (full method name) in one mode with its parameters.
 *
 * @param benchmark full name, e.g. {@code io.paxgate.benchmarks.ParseBenchmark.paxlstPaxgate}
 * @param mode JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample}, {@code ss}
 * @param params the run's {@code @Param} values (empty when the benchmark has none)
 * @param score the primary metric
 * @param error its 99.9% half-width (NaN when JMH could not compute one)
 * @param unit JMH's unit: {@code ops/s}, {@code us/op}, ...
 * @param median the median of the measured iterations (all forks), NaN when the result has no per-iteration data
 */
public record Score(String benchmark, String mode, Map<String, String> params, double score, double error, String unit,
                    double median) {

    public Score {
        params = Map.copyOf(params);
    }

    /**
     * The guard's rate: the median iteration when there is one (an iteration slowed by another
     * build on the shared box then moves it less than it moves the mean), else the score.
     */
    public double guardOpsPerSecond() {
        return opsPerSecond(Double.isNaN(median) ? score : median);
    }

    /**
     * {@code value} (in this result's unit) as operations per second, whatever the mode: a
     * throughput as is, a time per op inverted. Ratios of two rates then read "how many times
     * faster" in every mode.
     *
     * @throws IllegalArgumentException for a unit that is neither ops/TIME nor TIME/op
     */
    public double opsPerSecond(double value) {
        String[] parts = unit.split("/");
        if (parts.length == 2 && parts[0].equals("ops")) {
            return value / secondsOf(parts[1]);
        }
        if (parts.length == 2 && parts[1].equals("op")) {
            return 1.0 / (value * secondsOf(parts[0]));
        }
        throw new IllegalArgumentException("unit \"" + unit + "\" of " + benchmark + " is not ops/TIME or TIME/op");
    }

    /** {@code ParseBenchmark.paxlstPaxgate}: class and method without the package. */
    public String shortName() {
        return shortName(benchmark);
    }

    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }

    private double secondsOf(String timeUnit) {
        return switch (timeUnit.toLowerCase(Locale.ROOT)) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1.0;
            case "min" -> 60.0;
            case "hr" -> 3600.0;
            case "day" -> 86400.0;
            default -> throw new IllegalArgumentException("time unit \"" + timeUnit + "\" of " + benchmark + " is unknown");
        };
    }
}
