package io.paxgate.engine.config;

import io.paxgate.rules.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineConfigTest {
    @TempDir
    Path dir;

    @Test
    void theShippedConfigNamesThePostsAndLoopbackPorts() {
        EngineConfig c = EngineConfig.load(Path.of("..", "config", "paxgate.yaml"));
        assertEquals("127.0.0.1", c.httpHost());
        assertEquals(8080, c.httpPort());
        assertEquals(9090, c.tcpPort());
        assertEquals("GYD", c.posts().get(0).id());
        int auto = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        assertEquals(new EngineConfig.IoThreads(auto, auto), c.ioThreads(), "io_threads 0 / absent: half the cores");
        assertTrue(c.posts().stream().anyMatch(p -> p.airports().contains("NAJ")));
        assertEquals("blocking", c.pipeline().waitStrategy());
    }

    @Test
    void aBadValueNamesItsKeyAndTheFile() throws Exception {
        Path f = dir.resolve("paxgate.yaml");
        Files.writeString(f, "alerts:\n  posts:\n    - id: GYD\n      airports: [BAKU]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> EngineConfig.load(f));
        assertTrue(e.getMessage().contains("alerts.posts[0].airports") && e.getMessage().contains(f.toString()), e.getMessage());
        Files.writeString(f, "server:\n  http:\n    io_threads: 3\n");
        assertEquals(3, EngineConfig.load(f).ioThreads().http());
        Files.writeString(f, "pipeline:\n  ring_size: 1000\n");
        e = assertThrows(ConfigException.class, () -> EngineConfig.load(f));
        assertTrue(e.getMessage().contains("pipeline.ring_size"), e.getMessage());
        Files.writeString(f, "journal:\n  sync: always\n");
        e = assertThrows(ConfigException.class, () -> EngineConfig.load(f));
        assertTrue(e.getMessage().contains("journal.sync"), e.getMessage());
        Files.writeString(f, "pipeline:\n  latency_slice_us: 50\n");
        e = assertThrows(ConfigException.class, () -> EngineConfig.load(f));
        assertTrue(e.getMessage().contains("pipeline.latency_slice_us"), e.getMessage());
        Files.writeString(f, "pipeline:\n  latency_slice_us: 0\n");
        assertEquals(0, EngineConfig.load(f).latencySliceNanos());
        Files.writeString(f, "pipeline:\n  ring_size: 1024\n");
        assertEquals(100_000, EngineConfig.load(f).latencySliceNanos(), "absent: 100 us");
    }
}
