package io.paxgate.engine.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @Test
    void helpListsBench() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("bench"), r.out());
    }

    @Test
    void theEngineJarPointsToTheLauncherWithoutAStackTrace() {
        CliRun r = CliRun.of("bench", "--quick", "ParseBenchmark");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("./paxgate bench") && !r.err().contains("Exception"), r.err());
    }
}
