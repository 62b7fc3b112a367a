package io.paxgate.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktestCommandTest {
    @TempDir
    Path dir;

    Path config() throws IOException {
        return ShippedConfig.copyTo(dir);
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The sample PAXLST with its first passenger renamed to a spelling variant of a listed person. */
    Path plantedManifest() throws IOException {
        String sample = Files.readString(Path.of("..", "config", "samples", "paxlst_d12b_2pax.edi"), StandardCharsets.ISO_8859_1);
        String planted = sample.replace("NAD+FL+++MUELLER:ANNA:MARIA", "NAD+FL+++QASIMOV:KHAYAL")
                .replace("DTM+329:850617", "DTM+329:821102");
        Path in = dir.resolve("traffic");
        Files.createDirectories(in);
        Files.writeString(in.resolve("planted.edi"), planted, StandardCharsets.ISO_8859_1);
        return in;
    }

    @Test
    void aListedPersonUnderAnotherSpellingIsReportedPerListWithTheNameMasked() throws IOException {
        Path cfg = config();
        Path traffic = plantedManifest();
        CliRun r = run("backtest", "--config", cfg.toString(), traffic.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("screened 2 travellers"), r.out());
        String nationalRow = r.out().lines().filter(l -> l.startsWith("national ")).findFirst().orElseThrow();
        assertTrue(nationalRow.matches("national\\s+list\\s+[1-9]\\d*\\s+1"), nationalRow);
        assertTrue(r.out().contains("entry NAT-0004"), r.out());
        assertTrue(r.out().contains("Q*** K. (1982)"), r.out());
        assertFalse(r.out().contains("QASIMOV KHAYAL") || r.out().contains("KHAYAL QASIMOV"),
                "the traveller's full name reached the terminal: " + r.out());
    }

    @Test
    void rulesWithoutHitsAreListedWithZero() throws IOException {
        CliRun r = run("backtest", "--config", config().toString(), plantedManifest().toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("PNR-001\\s+rule\\s+0\\s+0")), r.out());
    }

    @Test
    void outWritesEveryScreeningWithHitsAsJsonLines() throws IOException {
        Path out = dir.resolve("hits.jsonl");
        CliRun r = run("backtest", "--config", config().toString(), "--out", out.toString(), plantedManifest().toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"source\":\"national\"") && l.contains("NAT-0004")), lines.toString());
    }

    @Test
    void aMissingInputIsAUsageError() throws IOException {
        CliRun r = run("backtest", "--config", config().toString(), dir.resolve("nothing-here").toString());
        assertEquals(2, r.exit());
    }

    @Test
    void aBrokenRuleFileStopsWithFileAndLine() throws IOException {
        Path cfg = config();
        Files.writeString(cfg.getParent().resolve("rules").resolve("broken.yaml"),
                "- id: BROKEN-1\n  description: broken\n  expression: \"traveller.nationality == \"\n  severity: 3\n");
        CliRun r = run("backtest", "--config", cfg.toString(), plantedManifest().toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("broken.yaml"), r.err());
        assertTrue(r.err().contains("BROKEN-1"), r.err());
    }
}
