package io.paxgate.benchmarks.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ratio and floor logic on synthetic JMH result files: no JMH run. */
class GuardCheckTest {
    private static final String P = "io.paxgate.benchmarks.ParseBenchmark.";
    private static final String R = "io.paxgate.benchmarks.RulesBenchmark.";
    private static final String N = "io.paxgate.benchmarks.NameScreenBenchmark.";

    @TempDir
    Path dir;

    private static String result(String benchmark, String mode, String params, String score, String unit) {
        return result(benchmark, mode, params, score, unit, "[[" + score + "]]");
    }

    /** An entry as JMH 1.37 writes it (rawData: the iteration scores of each fork). */
    private static String result(String benchmark, String mode, String params, String score, String unit, String rawData) {
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"" + benchmark + "\", \"mode\": \"" + mode + "\", \"forks\": 1,"
                + (params == null ? "" : " \"params\": " + params + ",")
                + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 1.5, \"scoreUnit\": \"" + unit + "\","
                + " \"rawData\": " + rawData + "}, \"secondaryMetrics\": {}}";
    }

    private Path file(String... results) throws IOException {
        Path f = Files.createTempFile(dir, "jmh", ".json");
        Files.writeString(f, "[" + String.join(",\n", results) + "]");
        return f;
    }

    private static GuardPair pair(String name, String ours, String peer, String mode, double floor) {
        return new GuardPair(name, ours, peer, mode, Map.of(), floor, 2 * floor, "2026-11-24", "test");
    }

