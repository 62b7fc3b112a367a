package io.paxgate.rules.documents;

import io.paxgate.rules.documents.DocumentRecord.Reason;
import net.openhft.chronicle.map.ChronicleMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A document list in an off-heap, memory-mapped Chronicle Map persisted to one file. Key: the
 * issuing country and normalised number as ASCII bytes; value: the compact records of
 * {@link DocumentValues} (3 bytes for a record without source reference).
 *
 * <p>Sized from the expected entry count when created; adding a key beyond it throws
 * {@link DocumentListFullException} rather than letting Chronicle stretch the file. Built by one
 * thread, then read by many. {@link #close()} waits for lookups in flight, so a reader that
 * still holds the previous version after a reload never touches unmapped memory; a lookup on a
 * closed list throws {@link IllegalStateException} (the registry then retries on the new one).
 */
public final class ChronicleDocumentList implements DocumentList, DocumentSink {
    /** Average key bytes: 3 (country) + 9 (a typical passport number). */
    static final double AVERAGE_KEY_BYTES = 12;
    /** Average value bytes: one record without source reference. */
    static final double AVERAGE_VALUE_BYTES = 3;

    private final String name;
    private final Path file;
    private final long capacity;
    private final ChronicleMap<byte[], byte[]> map;
    /** Lookups in flight; -1 once closed. */
    private final AtomicInteger readers = new AtomicInteger();
    private long size;

    private ChronicleDocumentList(String name, Path file, long capacity, ChronicleMap<byte[], byte[]> map) {
        this.name = name;
        this.file = file;
        this.capacity = capacity;
        this.map = map;
        this.size = map.longSize();
    }

    /**
     * Creates a new, empty list file sized for {@code capacity} keys.
     *
     * @throws IllegalStateException when the file exists (a list file is never overwritten in place)
     */
    public static ChronicleDocumentList create(String name, Path file, long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("document list " + name + ": capacity must be at least 1");
        }
        if (Files.exists(file)) {
            throw new IllegalStateException(file + " already exists; a document list is built into a new file");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ChronicleMap<byte[], byte[]> map = builder(name, capacity).createPersistedTo(file.toFile());
            return new ChronicleDocumentList(name, file, capacity, map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create document list file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens a list file written earlier (e.g. after a restart), for lookups. */
    public static ChronicleDocumentList open(String name, Path file, long capacity) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("document list file " + file + " does not exist");
        }
        try {
            // Chronicle reads the sizing stored in the file's header; the builder's own is ignored
            return new ChronicleDocumentList(name, file, capacity, builder(name, capacity).createPersistedTo(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open document list file " + file + ": " + e.getMessage(), e);
        }
    }

    private static net.openhft.chronicle.map.ChronicleMapBuilder<byte[], byte[]> builder(String name, long capacity) {
        return ChronicleMap.of(byte[].class, byte[].class)
                .name("paxgate-documents-" + name)
                .entries(capacity)
                .averageKeySize(AVERAGE_KEY_BYTES)
                .averageValueSize(AVERAGE_VALUE_BYTES);
    }

    @Override
    public void add(DocumentKey key, Reason reason, String sourceReference) {
        byte[] k = key.keyBytes();
        byte[] source = DocumentValues.sourceBytes(sourceReference);
        try {
            byte[] existing = map.get(k);
            if (existing == null && size >= capacity) {
                throw new DocumentListFullException("document list " + name + " is full at " + capacity
                        + " documents; raise expected_entries for it under documents: in config/paxgate.yaml", null);
            }
            map.put(k, DocumentValues.with(existing, key.type(), reason, source));
            if (existing == null) {
                size++;
            }
        } catch (IllegalStateException e) {
            if (e instanceof DocumentListFullException) {
                throw e;
            }
            // Chronicle ran out of room before the count did (values larger than sized for)
            throw new DocumentListFullException("document list " + name + " has no room left in " + file + " after "
                    + size + " documents (" + e.getMessage() + "); raise expected_entries for it in config/paxgate.yaml", e);
        }
    }

    @Override
    public List<DocumentRecord> lookup(DocumentKey key) {
        acquire();
        try {
            byte[] k = key.keyBytes();
            byte[] v = map.get(k);
            return v == null ? List.of() : DocumentValues.decode(key, k, v, name);
        } finally {
            readers.decrementAndGet();
        }
    }

    /** Calls {@code action} with every key and value; for diffs between versions. */
    void forEachRaw(BiConsumer<byte[], byte[]> action) {
        acquire();
        try {
            map.forEachEntry(e -> action.accept(e.key().get(), e.value().get()));
        } finally {
            readers.decrementAndGet();
        }
    }

    boolean containsRaw(byte[] key) {
        acquire();
        try {
            return map.containsKey(key);
        } finally {
            readers.decrementAndGet();
        }
    }

    private void acquire() {
        for (;;) {
            int n = readers.get();
            if (n < 0) {
                throw new IllegalStateException("document list " + name + " (" + file + ") is closed");
            }
            if (readers.compareAndSet(n, n + 1)) {
                return;
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long size() {
        return size;
    }

    public long capacity() {
        return capacity;
    }

    public Path file() {
        return file;
    }

    /** Size of the map file on disk as the file system reports it (Chronicle files are sparse). */
    public long fileBytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Closes after the lookups in flight finish; later lookups throw IllegalStateException. */
    @Override
    public void close() {
        for (;;) {
            int n = readers.get();
            if (n < 0) {
                return;
            }
            if (n == 0 && readers.compareAndSet(0, -1)) {
                break;
            }
            Thread.onSpinWait();
        }
        map.close();
    }

    /** Closes, then removes the file: for a version replaced by a reload. */
    public void closeAndDelete() {
        close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete old document list file " + file, e);
        }
    }
}
