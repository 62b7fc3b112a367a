package io.paxgate.benchmarks.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guard's command line over result files: exit status and table. */
class BenchGuardTest {
    private static final String FLOORS = "{\"pairs\": [{\"name\": \"parse\", \"ours\": \"x.P.ours\", \"peer\": \"x.P.peer\","
            + " \"mode\": \"thrpt\", \"floor\": 7, \"measured\": 14, \"date\": \"2026-11-24\", \"machine\": \"test\"}]}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int guard(String... args) {
        return BenchGuard.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path results(double ours, double peer) throws IOException {
        Path f = dir.resolve("r" + ours + ".json");
        Files.writeString(f, "[" + entry("x.P.ours", ours) + "," + entry("x.P.peer", peer) + "]");
        return f;
    }

    private static String entry(String name, double score) {
        return "{\"benchmark\": \"" + name + "\", \"mode\": \"thrpt\", \"primaryMetric\": {\"score\": " + score
                + ", \"scoreError\": \"NaN\", \"scoreUnit\": \"ops/s\"}}";
    }

    @Test
    void exitsZeroWhenEveryPairKeepsItsFloor() throws IOException {
        Files.writeString(dir.resolve("floors.json"), FLOORS);
        assertEquals(0, guard("--floors", dir.resolve("floors.json").toString(), "--results", results(3000, 200).toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("15.00x"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsOneWhenARatioIsUnderItsFloor() throws IOException {
        Files.writeString(dir.resolve("floors.json"), FLOORS);
        assertEquals(1, guard("--floors", dir.resolve("floors.json").toString(), "--results", results(1000, 200).toString()));
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.contains("5.00x") && o.contains("FAIL"), o);
    }

    @Test
    void aBrokenResultFileIsAUsageErrorWithItsName() throws IOException {
        Files.writeString(dir.resolve("floors.json"), FLOORS);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"not\": \"a list\"}");
        assertEquals(2, guard("--floors", dir.resolve("floors.json").toString(), "--results", bad.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.json"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFloorsFileIsAUsageError() {
        assertEquals(2, guard("--floors", dir.resolve("none.json").toString(), "--results", "x.json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("bench guard: "), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownArgumentIsAUsageError() {
        assertEquals(2, guard("--fast"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage"), err.toString(StandardCharsets.UTF_8));
    }
}