    @Test
    void throughputRatioIsOursOverPeer() throws IOException {
        List<Score> s = JmhResults.read(file(result(P + "paxlstPaxgate", "thrpt", null, "3000.0", "ops/s"),
                result(P + "paxlstStaedi", "thrpt", null, "200.0", "ops/s")));
        Verdict v = GuardCheck.check(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 7), s);
        assertEquals(15.0, v.ratio(), 1e-9);
        assertEquals(Verdict.Status.OK, v.status());
    }

    @Test
    void averageTimeRatioIsPeerTimeOverOurs() throws IOException {
        List<Score> s = JmhResults.read(file(result(R + "compiled", "avgt", null, "1.25", "us/op"),
                result(R + "interpreter", "avgt", null, "625.0", "us/op")));
        Verdict v = GuardCheck.check(pair("rules", R + "compiled", R + "interpreter", "avgt", 250), s);
        assertEquals(500.0, v.ratio(), 1e-9);
        assertTrue(v.passed());
    }

    @Test
    void unitsAreConvertedBeforeTheRatio() throws IOException {
        // 2 ms/op against 0.5 s/op is 250x; 3 ops/ms against 300 ops/s is 10x.
        List<Score> s = JmhResults.read(file(result(R + "compiled", "avgt", null, "2.0", "ms/op"),
                result(R + "interpreter", "avgt", null, "0.5", "s/op"),
                result(P + "paxlstPaxgate", "thrpt", null, "3.0", "ops/ms"),
                result(P + "paxlstStaedi", "thrpt", null, "300.0", "ops/s")));
        assertEquals(250.0, GuardCheck.check(pair("rules", R + "compiled", R + "interpreter", "avgt", 1), s).ratio(), 1e-9);
        assertEquals(10.0, GuardCheck.check(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 1), s).ratio(), 1e-9);
    }

    @Test
    void ratioUnderTheFloorFails() throws IOException {
        List<Score> s = JmhResults.read(file(result(P + "paxlstPaxgate", "thrpt", null, "1300.0", "ops/s"),
                result(P + "paxlstStaedi", "thrpt", null, "200.0", "ops/s")));
        List<Verdict> v = GuardCheck.check(List.of(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 7)), s);
        assertEquals(Verdict.Status.FAIL, v.get(0).status());
        assertFalse(GuardCheck.passed(v));
        assertTrue(GuardCheck.table(v).contains("6.50x"), GuardCheck.table(v));
    }

    @Test
    void ratioExactlyAtTheFloorPasses() throws IOException {
        List<Score> s = JmhResults.read(file(result(P + "paxlstPaxgate", "thrpt", null, "1400.0", "ops/s"),
                result(P + "paxlstStaedi", "thrpt", null, "200.0", "ops/s")));
        assertTrue(GuardCheck.check(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 7), s).passed());
    }

    @Test
    void aPairMissingFromTheResultsFails() throws IOException {
        List<Score> s = JmhResults.read(file(result(P + "paxlstPaxgate", "thrpt", null, "3000.0", "ops/s")));
        List<Verdict> v = GuardCheck.check(List.of(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 7),
                pair("rules", R + "compiled", R + "interpreter", "avgt", 250)), s);
        assertEquals(Verdict.Status.MISSING, v.get(0).status());
        assertEquals(Verdict.Status.MISSING, v.get(1).status());
        assertFalse(GuardCheck.passed(v));
        String table = GuardCheck.table(v);
        assertTrue(table.contains("FAIL (missing peer)") && table.contains("FAIL (missing both)"), table);
    }

    @Test
    void aResultInAnotherModeDoesNotCount() throws IOException {
        // indexed runs in SampleTime and AverageTime; the pair is avgt and bruteForce has only avgt.
        List<Score> s = JmhResults.read(file(result(N + "indexed", "sample", null, "30.0", "us/op"),
                result(N + "bruteForce", "avgt", null, "170000.0", "us/op")));
        assertEquals(Verdict.Status.MISSING, GuardCheck.check(pair("names", N + "indexed", N + "bruteForce", "avgt", 1), s).status());
    }

    @Test
    void pairParamsSelectTheResultsRunWithThem() throws IOException {
        List<Score> s = JmhResults.read(file(result(N + "indexed", "avgt", "{\"entries\": \"1000000\"}", "190.0", "us/op"),
                result(N + "bruteForce", "avgt", "{\"entries\": \"1000000\"}", "1900000.0", "us/op"),
                result(N + "indexed", "avgt", "{\"entries\": \"100000\"}", "40.0", "us/op"),
                result(N + "bruteForce", "avgt", "{\"entries\": \"100000\"}", "180000.0", "us/op")));
        GuardPair p = new GuardPair("names", N + "indexed", N + "bruteForce", "avgt", Map.of("entries", "100000"), 2000, 4500,
                "2026-11-24", "test");
        assertEquals(4500.0, GuardCheck.check(p, s).ratio(), 1e-9);
        assertEquals(10000.0, GuardCheck.check(p.withoutParams(), s).ratio(), 1e-9);
    }

    @Test
    void oneSlowIterationMovesTheMedianNotTheVerdict() throws IOException {
        // mean 2,275 ops/s (11.4x, under the floor); median 3,000 ops/s (15x)
        List<Score> s = JmhResults.read(file(
                result(P + "paxlstPaxgate", "thrpt", null, "2275.0", "ops/s", "[[3000.0, 3000.0, 100.0, 3000.0]]"),
                result(P + "paxlstStaedi", "thrpt", null, "200.0", "ops/s", "[[190.0, 210.0, 200.0, 200.0]]")));
        Verdict v = GuardCheck.check(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 14), s);
        assertEquals(15.0, v.ratio(), 1e-9);
        assertTrue(v.passed());
    }

    @Test
    void withoutIterationDataTheScoreIsUsed() throws IOException {
        List<Score> s = JmhResults.read(file(result(P + "paxlstPaxgate", "thrpt", null, "3000.0", "ops/s", "[]"),
                result(P + "paxlstStaedi", "thrpt", null, "200.0", "ops/s", "[]")));
        assertEquals(15.0, GuardCheck.check(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 7), s).ratio(), 1e-9);
    }

    @Test
    void aZeroScoreFailsRatherThanPassing() throws IOException {
        List<Score> s = JmhResults.read(file(result(P + "paxlstPaxgate", "thrpt", null, "0.0", "ops/s"),
                result(P + "paxlstStaedi", "thrpt", null, "0.0", "ops/s")));
        assertEquals(Verdict.Status.FAIL, GuardCheck.check(pair("parse", P + "paxlstPaxgate", P + "paxlstStaedi", "thrpt", 7), s).status());
    }
}
