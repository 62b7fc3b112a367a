package io.paxgate.benchmarks.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloorsTest {
    @TempDir
    Path dir;

    private Path floors(String pairs) throws IOException {
        Path f = dir.resolve("floors.json");
        Files.writeString(f, "{\"pairs\": [" + pairs + "]}");
        return f;
    }

    @Test
    void theCommittedFloorsNameTheFourGuardedPairs() throws IOException {
        List<GuardPair> pairs = Floors.read(Path.of("floors.json"));
        assertEquals(List.of("parse-paxlst", "parse-pnrgov", "names-100k", "rules"), pairs.stream().map(GuardPair::name).toList());
        for (GuardPair p : pairs) {
            // about half the measured ratio: room for noise, not for a real regression
            assertTrue(p.floor() < p.measured() && p.floor() >= 0.3 * p.measured(), p.toString());
            assertTrue(!p.date().isEmpty() && !p.machine().isEmpty(), p.toString());
        }
        assertEquals(Map.of("entries", "100000"), pairs.get(2).params());
    }

    @Test
    void aPairWithoutAFloorIsRejectedByName() throws IOException {
        Path f = floors("{\"name\": \"rules\", \"ours\": \"a.B.c\", \"peer\": \"a.B.d\", \"mode\": \"avgt\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Floors.read(f));
        assertTrue(e.getMessage().contains("pair 1 (rules)") && e.getMessage().contains("\"floor\""), e.getMessage());
    }

    @Test
    void anUnknownModeIsRejected() throws IOException {
        Path f = floors("{\"name\": \"rules\", \"ours\": \"a.B.c\", \"peer\": \"a.B.d\", \"mode\": \"fast\", \"floor\": 2}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Floors.read(f));
        assertTrue(e.getMessage().contains("mode \"fast\""), e.getMessage());
    }

    @Test
    void modesAreReadByJmhNameOrShortLabel() throws IOException {
        Path f = floors("{\"name\": \"a\", \"ours\": \"a.B.c\", \"peer\": \"a.B.d\", \"mode\": \"AverageTime\", \"floor\": 2},"
                + "{\"name\": \"b\", \"ours\": \"a.B.c\", \"peer\": \"a.B.d\", \"mode\": \"thrpt\", \"floor\": 2}");
        assertEquals(List.of("avgt", "thrpt"), Floors.read(f).stream().map(GuardPair::mode).toList());
    }

    @Test
    void aNameUsedTwiceIsRejected() throws IOException {
        String p = "{\"name\": \"a\", \"ours\": \"a.B.c\", \"peer\": \"a.B.d\", \"mode\": \"thrpt\", \"floor\": 2}";
        assertThrows(IllegalArgumentException.class, () -> Floors.read(floors(p + "," + p)));
    }
}
