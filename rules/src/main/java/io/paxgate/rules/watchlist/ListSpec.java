package io.paxgate.rules.watchlist;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A person list as declared under {@code lists:} in {@code config/paxgate.yaml}.
 *
 * @param name     unique list name, e.g. "un-sc"; every entry carries it
 * @param format   file format, picks the loader
 * @param path     the list file
 * @param category what the list is for ("sanctions", "wanted", "national", ...)
 * @param severity default severity 1..5 for entries whose file gives none
 */
public record ListSpec(String name, Format format, Path path, String category, int severity) {

    public ListSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(category, "category");
        if (name.isBlank()) {
            throw new IllegalArgumentException("list name is blank");
        }
        if (severity < 1 || severity > 5) {
            throw new IllegalArgumentException("list " + name + ": severity " + severity + " is not in 1..5");
        }
    }

    public enum Format {
        UN_XML("un-xml"), OPENSANCTIONS_CSV("opensanctions-csv"), PAXGATE_CSV("paxgate-csv");

        private final String configName;

        Format(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }

        /** The format for its config spelling, or IllegalArgumentException listing the valid ones. */
        public static Format fromConfig(String s) {
            for (Format f : values()) {
                if (f.configName.equals(s)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown list format '" + s + "'; use one of "
                    + Arrays.stream(values()).map(Format::configName).toList());
        }
    }

    /** The loader for this list's format. */
    public WatchlistLoader loader() {
        return switch (format) {
            case UN_XML -> new UnConsolidatedListLoader();
            case OPENSANCTIONS_CSV -> new OpenSanctionsCsvLoader();
            case PAXGATE_CSV -> new PaxgateCsvLoader();
        };
    }
}
