package io.paxgate.engine.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.BytesStore;
import net.openhft.chronicle.core.io.ReferenceOwner;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import net.openhft.chronicle.wire.Wire;
import net.openhft.chronicle.wire.WireOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The journal on one Chronicle Queue in {@code dir}: entries and "processed" markers are documents
 * of the same queue, told apart by a type tag ({@link JournalDocuments}). One queue means one
 * append order, one file to sync per cycle, and one pass on open to rebuild the state.
 *
 * <p>The index of an entry is its Chronicle index (cycle in the high bits, sequence in the low):
 * increasing, not contiguous (markers take indexes too, and each day starts a new cycle), and a
 * direct key for replay. Files roll daily ({@link RollCycles#FAST_DAILY}, UTC); the retention
 * period deletes whole old files ({@link #deleteCyclesBefore}), while no journal has them open.
 *
 * <p>Appends and markers go through one appender under one lock: Chronicle appenders are not
 * thread-safe, and the lock is held only for the copy into the mapped file (microseconds), never
 * for a sync, nor for the faults of fresh pages: a {@link JournalPretoucher} takes those ahead of
 * the writer, on its own thread. With {@link JournalOptions.SyncPolicy#GROUP} the sync is the
 * {@link GroupSyncer}'s and the future of an append completes on its thread; with {@code NONE} it
 * is complete on return.
 *
 * <p>On open the whole queue is read once (see {@link #open}), so start-up time grows with the
 * journal's size until old cycles are archived.
 */
public final class ChronicleJournal implements Journal {

    private static final Logger LOG = LoggerFactory.getLogger(ChronicleJournal.class);

    /** Daily files, named by UTC date: one file to sync at a time, a natural unit to archive. */
    static final RollCycle ROLL_CYCLE = RollCycles.FAST_DAILY;

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    static {
        // Chronicle reports usage to its vendor unless told not to; this system makes no outbound
        // connection. The launcher and the build pass the flag too; this covers embedders.
        if (System.getProperty("chronicle.analytics.disable") == null) {
            System.setProperty("chronicle.analytics.disable", "true");
        }
    }

    private final Path dir;
    private final JournalOptions options;
    private final DirectoryLock dirLock;
    private final SingleChronicleQueue queue;
    private final GroupSyncer syncer;
    private final JournalPretoucher pretoucher;

    /** Guards the appender, {@link #pending} and {@link #closed}. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ExcerptAppender appender;
    /** Entries appended and not yet marked processed, by index: what a restart replays. */
    private final TreeSet<Long> pending;
    private final Set<String> processedKeys;
    private int appenderCycle = Integer.MIN_VALUE;
    private Path appenderFile;
    private volatile boolean closed;

    private volatile long appended;
    private volatile long processed;

    private ChronicleJournal(Path dir, JournalOptions options, DirectoryLock dirLock, SingleChronicleQueue queue,
                             Recovered state) {
        this.dir = dir;
        this.options = options;
        this.dirLock = dirLock;
        this.queue = queue;
        this.pending = state.pending;
        this.processedKeys = state.processedKeys;
        this.appended = state.appended;
        this.processed = state.processed;
        this.appender = queue.createAppender();
        // one appender shared by every caller thread, always under writeLock
        appender.singleThreadedCheckDisabled(true);
        this.syncer = options.sync() == JournalOptions.SyncPolicy.GROUP ? new GroupSyncer(dir, new FileForcer(dir)) : null;
        this.pretoucher = new JournalPretoucher(dir.getFileName().toString(), this::head).start();
    }

    /** The mapped block the appender writes in, reserved for {@code owner}, and its write position; null before a write. */
    private JournalPretoucher.Head head(ReferenceOwner owner) {
        writeLock.lock();
        try {
            Wire wire = closed ? null : appender.wire();
            if (wire == null) {
                return null;
            }
            Bytes<?> bytes = wire.bytes();
            BytesStore<?, ?> store = bytes.bytesStore();
            store.reserve(owner);
            return new JournalPretoucher.Head(store, bytes.writePosition());
        } finally {
            writeLock.unlock();
        }
    }

    /** Pages of the journal file touched ahead of the writer so far. */
    long pretouchedPages() {
        return pretoucher.touchedPages();
    }

    /**
     * Opens the journal in {@code dir}, creating the directory if needed, and reads it once from the
     * start to rebuild which entries are unprocessed and which interchange keys were processed.
     *
     * <p>That scan touches every document (the entry payloads are skipped, not copied) and keeps every
     * processed key in memory: a cost that grows with the journal's history.
     *
     * @throws JournalInUseException if another journal, in this process or another, has {@code dir} open
     */
    public static ChronicleJournal open(Path dir, JournalOptions options) {
        return open(dir, options, ROLL_CYCLE, SystemTimeProvider.INSTANCE);
    }

    /** With another roll cycle and clock: for tests of what happens when a file rolls. */
    static ChronicleJournal open(Path dir, JournalOptions options, RollCycle rollCycle, TimeProvider clock) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal directory " + dir, e);
        }
        long start = System.nanoTime();
        // two writers would each replay and mark on their own view of the queue
        DirectoryLock dirLock = DirectoryLock.acquire(dir);
        SingleChronicleQueue queue = null;
        try {
            queue = SingleChronicleQueueBuilder.binary(dir.toFile())
                    .rollCycle(rollCycle)
                    .timeProvider(clock)
                    .build();
            Recovered state = Recovered.scan(queue);
            ChronicleJournal journal = new ChronicleJournal(dir, options, dirLock, queue, state);
            LOG.info("journal {} opened in {} ms: {} entries, {} processed, {} to replay, sync {}",
                    dir, (System.nanoTime() - start) / 1_000_000, state.appended, state.processed,
                    state.pending.size(), options.sync());
            return journal;
        } catch (RuntimeException e) {
            if (queue != null) {
                queue.close();
            }
            dirLock.release();
            throw e;
        }
    }

    @Override
    public CompletableFuture<Long> append(long receivedAtMillis, String channel, String remote, byte[] bytes,
                                          int sensitiveRemoved) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > options.maxEntryBytes()) {
            return CompletableFuture.failedFuture(new EntryTooLargeException(bytes.length, options.maxEntryBytes()));
        }
        writeLock.lock();
        try {
            ensureOpen();
            long index = write((wire, at) -> JournalDocuments.writeEntry(wire, at, receivedAtMillis, channel, remote, bytes,
                    sensitiveRemoved));
            pending.add(index);
            appended++;
            if (syncer == null) {
                return CompletableFuture.completedFuture(index);
            }
            return syncer.awaitSync(index, currentFile());
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Appends a processed marker. Idempotent: an index that is not waiting (already marked) is
     * ignored. The marker survives a kill -9 at once but reaches the disk only with the next group
     * commit (or close): a power cut just after it loses it with its key, and the entry is replayed
     * and may alert again. At-least-once, never lost.
     *
     * @throws IllegalArgumentException if {@code index} was never appended
     */
    @Override
    public void markProcessed(long index, String interchangeKey) {
        Objects.requireNonNull(interchangeKey, "interchangeKey");
        writeLock.lock();
        try {
            ensureOpen();
            if (!pending.contains(index)) {
                if (index > queue.lastIndex()) {
                    throw new IllegalArgumentException("journal " + dir + " has no entry " + index);
                }
                return;
            }
            write((wire, at) -> JournalDocuments.writeProcessed(wire, index, interchangeKey));
            pending.remove(index);
            processedKeys.add(interchangeKey);
            processed++;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public boolean processedBefore(String interchangeKey) {
        ensureOpen();
        return processedKeys.contains(interchangeKey);
    }

    /**
     * Reads the entries waiting at the time of the call, oldest first. Meant for start-up, before
     * the servers accept input; the consumer may call {@link #markProcessed}. Must not race
     * {@link #close()}.
     */
    @Override
    public void forEachUnprocessed(Consumer<Entry> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        long[] indexes;
        writeLock.lock();
        try {
            ensureOpen();
            indexes = pending.stream().mapToLong(Long::longValue).toArray();
        } finally {
            writeLock.unlock();
        }
        if (indexes.length == 0) {
            return;
        }
        StringBuilder type = new StringBuilder();
        try (ExcerptTailer tailer = queue.createTailer()) {
            for (long index : indexes) {
                consumer.accept(readEntry(tailer, index, type));
            }
        }
    }

    /**
     * Reads the whole queue from its start (the payload of entries older than {@code receivedAtMillis}
     * is skipped unread); for rebuilding state on start, not for the hot path.
     */
    @Override
    public void forEachSince(long receivedAtMillis, Consumer<Entry> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        try (EntryCursor entries = entriesSince(receivedAtMillis)) {
            for (Entry e = entries.next(); e != null; e = entries.next()) {
                consumer.accept(e);
            }
        }
    }

    /** The entries {@link #forEachSince} gives, read one at a time as asked for; close it when done. */
    EntryCursor entriesSince(long receivedAtMillis) {
        ensureOpenUnlocked();
        ExcerptTailer tailer = queue.createTailer();
        tailer.toStart();
        return new EntryCursor(tailer, receivedAtMillis);
    }

    /** A read of the queue from its start, one entry received at or after a time at a time. */
    static final class EntryCursor implements AutoCloseable {
        private final ExcerptTailer tailer;
        private final long since;
        private final StringBuilder type = new StringBuilder();

        private EntryCursor(ExcerptTailer tailer, long since) {
            this.tailer = tailer;
            this.since = since;
        }

        /** The next entry, or null at the end of the queue. */
        Entry next() {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return null;
                    }
                    JournalDocuments.readType(dc.wire(), type);
                    if (JournalDocuments.is(type, JournalDocuments.ENTRY)) {
                        JournalDocuments.readIndex(dc.wire());
                        long at = JournalDocuments.readReceivedAt(dc.wire());
                        if (at >= since) {
                            return JournalDocuments.readEntryAfterTime(dc.wire(), dc.index(), at);
                        }
                        // an older entry's payload is left unread: closing the context skips it
                    }
                }
            }
        }

        @Override
        public void close() {
            tailer.close();
        }
    }

    private void ensureOpenUnlocked() {
        writeLock.lock();
        try {
            ensureOpen();
        } finally {
            writeLock.unlock();
        }
    }

    private Entry readEntry(ExcerptTailer tailer, long index, StringBuilder type) {
        if (!tailer.moveToIndex(index)) {
            throw new IllegalStateException("journal " + dir + " lost entry " + index);
        }
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                throw new IllegalStateException("journal " + dir + " cannot read entry " + index);
            }
            JournalDocuments.readType(dc.wire(), type);
            if (!JournalDocuments.is(type, JournalDocuments.ENTRY)) {
                throw new IllegalStateException("journal " + dir + " index " + index + " is a " + type + ", not an entry");
            }
            JournalDocuments.readIndex(dc.wire());
            return JournalDocuments.readEntryBody(dc.wire(), index);
        }
    }

    /** Counts stay readable after close, for a last metrics scrape during shutdown. */
    @Override
    public long appendedCount() {
        return appended;
    }

    @Override
    public long processedCount() {
        return processed;
    }

    /** Entries waiting to be marked processed: the journal lag, for metrics. */
    public int unprocessedCount() {
        writeLock.lock();
        try {
            return pending.size();
        } finally {
            writeLock.unlock();
        }
    }

    /** Group commits done in this run (0 with {@link JournalOptions.SyncPolicy#NONE}). */
    public long syncCount() {
        return syncer == null ? 0 : syncer.syncCount();
    }

    public Path directory() {
        return dir;
    }

    public JournalOptions options() {
        return options;
    }

    /**
     * Deletes the daily files of the days before {@code before} (UTC): the end of the retention period
     * for everything received on those days. Only while no journal has {@code dir} open (it takes the
     * directory lock), so that no tailer is reading a file as it goes; the processed keys of those days
     * go with them (an interchange of five years ago sent again is then taken as new).
     *
     * @return the files deleted
     * @throws JournalInUseException if a journal has {@code dir} open
     */
    public static java.util.List<Path> deleteCyclesBefore(Path dir, java.time.LocalDate before) throws IOException {
        java.util.List<Path> deleted = new java.util.ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return deleted;
        }
        DirectoryLock lock = DirectoryLock.acquire(dir);
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                java.time.LocalDate day = cycleDay(f.getFileName().toString());
                if (day != null && day.isBefore(before)) {
                    Files.delete(f);
                    deleted.add(f);
                }
            }
        } finally {
            lock.release();
        }
        if (!deleted.isEmpty()) {
            LOG.info("journal {}: {} daily file(s) before {} deleted (retention period)", dir, deleted.size(), before);
        }
        return deleted;
    }

    /**
     * Deletes, while the journal is open, the daily files of the days before {@code before} (UTC):
     * for a long-running engine, so that inputs do not outlive their period waiting for a restart.
     * The file being written is kept, and so is every file from the first one holding an entry not
     * yet processed (a replay still needs it). A whole-queue read running at that moment (an
     * analyst's backtest, {@link #forEachSince}) may end with an error; the start-up scans run before
     * the retention timer. On Linux a file still mapped is unlinked and its pages freed once unmapped.
     *
     * @return the files deleted
     */
    public java.util.List<Path> deleteDaysBefore(java.time.LocalDate before) throws IOException {
        java.util.List<Path> deleted = new java.util.ArrayList<>();
        writeLock.lock();
        try {
            ensureOpen();
            // FAST_DAILY: a file's cycle is its UTC day since the epoch
            long keepFrom = Math.min(queue.cycle(), pending.isEmpty() ? Long.MAX_VALUE : queue.rollCycle().toCycle(pending.first()));
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    java.time.LocalDate day = cycleDay(f.getFileName().toString());
                    if (day != null && day.isBefore(before) && day.toEpochDay() < keepFrom) {
                        Files.delete(f);
                        deleted.add(f);
                    }
                }
            }
            if (!deleted.isEmpty()) {
                queue.refreshDirectoryListing();
                LOG.info("journal {}: {} daily file(s) before {} deleted while open", dir, deleted.size(), before);
            }
        } finally {
            writeLock.unlock();
        }
        return deleted;
    }

    /** The UTC day of a daily queue file ({@code 20260314F.cq4}), or null for any other file. */
    static java.time.LocalDate cycleDay(String name) {
        if (!name.matches("\\d{8}F?\\.cq4")) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(name.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Completes the appends still waiting for a sync (forcing the current file once more), then
     * releases the queue. Later calls fail with {@link JournalClosedException}; closing twice is a
     * no-op.
     */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (syncer != null) {
                syncer.requestStop(appenderFile);
            }
        } finally {
            writeLock.unlock();
        }
        pretoucher.close();
        // outside the lock: a dependant of a completing future may still call in (and be refused)
        if (syncer != null) {
            syncer.awaitStop(STOP_TIMEOUT);
        }
        writeLock.lock();
        try {
            appender.close();
            queue.close();
            dirLock.release();
        } finally {
            writeLock.unlock();
        }
        LOG.info("journal {} closed: {} entries, {} processed", dir, appended, processed);
    }

    /** What goes into one document; {@code at} is the index the document is being written at. */
    @FunctionalInterface
    private interface DocumentWriter {
        void write(WireOut wire, long at);
    }

    /**
     * Writes one document under the write lock and returns its index; a failure part-way leaves
     * nothing in the queue.
     */
    private long write(DocumentWriter writer) {
        DocumentContext dc = appender.writingDocument();
        long at;
        try {
            at = dc.index();
            writer.write(dc.wire(), at);
        } catch (RuntimeException | Error e) {
            dc.rollbackOnClose();
            throw e;
        } finally {
            // completes the header: from here the document survives a kill -9 of this process
            dc.close();
        }
        long index = appender.lastIndexAppended();
        if (index != at) {
            // the queue's index is the truth; the copy inside the document is for audit only
            LOG.error("journal {}: document written at {} records {}", dir, Long.toHexString(index), Long.toHexString(at));
        }
        return index;
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalClosedException(dir);
        }
    }

    /** The file of the appender's cycle, looked up again only when the cycle rolls. */
    private Path currentFile() {
        int cycle = appender.cycle();
        if (cycle != appenderCycle) {
            File file = appender.currentFile();
            appenderFile = file.toPath();
            appenderCycle = cycle;
        }
        return appenderFile;
    }

    /** What one pass over the queue tells on open. */
    private static final class Recovered {
        final TreeSet<Long> pending = new TreeSet<>();
        /** Read without the write lock by {@link #processedBefore}. */
        final Set<String> processedKeys = ConcurrentHashMap.newKeySet();
        long appended;
        long processed;

        static Recovered scan(SingleChronicleQueue queue) {
            Recovered state = new Recovered();
            StringBuilder type = new StringBuilder();
            try (ExcerptTailer tailer = queue.createTailer()) {
                tailer.toStart();
                while (true) {
                    try (DocumentContext dc = tailer.readingDocument()) {
                        if (!dc.isPresent()) {
                            break;
                        }
                        JournalDocuments.readType(dc.wire(), type);
                        if (JournalDocuments.is(type, JournalDocuments.ENTRY)) {
                            long index = dc.index();
                            if (JournalDocuments.readIndex(dc.wire()) != index) {
                                LOG.warn("journal {}: entry at {} records another index",
                                        queue.fileAbsolutePath(), Long.toHexString(index));
                            }
                            // the payload is not read: closing the context skips it
                            state.pending.add(index);
                            state.appended++;
                        } else if (JournalDocuments.is(type, JournalDocuments.PROCESSED)) {
                            long index = JournalDocuments.readIndex(dc.wire());
                            String key = JournalDocuments.readKey(dc.wire());
                            if (state.pending.remove(index)) {
                                state.processed++;
                            }
                            state.processedKeys.add(key);
                        } else {
                            LOG.warn("journal {}: skipping document {} of unknown type '{}'",
                                    queue.fileAbsolutePath(), Long.toHexString(dc.index()), type);
                        }
                    }
                }
            }
            return state;
        }
    }
}
