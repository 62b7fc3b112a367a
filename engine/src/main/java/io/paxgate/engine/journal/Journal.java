package io.paxgate.engine.journal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The append-only log of every input Paxgate accepted, written before the sender is answered.
 *
 * <p>An input is acknowledged (HTTP 202, CONTRL) only once {@link #append} has completed: from
 * then on it survives a crash of the process. On start, inputs appended but never marked
 * processed are replayed; an interchange already processed under the same key (sender + control
 * reference, or the payload hash) is recognised so that it is never alerted twice.
 *
 * <p>Thread-safe.
 */
public interface Journal extends AutoCloseable {

    /**
     * One journaled input.
     *
     * @param bytes            the input as received, less what was deleted as sensitive
     * @param sensitiveRemoved how many sensitive segments or elements were deleted from it on receipt
     */
    record Entry(long index, long receivedAtMillis, String channel, String remote, byte[] bytes, int sensitiveRemoved) {
        public Entry(long index, long receivedAtMillis, String channel, String remote, byte[] bytes) {
            this(index, receivedAtMillis, channel, remote, bytes, 0);
        }
    }

    /**
     * Appends one input; completes with its index once it is durable (group commit: many appends
     * share one sync under load). Never blocks the caller on the sync.
     *
     * @param channel "http", "tcp" or "iapi"
     * @param remote  the sender's address, for audit
     */
    default CompletableFuture<Long> append(long receivedAtMillis, String channel, String remote, byte[] bytes) {
        return append(receivedAtMillis, channel, remote, bytes, 0);
    }

    /** The same, saying how many sensitive segments or elements were deleted from {@code bytes} before. */
    CompletableFuture<Long> append(long receivedAtMillis, String channel, String remote, byte[] bytes,
                                   int sensitiveRemoved);

    /** Records that entry {@code index} is fully processed (its alerts published) under {@code interchangeKey}. */
    void markProcessed(long index, String interchangeKey);

    /** Whether an interchange with this key was processed before, in this run or an earlier one. */
    boolean processedBefore(String interchangeKey);

    /** Entries appended but never marked processed, oldest first: what a restart must replay. */
    void forEachUnprocessed(Consumer<Entry> consumer);

    /** Every entry received at or after {@code receivedAtMillis}, oldest first (processed or not). */
    void forEachSince(long receivedAtMillis, Consumer<Entry> consumer);

    /** Entries appended since the journal was created. */
    long appendedCount();

    /** Entries marked processed since the journal was created. */
    long processedCount();

    @Override
    void close();
}
