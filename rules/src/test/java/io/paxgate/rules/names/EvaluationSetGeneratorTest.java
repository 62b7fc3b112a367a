package io.paxgate.rules.names;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationSetGeneratorTest {
    static final Path DIR = Path.of("src", "test", "resources", "names");

    /** Regenerate with {@code -Dnames.regenerate=true}. */
    @Test
    void committedEvaluationSetIsWhatTheGeneratorWrites() throws IOException {
        String generated = EvaluationSetGenerator.generate(DIR.resolve("hard_cases.csv"));
        Path file = DIR.resolve("evaluation.csv");
        if (Boolean.getBoolean("names.regenerate")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8));
    }
}
