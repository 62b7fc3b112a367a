package io.paxgate.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynthCommandTest {
    @TempDir
    Path dir;

    CliRun synth(Path out, String... more) throws IOException {
        Path cfg = Files.isDirectory(dir.resolve("config")) ? dir.resolve("config") : ShippedConfig.copyTo(dir).getParent();
        List<String> args = new java.util.ArrayList<>(List.of("synth", "--flights", "12", "--seed", "5", "--date",
                "2026-11-24", "--iapi", "30", "--faults", "0.3", "--config", cfg.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void theSameSeedDateAndFlightsGiveByteIdenticalDirectories() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, synth(a).exit());
        assertEquals(0, synth(b).exit());
        List<Path> names = files(a);
        assertEquals(names, files(b));
        for (Path p : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(p)), Files.readAllBytes(b.resolve(p)), p.toString());
        }
    }

    @Test
    void theDirectoryHoldsTrafficInSendOrderIapiRequestsAManifestAndAReadme() throws IOException {
        Path out = dir.resolve("day");
        CliRun r = synth(out);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("12 flights") && r.out().contains("faults") && r.out().contains(out.toString()), r.out());
        List<Path> traffic = files(out.resolve("traffic"));
        assertFalse(traffic.isEmpty());
        for (int i = 0; i < traffic.size(); i++) {
            String name = traffic.get(i).toString();
            assertTrue(name.matches(String.format("%06d", i + 1) + "-[A-Z0-9]{2}\\d{3,4}-(paxlst|crew|pnrgov|fault)\\.(edi|xml)"), name);
        }
        assertTrue(traffic.stream().anyMatch(p -> p.toString().contains("-fault.")), traffic.toString());
        List<Path> iapi = files(out.resolve("iapi"));
        assertEquals(30, iapi.size());
        assertTrue(iapi.get(0).toString().matches("000001-[A-Z0-9]{2}\\d{3,4}\\.edi"), iapi.get(0).toString());

        JsonNode m = Json.MAPPER.readTree(out.resolve("planted.json").toFile());
        assertEquals(5, m.get("seed").asLong());
        assertEquals("2026-11-24", m.get("date").asText());
        assertEquals(12, m.get("flights").asInt());
        assertEquals(traffic.size(), m.get("files").asInt());
        assertTrue(m.get("travellers").asInt() > 500);
        assertTrue(m.get("planted").size() >= 8, m.toString());
        for (JsonNode p : m.get("planted")) {
            for (String field : List.of("flight", "file", "surname", "givenNames", "birthDate", "document", "expected", "variant")) {
                assertTrue(p.hasNonNull(field), field + " missing in " + p);
            }
            assertTrue(Files.isRegularFile(out.resolve(p.get("file").asText())), p.toString());
            assertTrue(p.get("file").asText().contains(p.get("flight").asText()), p.toString());
        }
        String readme = Files.readString(out.resolve("README.txt"));
        assertTrue(readme.contains("./paxgate synth --flights 12 --seed 5 --date 2026-11-24"), readme);
    }

    @Test
    void aDirectoryThatAlreadyHoldsTrafficIsRefused() throws IOException {
        Path out = dir.resolve("day");
        assertEquals(0, synth(out).exit());
        CliRun again = synth(out);
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already holds files"), again.err());
        assertFalse(again.err().contains("Exception"), again.err());
    }

    @Test
    void aBadShareIsAUsageError() throws IOException {
        CliRun r = synth(dir.resolve("day"), "--faults", "1.5");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--faults"), r.err());
    }

    @Test
    void backtestScoresRecallAgainstTheManifestWithoutPrintingNames() throws IOException {
        Path out = dir.resolve("day");
        assertEquals(0, synth(out).exit());
        JsonNode m = Json.MAPPER.readTree(out.resolve("planted.json").toFile());
        int planted = m.get("planted").size();
        CliRun r = CliRun.of("backtest", "--config", dir.resolve("config").resolve("paxgate.yaml").toString(),
                "--planted", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("planted hits found: " + planted + " of " + planted + " (recall 1.000)"), r.out());
        assertTrue(r.out().contains("travellers not planted with hits: "), r.out());
        // the recall report names no one (the top hits may quote a list's own alias, which a plant can be spelt as)
        String report = r.out().substring(r.out().indexOf("planted hits found"), r.out().indexOf("top "));
        for (JsonNode p : m.get("planted")) {
            assertFalse(report.contains(p.get("surname").asText()), "a planted surname reached the terminal: " + report);
        }
    }

    @Test
    void backtestListsAMissMaskedWhenTheManifestExpectsWhatIsNotThere() throws IOException {
        Path out = dir.resolve("day");
        assertEquals(0, synth(out).exit());
        Path manifest = out.resolve("planted.json");
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replaceFirst("\"expected\" : \"[^\"]+\"", "\"expected\" : \"rule:NO-SUCH-RULE\""));
        JsonNode first = Json.MAPPER.readTree(manifest.toFile()).get("planted").get(0);
        CliRun r = CliRun.of("backtest", "--config", dir.resolve("config").resolve("paxgate.yaml").toString(),
                "--planted", manifest.toString(), out.resolve("traffic").toString());
        assertEquals(0, r.exit(), r.err());
        String masked = first.get("surname").asText().charAt(0) + "*** " + first.get("givenNames").asText().charAt(0) + ".";
        assertTrue(r.out().lines().anyMatch(l -> l.contains("missed") && l.contains(masked) && l.contains("rule:NO-SUCH-RULE")),
                r.out());
    }

    @Test
    void backtestWithAManifestThatIsNotJsonSaysWhichFile() throws IOException {
        Path bad = dir.resolve("planted.json");
        Files.writeString(bad, "{not json");
        CliRun r = CliRun.of("backtest", "--config", ShippedConfig.copyTo(dir).toString(), "--planted", bad.toString(),
                dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(bad.toString()) && r.err().contains("not JSON"), r.err());
    }
}
