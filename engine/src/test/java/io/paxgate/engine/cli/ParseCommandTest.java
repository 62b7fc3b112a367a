package io.paxgate.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseCommandTest {
    static final Path SAMPLES = Path.of("..", "config", "samples");

    @TempDir
    Path dir;

    record Run(int exit, List<JsonNode> lines, String err) {
    }

    static Run run(String... args) throws IOException {
        CliRun r = CliRun.of(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                lines.add(Json.MAPPER.readTree(line));
            }
        }
        return new Run(r.exit(), lines, r.err());
    }

    @Test
    void samplePaxlstPrintsOneJsonLineWithFlightTravellersAndDocuments() throws IOException {
        Run r = run("parse", SAMPLES.resolve("paxlst_d12b_2pax.edi").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.lines().size());
        JsonNode m = r.lines().get(0);
        assertEquals("PAXLST", m.get("type").asText());
        assertEquals("LH", m.at("/flight/carrier").asText());
        assertEquals("400", m.at("/flight/number").asText());
        assertEquals("FRA", m.at("/flight/departure_airport").asText());
        assertEquals("JFK", m.at("/flight/arrival_airport").asText());
        assertEquals("2026-03-14T14:15:00", m.at("/flight/departure_time").asText());
        assertEquals("MUELLER", m.at("/travellers/0/surname").asText());
        assertEquals("ANNA MARIA", m.at("/travellers/0/given_names").asText());
        assertEquals("1985-06-17", m.at("/travellers/0/birth_date").asText());
        assertEquals("passenger", m.at("/travellers/0/role").asText());
        assertEquals("C01X00T47", m.at("/travellers/0/documents/0/number").asText());
        assertEquals("2031-05-30", m.at("/travellers/0/documents/0/expiry_date").asText());
        assertEquals("USA", m.at("/travellers/1/documents/1/issuing_country").asText());
        assertTrue(m.get("problems").isArray());
    }

    @Test
    void binaryJunkExitsOneWithAProblemAndNoStackTrace() throws IOException {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] {0, 1, 2, (byte) 0xFF, 'x', 'y', 3, 4});
        Run r = run("parse", junk.toString());
        assertEquals(1, r.exit());
        JsonNode input = r.lines().get(r.lines().size() - 1);
        assertEquals("INPUT", input.get("type").asText());
        boolean missingUnb = false;
        for (JsonNode p : input.get("problems")) {
            missingUnb |= p.get("code").asText().equals("MISSING_UNB") && p.get("severity").asText().equals("error");
        }
        assertTrue(missingUnb, input.toString());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void missingFileIsAUsageError() throws IOException {
        Run r = run("parse", dir.resolve("absent.edi").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void noFileIsAUsageError() throws IOException {
        assertEquals(2, run("parse").exit());
    }

    @Test
    void partsOfAMultiPartMessageInSeparateFilesAreJoined() throws IOException {
        String sample = Files.readString(SAMPLES.resolve("paxlst_d12b_2pax.edi"), StandardCharsets.ISO_8859_1);
        Path second = dir.resolve("part2.edi");
        Path first = dir.resolve("part1.edi");
        Files.writeString(second, sample.replace("+01:F'", "+02:F'"), StandardCharsets.ISO_8859_1);
        Files.writeString(first, sample.replace("+01:F'", "+01:C'").replace("MUELLER", "FIRSTPART"),
                StandardCharsets.ISO_8859_1);
        Run r = run("parse", second.toString(), first.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.lines().size());
        JsonNode m = r.lines().get(0);
        assertEquals(4, m.get("travellers").size());
        assertEquals("FIRSTPART", m.at("/travellers/0/surname").asText());
        assertEquals("[1,2]", m.at("/source/parts").toString());
    }
}
