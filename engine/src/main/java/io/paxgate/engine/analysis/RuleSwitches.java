package io.paxgate.engine.analysis;

import com.fasterxml.jackson.core.type.TypeReference;
import io.paxgate.engine.json.Json;
import io.paxgate.rules.targeting.RuleLoadException;
import io.paxgate.rules.targeting.RuleRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules switched on or off at run time, kept in one small JSON file under the data directory
 * ({@code {"PNR-003": false}}) that overrides the {@code enabled} of the rule files and is applied
 * on every reload, so a switch survives restarts and file edits. Each switch is recorded through
 * a {@link RuleChangeLog}.
 */
public final class RuleSwitches {
    private static final TypeReference<Map<String, Boolean>> MAP = new TypeReference<>() {
    };

    private final Path file;
    private final RuleRegistry rules;
    private final RuleChangeLog log;

    /** Reads {@code file} (when present) and applies it to {@code rules}. */
    public RuleSwitches(Path file, RuleRegistry rules, RuleChangeLog log) throws IOException, RuleLoadException {
        this.file = file;
        this.rules = rules;
        this.log = log;
        if (Files.isRegularFile(file)) {
            Map<String, Boolean> saved;
            try {
                saved = Json.MAPPER.readValue(file.toFile(), MAP);
            } catch (IOException e) {
                throw new IOException(file + " is not a JSON object of rule id to true/false: " + e.getMessage(), e);
            }
            rules.reload(saved == null ? Map.of() : saved);
        }
    }

    /**
     * Switches {@code id} on or off, saves the file, reloads the rules and records the change.
     * Returns false (nothing changed) when no rule has that id.
     */
    public synchronized boolean set(String id, boolean enabled, String actor, String reason) throws RuleLoadException {
        if (!rules.current().rules().containsKey(id)) {
            return false;
        }
        Map<String, Boolean> next = new TreeMap<>(rules.enabledOverrides());
        next.put(id, enabled);
        save(next);
        rules.reload(next);
        log.ruleChanged(actor, id, (enabled ? "enabled" : "disabled") + (reason == null || reason.isBlank() ? "" : ": " + reason));
        return true;
    }

    private void save(Map<String, Boolean> states) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), states);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
