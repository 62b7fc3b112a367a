package io.paxgate.rules.config;

import io.paxgate.rules.documents.DocumentListSpec;
import io.paxgate.rules.watchlist.ListSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code lists:} and {@code documents:} sections of {@code config/paxgate.yaml}. Relative
 * paths are resolved against the directory of the YAML file. Every bad value is a
 * {@link ConfigException} naming the file and the key (e.g. {@code lists[1].severity}).
 *
 * @param lists            person lists, in file order
 * @param documentsDataDir where document map files live
 * @param documents        document lists, in file order
 */
public record ListsConfig(List<ListSpec> lists, Path documentsDataDir, List<DocumentListSpec> documents) {

    public ListsConfig {
        lists = List.copyOf(lists);
        documents = List.copyOf(documents);
    }

    /** Reads only these two sections of a config file (tests and tools). */
    public static ListsConfig read(Path yaml) {
        return from(ConfigNode.load(yaml));
    }

    public static ListsConfig from(ConfigNode root) {
        List<ListSpec> lists = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode n : root.sections("lists")) {
            n.allowOnly("name", "format", "path", "category", "severity");
            String name = n.requiredString("name");
            if (!names.add(name)) {
                throw n.error("name", "'" + name + "' is declared twice");
            }
            ListSpec.Format format;
            try {
                format = ListSpec.Format.fromConfig(n.requiredString("format"));
            } catch (IllegalArgumentException e) {
                throw n.error("format", e.getMessage());
            }
            int severity = n.integer("severity", 3, 1, 5);
            n.requiredString("path");
            lists.add(new ListSpec(name, format, n.path("path", null), n.requiredString("category"), severity));
        }
        ConfigNode ds = root.section("documents");
        ds.allowOnly("data_dir", "lists");
        Path dataDir = ds.path("data_dir", "../data/documents");
        List<DocumentListSpec> docs = new ArrayList<>();
        Set<String> docNames = new HashSet<>();
        for (ConfigNode n : ds.sections("lists")) {
            n.allowOnly("name", "path", "expected_entries");
            String name = n.requiredString("name");
            if (!docNames.add(name)) {
                throw n.error("name", "'" + name + "' is declared twice");
            }
            n.requiredString("path");
            long expected = n.longInteger("expected_entries", -1, 1, Long.MAX_VALUE / 64);
            if (expected < 0) {
                throw n.error("expected_entries", "is required (the capacity the map file is sized for)");
            }
            try {
                docs.add(new DocumentListSpec(name, n.path("path", null), expected));
            } catch (IllegalArgumentException e) {
                throw n.error("name", e.getMessage());
            }
        }
        return new ListsConfig(lists, dataDir, docs);
    }
}
