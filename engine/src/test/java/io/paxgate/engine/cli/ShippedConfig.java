package io.paxgate.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
