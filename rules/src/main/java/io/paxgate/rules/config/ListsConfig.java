package io.paxgate.rules.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.paxgate.rules.documents.DocumentListSpec;
import io.paxgate.rules.watchlist.ListSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code lists:} and {@code documents:} sections of {@code config/paxgate.yaml}; other
 * top-level keys belong to other parts and are ignored here. Relative paths are resolved against
 * the directory of the YAML file. Every bad value is reported with the file and its key.
 *
 * @param lists            person lists, in file order
 * @param documentsDataDir where document map files live
 * @param documents        document lists, in file order
 */
public record ListsConfig(List<ListSpec> lists, Path documentsDataDir, List<DocumentListSpec> documents) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public ListsConfig {
        lists = List.copyOf(lists);
        documents = List.copyOf(documents);
    }

    /** Thrown for a bad value: the message names the file and the key, e.g. {@code lists[1].severity}. */
    public static final class ListsConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;

        ListsConfigException(Path file, String key, String problem, Throwable cause) {
            super(file + ": " + key + ": " + problem, cause);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static ListsConfig read(Path yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml.toFile());
        } catch (IOException e) {
            throw new ListsConfigException(yaml, "(file)", "cannot read YAML: " + e.getMessage(), e);
        }
        Path base = yaml.toAbsolutePath().getParent();
        List<ListSpec> lists = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode ls = root == null ? null : root.get("lists");
        if (ls != null && !ls.isNull()) {
            if (!ls.isArray()) {
                throw new ListsConfigException(yaml, "lists", "must be a list of lists (each starting with '- name:')", null);
            }
            for (int i = 0; i < ls.size(); i++) {
                JsonNode n = ls.get(i);
                String k = "lists[" + i + "]";
                String name = text(yaml, n, k, "name");
                if (!names.add(name)) {
                    throw new ListsConfigException(yaml, k + ".name", "'" + name + "' is declared twice", null);
                }
                ListSpec.Format format;
                try {
                    format = ListSpec.Format.fromConfig(text(yaml, n, k, "format"));
                } catch (IllegalArgumentException e) {
                    throw new ListsConfigException(yaml, k + ".format", e.getMessage(), e);
                }
                long severity = number(yaml, n, k, "severity");
                if (severity < 1 || severity > 5) {
                    throw new ListsConfigException(yaml, k + ".severity", severity + " is not in 1..5", null);
                }
                lists.add(new ListSpec(name, format, base.resolve(text(yaml, n, k, "path")).normalize(),
                        text(yaml, n, k, "category"), (int) severity));
            }
        }
        Path dataDir = base.resolve("../data/documents").normalize();
        List<DocumentListSpec> docs = new ArrayList<>();
        JsonNode ds = root == null ? null : root.get("documents");
        if (ds != null && !ds.isNull()) {
            if (ds.has("data_dir")) {
                dataDir = base.resolve(text(yaml, ds, "documents", "data_dir")).normalize();
            }
            JsonNode dl = ds.get("lists");
            if (dl != null && !dl.isNull()) {
                if (!dl.isArray()) {
                    throw new ListsConfigException(yaml, "documents.lists", "must be a list (each starting with '- name:')", null);
                }
                Set<String> docNames = new HashSet<>();
                for (int i = 0; i < dl.size(); i++) {
                    JsonNode n = dl.get(i);
                    String k = "documents.lists[" + i + "]";
                    String name = text(yaml, n, k, "name");
                    if (!docNames.add(name)) {
                        throw new ListsConfigException(yaml, k + ".name", "'" + name + "' is declared twice", null);
                    }
                    try {
                        docs.add(new DocumentListSpec(name, base.resolve(text(yaml, n, k, "path")).normalize(),
                                number(yaml, n, k, "expected_entries")));
                    } catch (IllegalArgumentException e) {
                        throw new ListsConfigException(yaml, k, e.getMessage(), e);
                    }
                }
            }
        }
        return new ListsConfig(lists, dataDir, docs);
    }

    private static String text(Path yaml, JsonNode n, String k, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw new ListsConfigException(yaml, k + "." + field, "missing or empty; a value is required", null);
        }
        return v.asText().strip();
    }

    private static long number(Path yaml, JsonNode n, String k, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new ListsConfigException(yaml, k + "." + field, "missing or not a whole number", null);
        }
        return v.asLong();
    }
}
