package io.paxgate.engine.config;

import io.paxgate.rules.config.ConfigException;
import io.paxgate.rules.risk.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaxgateConfigTest {
    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        Path f = dir.resolve("paxgate.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void emptyFileGivesDefaults() throws IOException {
        PaxgateConfig c = PaxgateConfig.load(write(""));
        assertEquals(0.5, c.risk().referAt());
        assertEquals(64 * 1024 * 1024, c.parserLimits().maxInputBytes());
        assertEquals(dir.resolve("rules").toAbsolutePath(), c.rulesDirectory());
    }

    @Test
    void valuesAreRead() throws IOException {
        PaxgateConfig c = PaxgateConfig.load(write("""
                parser:
                  max_input_bytes: 1048576
                risk:
                  refer_at: 0.4
                  do_not_board_at: 0.95
                  document_hit_decision: do_not_board
                names:
                  threshold: 0.9
                """));
        assertEquals(1048576, c.parserLimits().maxInputBytes());
        assertEquals(0.4, c.risk().referAt());
        assertEquals(Decision.DO_NOT_BOARD, c.risk().documentHitDecision());
        assertEquals(0.9, c.nameThreshold());
    }

    @Test
    void aBadValueNamesTheFileAndTheKey() throws IOException {
        Path f = write("risk:\n  refer_at: high\n");
        ConfigException e = assertThrows(ConfigException.class, () -> PaxgateConfig.load(f));
        assertTrue(e.getMessage().startsWith(f + ": risk.refer_at: expected a number"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsAnErrorNotASilentDefault() throws IOException {
        Path f = write("risk:\n  refer_a: 0.3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> PaxgateConfig.load(f));
        assertTrue(e.getMessage().contains("risk.refer_a: unknown key"), e.getMessage());
    }

    @Test
    void thresholdsOutOfOrderAreRefused() throws IOException {
        Path f = write("risk:\n  refer_at: 0.9\n  do_not_board_at: 0.5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> PaxgateConfig.load(f));
        assertTrue(e.getMessage().contains("risk.do_not_board_at"), e.getMessage());
    }

    @Test
    void brokenYamlGivesFileLineAndColumn() throws IOException {
        Path f = write("risk:\n  refer_at: [0.3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> PaxgateConfig.load(f));
        assertTrue(e.getMessage().matches("(?s).*paxgate\\.yaml:\\d+:\\d+: not valid YAML.*"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("absent.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> PaxgateConfig.load(f));
        assertTrue(e.getMessage().contains("absent.yaml: no such config file"));
    }

    @Test
    void theShippedConfigLoadsWithItsListsAndDocuments() {
        PaxgateConfig c = PaxgateConfig.load(Path.of("..", "config", "paxgate.yaml"));
        assertEquals(3, c.watchlists().lists().size());
        assertEquals("un-sc", c.watchlists().lists().get(0).name());
        assertTrue(Files.exists(c.watchlists().lists().get(0).path()));
        assertEquals(1, c.watchlists().documents().size());
    }

    @Test
    void aListWithABadSeverityNamesItsIndex() throws IOException {
        Path f = write("lists:\n  - name: a\n    format: paxgate-csv\n    path: a.csv\n    category: national\n    severity: 9\n");
        ConfigException e = assertThrows(ConfigException.class, () -> PaxgateConfig.load(f));
        assertTrue(e.getMessage().contains("lists[0].severity"), e.getMessage());
    }
}
