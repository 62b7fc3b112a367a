package io.paxgate.rules.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A section of the YAML config with typed reads that fail with the file and the full key
 * ({@code config/paxgate.yaml: risk.refer_at: expected a number from 0 to 1, got "high"}).
 * Unknown keys are errors too, so a typo never silently falls back to a default.
 */
public final class ConfigNode {
    private final Path file;
    private final String path;
    private final JsonNode node;

    /** Reads a YAML file: the one place config YAML is parsed. Syntax errors give file, line and column. */
    public static ConfigNode load(Path file) {
        JsonNode tree;
        try {
            tree = new YAMLMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such config file");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ConfigException(file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (tree != null && (tree.isMissingNode() || tree.isNull())) {
            tree = null;
        }
        if (tree != null && !tree.isObject()) {
            throw new ConfigException(file + ": expected sections of keys at the top level");
        }
        return new ConfigNode(file, "", tree);
    }

    ConfigNode(Path file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    public Path file() {
        return file;
    }

    public String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public boolean has(String name) {
        return node != null && node.hasNonNull(name);
    }

    public ConfigException error(String name, String what) {
        return new ConfigException(file + ": " + key(name) + ": " + what);
    }

    /** The sub-section, empty when absent. */
    public ConfigNode section(String name) {
        JsonNode n = node == null ? null : node.get(name);
        if (n != null && !n.isNull() && !n.isObject()) {
            throw error(name, "expected a section of keys, got " + describe(n));
        }
        return new ConfigNode(file, key(name), n == null || n.isNull() ? null : n);
    }

    /** Entries of a list of sections. */
    public List<ConfigNode> sections(String name) {
        JsonNode n = node == null ? null : node.get(name);
        List<ConfigNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw error(name, "expected a list, got " + describe(n));
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String k = key(name) + "[" + i + "]";
            if (!e.isObject()) {
                throw new ConfigException(file + ": " + k + ": expected a section of keys, got " + describe(e));
            }
            out.add(new ConfigNode(file, k, e));
        }
        return out;
    }

    public String string(String name, String dflt) {
        JsonNode n = node == null ? null : node.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isValueNode()) {
            throw error(name, "expected a text value, got " + describe(n));
        }
        return n.asText();
    }

    /** A list of text values ({@code [GYD, KVD]}); empty when absent. */
    public List<String> strings(String name) {
        JsonNode n = node == null ? null : node.get(name);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw error(name, "expected a list of values, got " + describe(n));
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isValueNode() || e.isNull()) {
                throw new ConfigException(file + ": " + key(name) + "[" + i + "]: expected a value, got " + describe(e));
            }
            out.add(e.asText());
        }
        return out;
    }

    public String requiredString(String name) {
        String v = string(name, null);
        if (v == null || v.isBlank()) {
            throw error(name, "is required");
        }
        return v;
    }

    public double number(String name, double dflt, double min, double max) {
        JsonNode n = node == null ? null : node.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isNumber()) {
            throw error(name, "expected a number from " + min + " to " + max + ", got " + describe(n));
        }
        double v = n.asDouble();
        if (v < min || v > max) {
            throw error(name, "expected a number from " + min + " to " + max + ", got " + v);
        }
        return v;
    }

    public int integer(String name, int dflt, int min, int max) {
        JsonNode n = node == null ? null : node.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw error(name, "expected a whole number from " + min + " to " + max + ", got " + describe(n));
        }
        int v = n.asInt();
        if (v < min || v > max) {
            throw error(name, "expected a whole number from " + min + " to " + max + ", got " + v);
        }
        return v;
    }

    public long longInteger(String name, long dflt, long min, long max) {
        JsonNode n = node == null ? null : node.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw error(name, "expected a whole number from " + min + " to " + max + ", got " + describe(n));
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw error(name, "expected a whole number from " + min + " to " + max + ", got " + v);
        }
        return v;
    }

    public boolean bool(String name, boolean dflt) {
        JsonNode n = node == null ? null : node.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw error(name, "expected true or false, got " + describe(n));
        }
        return n.asBoolean();
    }

    /** One of {@code allowed} (case-insensitive), returned in lower case. */
    public String choice(String name, String dflt, String... allowed) {
        String v = string(name, dflt);
        if (v == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw error(name, "expected one of " + String.join(", ", allowed) + ", got \"" + v + "\"");
    }

    /** A path, relative paths resolved against the config file's folder. */
    public Path path(String name, String dflt) {
        String v = string(name, dflt);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v);
        Path base = file.toAbsolutePath().getParent();
        return p.isAbsolute() || base == null ? p : base.resolve(p).normalize();
    }

    /** Fails on any key not in {@code known}, naming the ones that are. */
    public void allowOnly(String... known) {
        if (node == null) {
            return;
        }
        Set<String> ok = Set.of(known);
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!ok.contains(k)) {
                throw error(k, "unknown key; known keys here are " + String.join(", ", new TreeSet<>(ok)));
            }
        }
    }

    private static String describe(JsonNode n) {
        if (n.isObject()) {
            return "a section";
        }
        if (n.isArray()) {
            return "a list";
        }
        return "\"" + n.asText() + "\"";
    }
}
