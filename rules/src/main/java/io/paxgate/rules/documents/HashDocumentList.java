package io.paxgate.rules.documents;

import io.paxgate.rules.documents.DocumentRecord.Reason;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An on-heap document list with the same keys and values as {@link ChronicleDocumentList}: for tests and small lists. */
public final class HashDocumentList implements DocumentList, DocumentSink {
    private final String name;
    private final Map<ByteBuffer, byte[]> map = new HashMap<>();

    public HashDocumentList(String name) {
        this.name = name;
    }

    @Override
    public synchronized void add(DocumentKey key, Reason reason, String sourceReference) {
        map.merge(ByteBuffer.wrap(key.keyBytes()),
                DocumentValues.with(null, key.type(), reason, DocumentValues.sourceBytes(sourceReference)),
                (old, rec) -> DocumentValues.with(old, key.type(), reason, DocumentValues.sourceBytes(sourceReference)));
    }

    @Override
    public synchronized List<DocumentRecord> lookup(DocumentKey key) {
        byte[] k = key.keyBytes();
        byte[] v = map.get(ByteBuffer.wrap(k));
        return v == null ? List.of() : DocumentValues.decode(key, k, v, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized long size() {
        return map.size();
    }

    @Override
    public void close() {
        // nothing held off-heap
    }
}
