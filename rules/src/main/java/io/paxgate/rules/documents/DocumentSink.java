package io.paxgate.rules.documents;

import io.paxgate.rules.documents.DocumentRecord.Reason;

/** Where a loader puts documents while a list is built. */
public interface DocumentSink {
    /**
     * Adds a record; the same key and type twice keeps one record (the later reason wins).
     *
     * @param sourceReference null or at most 255 ASCII bytes
     * @throws DocumentListFullException when the list is at its configured capacity
     */
    void add(DocumentKey key, Reason reason, String sourceReference);
}
