package io.paxgate.engine.journal;

/** An append whose payload is over {@link JournalOptions#maxEntryBytes()}; nothing was written. */
public final class EntryTooLargeException extends RuntimeException {

    private final int size;
    private final int max;

    public EntryTooLargeException(int size, int max) {
        super("journal entry of " + size + " bytes is over the limit of " + max
                + " bytes (JournalOptions.maxEntryBytes); nothing was journaled");
        this.size = size;
        this.max = max;
    }

    public int size() {
        return size;
    }

    public int max() {
        return max;
    }
}
