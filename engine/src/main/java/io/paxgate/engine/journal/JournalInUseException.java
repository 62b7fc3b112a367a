package io.paxgate.engine.journal;

import java.nio.file.Path;

/** A second journal opened on a directory that a journal already has open. */
public final class JournalInUseException extends IllegalStateException {

    public JournalInUseException(Path dir, String holder) {
        super("journal " + dir + " is already open in " + holder
                + "; one engine per data directory (stop the other, or give this one another --data)");
    }
}
