package io.paxgate.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoDecodesTheBundledSamplesAndScreensThePlantedTravellers() throws IOException {
        CliRun r = CliRun.of("demo", "--config", ShippedConfig.copyTo(dir).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("not yet available"), r.out());
        assertTrue(r.out().contains("screened Q. K.: do_not_board"), r.out());
        assertTrue(r.out().contains("national entry NAT-0004"), r.out());
        assertTrue(r.out().contains("screened H. N.: do_not_board"), r.out());
        assertTrue(r.out().contains("listed as stolen"), r.out());
        assertTrue(r.out().contains("screened Y. M.: clear"), r.out());
    }

    @Test
    void demoNeverPrintsATravellersFullName() throws IOException {
        CliRun r = CliRun.of("demo", "--config", ShippedConfig.copyTo(dir).toString());
        assertFalse(r.out().contains("MUELLER") || r.out().contains("HASANOVA"), r.out());
    }

    @Test
    void withoutAConfigTheDemoStillDecodes() {
        CliRun r = CliRun.of("demo", "--config", dir.resolve("absent.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("decoding only"), r.out());
        assertTrue(r.out().contains("PAXLST passenger_list LH400"), r.out());
    }
}
