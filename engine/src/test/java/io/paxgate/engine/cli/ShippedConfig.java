package io.paxgate.engine.cli;

import io.paxgate.engine.Engine;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

/** A copy of the shipped config/ folder, so document map files land in a test's temp folder. */
public final class ShippedConfig {
    private ShippedConfig() {
    }

    /** Copies config/ into {@code dir}/config and returns its paxgate.yaml. */
    public static Path copyTo(Path dir) throws IOException {
        Path src = Path.of("..", "config");
        Path dst = dir.resolve("config");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return dst.resolve("paxgate.yaml");
    }

    /** The engine on the shipped config copied into {@code dir}, on free ports, its data under {@code dir}. */
    public static Engine startEngine(Path dir) throws Exception {
        copyTo(dir);
        return startEngineAgain(dir);
    }

    /** The engine again on what {@link #startEngine} left in {@code dir}: its config, journal and alerts. */
    public static Engine startEngineAgain(Path dir) throws Exception {
        Path cfg = dir.resolve("config").resolve("paxgate.yaml");
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(dir.resolve("journal"), dir.resolve("alerts"))
                .withSecurity(false); // the console and rule API tests are about their pages and routes; AccessMatrixTest covers access
        return Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC());
    }
}
