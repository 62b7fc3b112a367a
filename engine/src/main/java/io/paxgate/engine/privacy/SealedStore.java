package io.paxgate.engine.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What masking took out of the readable stores, kept apart ({@code sealed.jsonl}, owner-only file
 * permissions) until the deletion date: the only way back to it is {@link #get}, behind the unmask
 * API, which the audit log records. One JSON object per masked alert: {@code {"id", "original"}}.
 * Thread-safe; small (only alerts past the depersonalisation period and before deletion).
 */
public final class SealedStore {
    private final Path file;
    private final Map<String, JsonNode> byId = new LinkedHashMap<>();

    public SealedStore(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.file = dir.resolve("sealed.jsonl");
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    try {
                        JsonNode n = Json.MAPPER.readTree(line);
                        byId.put(n.path("id").asText(), n.get("original"));
                    } catch (IOException torn) {
                        break;
                    }
                }
            }
        }
    }

    /** The personal data masked out of {@code id}, if it was masked and not yet deleted. */
    public synchronized Optional<JsonNode> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Keeps {@code original} for {@code id}; written by the next {@link #save}. */
    public synchronized void put(String id, JsonNode original) {
        byId.put(id, original);
    }

    /** Deletes what was kept for {@code id}; written by the next {@link #save}. */
    public synchronized boolean remove(String id) {
        return byId.remove(id) != null;
    }

    public synchronized int size() {
        return byId.size();
    }

    /** Writes the whole store to a new file and moves it over the old one (no half-written store). */
    public synchronized void save() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
                ObjectNode n = Json.MAPPER.createObjectNode();
                n.put("id", e.getKey());
                n.set("original", e.getValue());
                w.write(n.toString());
                w.write('\n');
            }
        }
        try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Ids kept, for tests and reports. */
    public synchronized Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }
}
