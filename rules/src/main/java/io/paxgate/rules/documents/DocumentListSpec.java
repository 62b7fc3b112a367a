package io.paxgate.rules.documents;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document list as declared under {@code documents: lists:} in {@code config/paxgate.yaml}.
 *
 * @param name            unique list name, e.g. "sltd"
 * @param path            the CSV file
 * @param expectedEntries capacity the map file is sized for; loading more is an error
 */
public record DocumentListSpec(String name, Path path, long expectedEntries) {
    public DocumentListSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (name.isBlank() || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("document list name '" + name
                    + "' must be letters, digits, '-', '_' or '.' (it names the map file)");
        }
        if (expectedEntries < 1) {
            throw new IllegalArgumentException("document list " + name + ": expected_entries must be at least 1");
        }
    }
}
