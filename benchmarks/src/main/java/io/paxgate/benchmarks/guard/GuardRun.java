package io.paxgate.benchmarks.guard;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Runs every pair; result files go to {@code resultDir} as {@code guard-NAME.json}. */
    public static List<Score> run(List<GuardPair> pairs, RunSettings settings, Path resultDir)
            throws IOException, RunnerException {
        Files.createDirectories(resultDir);
        List<Score> scores = new ArrayList<>();
        for (GuardPair p : pairs) {
            Path result = resultDir.resolve("guard-" + p.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
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
