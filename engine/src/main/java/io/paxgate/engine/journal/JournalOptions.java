package io.paxgate.engine.journal;

import java.util.Objects;

/**
 * How a {@link ChronicleJournal} makes appends durable and how large one entry may be.
 *
 * @param sync          when an append counts as durable
 * @param maxEntryBytes the largest payload one entry may carry; larger appends fail with
 *                      {@link EntryTooLargeException}
 */
public record JournalOptions(SyncPolicy sync, int maxEntryBytes) {

    /** 8 MiB: far above any real PAXLST or PNRGOV push, small enough to keep one excerpt in one mapped block. */
    public static final int DEFAULT_MAX_ENTRY_BYTES = 8 << 20;

    /** The mapped block is 64 MiB; Chronicle wants an excerpt to stay well inside one block. */
    static final int LIMIT_MAX_ENTRY_BYTES = 16 << 20;

    /** When an appended entry counts as durable, i.e. when its future completes. */
    public enum SyncPolicy {
        /**
         * Once written to the memory-mapped file: survives a kill -9 of the process (the page cache
         * belongs to the kernel), not a power loss or kernel crash.
         */
        NONE,
        /**
         * Once the file is also forced to disk. One syncer thread forces the file and completes every
         * append that was waiting when the force began, so under load many appends share one sync.
         */
        GROUP
    }

    public JournalOptions {
        Objects.requireNonNull(sync, "sync");
        if (maxEntryBytes < 1 || maxEntryBytes > LIMIT_MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("journal maxEntryBytes must be between 1 and "
                    + LIMIT_MAX_ENTRY_BYTES + ", was " + maxEntryBytes);
        }
    }

    /** Group commit, 8 MiB entries: what the engine runs with. */
    public static JournalOptions defaults() {
        return new JournalOptions(SyncPolicy.GROUP, DEFAULT_MAX_ENTRY_BYTES);
    }

    public JournalOptions withSync(SyncPolicy policy) {
        return new JournalOptions(policy, maxEntryBytes);
    }

    public JournalOptions withMaxEntryBytes(int bytes) {
        return new JournalOptions(sync, bytes);
    }
}
