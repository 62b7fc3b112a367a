package io.paxgate.rules.documents;

import java.util.List;

/**
 * One version of one lost/stolen/revoked document list, looked up by exact normalised key.
 * Implementations are safe for many concurrent readers once built.
 */
public interface DocumentList extends AutoCloseable {

    String name();

    /** Distinct (number, issuing country) keys held. */
    long size();

    /**
     * Every record for the document, empty when not listed or when the query cannot be
     * normalised (a malformed number is never on a list).
     *
     * @param type null or blank matches any listed type; a listed record without type matches any query
     */
    default List<DocumentRecord> lookup(String number, String issuingCountry, String type) {
        DocumentKey key;
        try {
            key = DocumentKey.of(number, issuingCountry, type);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return lookup(key);
    }

    List<DocumentRecord> lookup(DocumentKey key);

    @Override
    void close();
}
