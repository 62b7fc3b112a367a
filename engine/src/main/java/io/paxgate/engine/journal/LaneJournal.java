package io.paxgate.engine.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The journal in two lanes, each a {@link ChronicleJournal} with its own queue, appender and lock:
 * batch inputs (HTTP, TCP) in {@code dir}, check-ins (channel {@code iapi}) in {@code dir/iapi}.
 *
 * <p>Why two: copying a 500 KB PNR push into the mapped file takes 5 to 20 ms now and then (the
 * kernel's page faults on fresh pages of the file; measured on the 2-core box, BENCHMARKS.md), and
 * with one queue every check-in arriving meanwhile waited for the append lock, on the event loop
 * that answers all the others. A check-in's own entry is a few hundred bytes and never waits
 * behind a batch input.
 *
 * <p>An index of the check-in lane carries {@link #IAPI_LANE} (a bit no Chronicle index uses), so
 * that {@link #markProcessed} finds its lane from the index alone. Reads that span both lanes
 * ({@link #forEachUnprocessed}, {@link #forEachSince}) give the entries of both in the order they
 * were received. Thread-safe.
 */
public final class LaneJournal implements Journal {

    /** Set in the index of every entry of the check-in lane. */
    static final long IAPI_LANE = 1L << 62;
    /** The check-in lane's directory, inside the batch lane's. */
    static final String IAPI_DIR = "iapi";
    private static final String IAPI_CHANNEL = "iapi";

    private final ChronicleJournal batch;
    private final ChronicleJournal iapi;

    private LaneJournal(ChronicleJournal batch, ChronicleJournal iapi) {
        this.batch = batch;
        this.iapi = iapi;
    }

    /**
     * Opens both lanes (see {@link ChronicleJournal#open}).
     *
     * @throws JournalInUseException if another journal has either lane open
     */
    public static LaneJournal open(Path dir, JournalOptions options) {
        ChronicleJournal batch = ChronicleJournal.open(dir, options);
        try {
            return new LaneJournal(batch, ChronicleJournal.open(dir.resolve(IAPI_DIR), options));
        } catch (RuntimeException e) {
            batch.close();
            throw e;
        }
    }

    @Override
    public CompletableFuture<Long> append(long receivedAtMillis, String channel, String remote, byte[] bytes,
                                          int sensitiveRemoved) {
        if (IAPI_CHANNEL.equals(channel)) {
            // thenApply on a completed future (sync none) completes at once, on this thread
            return iapi.append(receivedAtMillis, channel, remote, bytes, sensitiveRemoved).thenApply(i -> i | IAPI_LANE);
        }
        return batch.append(receivedAtMillis, channel, remote, bytes, sensitiveRemoved);
    }

    @Override
    public void markProcessed(long index, String interchangeKey) {
        if ((index & IAPI_LANE) != 0) {
            iapi.markProcessed(index & ~IAPI_LANE, interchangeKey);
        } else {
            batch.markProcessed(index, interchangeKey);
        }
    }

    @Override
    public boolean processedBefore(String interchangeKey) {
        return batch.processedBefore(interchangeKey) || iapi.processedBefore(interchangeKey);
    }

    /**
     * Both lanes' waiting entries in the order received. The check-in lane's are read first and held
     * (at most the check-ins in flight when the engine stopped, a few KB each); the batch lane's are
     * read one by one between them.
     */
    @Override
    public void forEachUnprocessed(Consumer<Entry> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        ArrayDeque<Entry> checkIns = new ArrayDeque<>();
        iapi.forEachUnprocessed(e -> checkIns.add(tagged(e)));
        batch.forEachUnprocessed(e -> {
            while (!checkIns.isEmpty() && checkIns.peek().receivedAtMillis() < e.receivedAtMillis()) {
                consumer.accept(checkIns.poll());
            }
            consumer.accept(e);
        });
        checkIns.forEach(consumer);
    }

    /** Both lanes read side by side, merged in the order received (a batch entry first on a tie). */
    @Override
    public void forEachSince(long receivedAtMillis, Consumer<Entry> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        try (ChronicleJournal.EntryCursor b = batch.entriesSince(receivedAtMillis);
             ChronicleJournal.EntryCursor c = iapi.entriesSince(receivedAtMillis)) {
            Entry nextBatch = b.next();
            Entry nextCheckIn = c.next();
            while (nextBatch != null || nextCheckIn != null) {
                if (nextCheckIn == null
                        || (nextBatch != null && nextBatch.receivedAtMillis() <= nextCheckIn.receivedAtMillis())) {
                    consumer.accept(nextBatch);
                    nextBatch = b.next();
                } else {
                    consumer.accept(tagged(nextCheckIn));
                    nextCheckIn = c.next();
                }
            }
        }
    }

    private static Entry tagged(Entry e) {
        return new Entry(e.index() | IAPI_LANE, e.receivedAtMillis(), e.channel(), e.remote(), e.bytes(),
                e.sensitiveRemoved());
    }

    @Override
    public long appendedCount() {
        return batch.appendedCount() + iapi.appendedCount();
    }

    @Override
    public long processedCount() {
        return batch.processedCount() + iapi.processedCount();
    }

    /** Entries waiting to be marked processed, in both lanes: the journal lag, for metrics. */
    public int unprocessedCount() {
        return batch.unprocessedCount() + iapi.unprocessedCount();
    }

    /** {@link ChronicleJournal#deleteDaysBefore} in both lanes. */
    public List<Path> deleteDaysBefore(LocalDate before) throws IOException {
        List<Path> deleted = new ArrayList<>(batch.deleteDaysBefore(before));
        deleted.addAll(iapi.deleteDaysBefore(before));
        return deleted;
    }

    /** {@link ChronicleJournal#deleteCyclesBefore} in both lanes of the journal in {@code dir}, closed. */
    public static List<Path> deleteCyclesBefore(Path dir, LocalDate before) throws IOException {
        List<Path> deleted = new ArrayList<>(ChronicleJournal.deleteCyclesBefore(dir, before));
        deleted.addAll(ChronicleJournal.deleteCyclesBefore(dir.resolve(IAPI_DIR), before));
        return deleted;
    }

    @Override
    public void close() {
        try {
            iapi.close();
        } finally {
            batch.close();
        }
    }
}
