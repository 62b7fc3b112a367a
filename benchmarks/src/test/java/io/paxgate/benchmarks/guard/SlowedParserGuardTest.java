package io.paxgate.benchmarks.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard's real JMH path (forked JVMs, JSON result file, floors.json's parse-paxlst floor)
 * against a deliberately slowed parser: the guard must report FAIL for the pair. Short
 * iterations (about 15 s in all, the pair runs twice); the slowdown (20x) leaves the ratio far under the floor even on
 * a loaded box.
 */
class SlowedParserGuardTest {
    private static final String SLOWED = SlowedParseBenchmark.class.getName();
    private static final RunSettings TINY =
            new RunSettings(1, Duration.ofMillis(300), 2, Duration.ofMillis(300), RunSettings.GUARD.verbosity()).quiet();

    @TempDir
    Path dir;

    @Test
    void theGuardFailsTheParsePairWhenTheParserIsSlowed() throws Exception {
        GuardPair committed = Floors.read(Path.of("floors.json")).stream()
                .filter(p -> p.name().equals("parse-paxlst")).findFirst().orElseThrow();
        GuardPair slowed = committed.withBenchmarks(SLOWED + ".paxlstPaxgate", SLOWED + ".paxlstStaedi");

        // Two runs: the retry that forgives one noisy run must not forgive a real regression.
        List<Verdict> verdicts = GuardRun.runAndCheck(List.of(slowed), TINY, dir, 2, System.out);

        Verdict v = verdicts.get(0);
        assertNotNull(v.ours(), "the slowed Paxgate side ran");
        assertNotNull(v.peer(), "the StAEDI side ran");
        assertEquals(Verdict.Status.FAIL, v.status(), GuardCheck.table(verdicts));
        assertTrue(v.ratio() < committed.floor(), GuardCheck.table(verdicts));
        assertFalse(GuardCheck.passed(verdicts));
        System.out.print(GuardCheck.table(verdicts));
    }
}
