package io.paxgate.rules.documents;

/** A document list reached the capacity it was sized for; never silently overflowed. */
public final class DocumentListFullException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public DocumentListFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
