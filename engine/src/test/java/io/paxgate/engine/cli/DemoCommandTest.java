package io.paxgate.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theDemoRunsTheEngineOnGeneratedTrafficPrintsAlertsAndStopsCleanly() throws IOException {
        CliRun r = CliRun.of("demo", "--config", ShippedConfig.copyTo(dir).toString(), "--duration", "20",
                "--flights", "12");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("Paxgate engine up"), out);
        assertTrue(out.contains("ALERT "), out);
        Matcher planted = Pattern.compile("Planted hits alerted: (\\d+) of (\\d+)").matcher(out);
        assertTrue(planted.find(), out);
        assertTrue(Integer.parseInt(planted.group(2)) > 0, "the generator planted hits");
        assertEquals(planted.group(2), planted.group(1), "every planted hit is alerted: " + out);
        assertTrue(out.contains("Stopped cleanly."), out);
    }

    @Test
    void aMissingConfigIsAClearError() {
        CliRun r = CliRun.of("demo", "--config", dir.resolve("absent.yaml").toString(), "--duration", "1");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no configuration at"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void alertLinesCarryInitialsOnly() {
        assertEquals("Q. K.", DemoCommand.initials("QASIMOV, KHAYAL"));
    }
}
