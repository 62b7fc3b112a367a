package io.paxgate.rules.documents;

import io.paxgate.rules.watchlist.WatchlistLoadException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document lists in force. A reload builds a new Chronicle map file beside the old one,
 * then swaps one volatile reference to an immutable map, then closes (after lookups in flight)
 * and deletes the old file: readers see the old list or the new one, never a partial one. A bad
 * file leaves the previous version in force.
 */
public final class DocumentListRegistry implements AutoCloseable {
    private record Loaded(ChronicleDocumentList list, long version) {
    }

    private final Path dataDir;
    private volatile Map<String, Loaded> current = Map.of();
    /** {@code current}'s lists, in its order, for {@link #lookup} (one array read, no iterator per traveller). */
    private volatile Loaded[] inForce = new Loaded[0];

    /** @param dataDir where map files live ({@code documents.data_dir} in config) */
    public DocumentListRegistry(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Loads {@code spec} into a new map file and puts it in force.
     *
     * @throws WatchlistLoadException when the file is bad or the list is full; the previous version stays
     */
    public synchronized DocumentReloadResult reload(DocumentListSpec spec) {
        long start = System.nanoTime();
        Loaded old = current.get(spec.name());
        long version = old == null ? 1 : old.version + 1;
        Path file = dataDir.resolve(spec.name() + "-v" + version + ".cmap");
        try {
            Files.deleteIfExists(file); // left by an earlier process: this version number is ours now
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove stale document list file " + file, e);
        }
        ChronicleDocumentList fresh = ChronicleDocumentList.create(spec.name(), file, spec.expectedEntries());
        try {
            DocumentListCsvLoader.load(spec.path(), fresh);
        } catch (RuntimeException e) {
            fresh.closeAndDelete();
            throw e;
        }
        long[] added = {0};
        long[] removed = {0};
        if (old == null) {
            added[0] = fresh.size();
        } else {
            fresh.forEachRaw((k, v) -> {
                if (!old.list.containsRaw(k)) {
                    added[0]++;
                }
            });
            old.list.forEachRaw((k, v) -> {
                if (!fresh.containsRaw(k)) {
                    removed[0]++;
                }
            });
        }
        Map<String, Loaded> next = new HashMap<>(current);
        next.put(spec.name(), new Loaded(fresh, version));
        current = Map.copyOf(next);
        inForce = current.values().toArray(new Loaded[0]);
        if (old != null) {
            old.list.closeAndDelete();
        }
        return new DocumentReloadResult(spec.name(), version, fresh.size(), added[0], removed[0],
                Duration.ofNanos(System.nanoTime() - start), file, fresh.fileBytes());
    }

    /** Records for the document on every list in force; empty when none or when the query is malformed. */
    public List<DocumentRecord> lookup(String number, String issuingCountry, String type) {
        DocumentKey key;
        try {
            key = DocumentKey.of(number, issuingCountry, type);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        for (int attempt = 0; ; attempt++) {
            try {
                List<DocumentRecord> out = List.of();
                for (Loaded l : inForce) {
                    List<DocumentRecord> r = l.list.lookup(key);
                    if (!r.isEmpty()) {
                        if (out.isEmpty()) {
                            out = r;
                        } else {
                            out = new ArrayList<>(out);
                            out.addAll(r);
                        }
                    }
                }
                return out;
            } catch (IllegalStateException closedByReload) {
                if (attempt >= 3) {
                    throw closedByReload;
                }
                // a reload swapped the list between reading the snapshot and the lookup: read it again
            }
        }
    }

    /** The list in force under {@code name}, or null. */
    public DocumentList get(String name) {
        Loaded l = current.get(name);
        return l == null ? null : l.list;
    }

    /** The version in force of {@code name}, 0 when none. */
    public long version(String name) {
        Loaded l = current.get(name);
        return l == null ? 0 : l.version;
    }

    @Override
    public synchronized void close() {
        for (Loaded l : current.values()) {
            l.list.close();
        }
        current = Map.of();
        inForce = new Loaded[0];
    }
}
