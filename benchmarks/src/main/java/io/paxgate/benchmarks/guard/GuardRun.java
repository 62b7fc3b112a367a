package io.paxgate.benchmarks.guard;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs the guard's pairs through JMH: one run per pair (its two benchmarks, its mode, its
 * parameters), each writing JMH's JSON result file, which is then read back like any other
 * result file. The JVM flags come from {@code PaxgateBenchmark}'s {@code @Fork}; nothing here
 * sets JVM arguments (that would replace them).
 */
public final class GuardRun {
    private GuardRun() {
    }

    /**
     * Runs every pair and checks it; a pair under its floor is run again, up to {@code attempts}
     * runs in all, and passes if any run keeps the floor. Another engineer's build on the shared
     * box can sink one run's ratio; a real regression sinks every run. A pair missing from the
     * results is not retried (it is a broken benchmark, not noise).
     */
    public static List<Verdict> runAndCheck(List<GuardPair> pairs, RunSettings settings, Path resultDir, int attempts,
                                            PrintStream log) throws IOException, RunnerException {
        List<Verdict> verdicts = new ArrayList<>(GuardCheck.check(pairs, run(pairs, settings, resultDir, "")));
        for (int attempt = 2; attempt <= attempts; attempt++) {
            for (int i = 0; i < verdicts.size(); i++) {
                Verdict v = verdicts.get(i);
                if (v.status() == Verdict.Status.FAIL) {
                    log.printf(Locale.ROOT, "bench guard: %s at %s, under its floor %s; running it again (run %d of %d)%n",
                            v.pair().name(), GuardCheck.times(v.ratio()), GuardCheck.times(v.pair().floor()), attempt, attempts);
                    List<Score> again = run(List.of(v.pair()), settings, resultDir, "-run" + attempt);
                    verdicts.set(i, GuardCheck.check(v.pair(), again));
                }
            }
        }
        return verdicts;
    }

    /** Runs every pair once; result files go to {@code resultDir} as {@code guard-NAME[SUFFIX].json}. */
    public static List<Score> run(List<GuardPair> pairs, RunSettings settings, Path resultDir, String suffix)
            throws IOException, RunnerException {
        Files.createDirectories(resultDir);
        List<Score> scores = new ArrayList<>();
        for (GuardPair p : pairs) {
            Path result = resultDir.resolve("guard-" + p.name().replaceAll("[^A-Za-z0-9._-]", "_") + suffix + ".json");
            ChainedOptionsBuilder b = new OptionsBuilder()
                    .include(exactly(p.ours()))
                    .include(exactly(p.peer()))
                    .mode(Mode.deepValueOf(p.mode()))
                    .shouldFailOnError(true)
                    .resultFormat(ResultFormatType.JSON)
                    .result(result.toString());
            p.params().forEach(b::param);
            new Runner(settings.applyTo(b).build()).run();
            scores.addAll(JmhResults.read(result));
        }
        return scores;
    }

    /** A JMH include pattern (regex find) that selects this benchmark and no other. */
    static String exactly(String benchmark) {
        return "^" + Pattern.quote(benchmark) + "$";
    }
}
