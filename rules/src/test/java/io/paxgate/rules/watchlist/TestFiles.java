package io.paxgate.rules.watchlist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's config/ directory and helpers to put files in a test's temp directory. */
public final class TestFiles {
    private TestFiles() {
    }

    /** {@code config/} of the repository (tests run in the module directory). */
    public static Path configDir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("config/paxgate.yaml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("config/paxgate.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("config");
    }

    /** Copies {@code config/<relative>} into {@code dir} and returns the copy. */
    public static Path copyFromConfig(String relative, Path dir) {
        try {
            Path target = dir.resolve(Path.of(relative).getFileName());
            Files.copy(configDir().resolve(relative), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
