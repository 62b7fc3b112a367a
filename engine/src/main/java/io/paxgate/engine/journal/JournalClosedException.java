package io.paxgate.engine.journal;

import java.nio.file.Path;

/** A call on a journal after {@link Journal#close()}. */
public final class JournalClosedException extends IllegalStateException {

    public JournalClosedException(Path dir) {
        super("journal " + dir + " is closed");
    }
}
