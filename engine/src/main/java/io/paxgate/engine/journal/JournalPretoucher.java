package io.paxgate.engine.journal;

import net.openhft.chronicle.bytes.BytesStore;
import net.openhft.chronicle.core.io.ReferenceOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Touches the pages of a journal file ahead of where its appender writes, on a thread of its own,
 * so that an append copies into pages the kernel has already faulted in. The first write to a
 * fresh page of a mapped file takes a fault, and on ext4 a block allocation that may wait for the
 * file system's running commit: appends stalled 18-25 ms now and then under load (the caller, an
 * event loop or the pipeline's marker, waiting with every other caller queued on the lock).
 *
 * <p>A touch is a compare-and-swap of 0 for 0 on each page, as Chronicle's own micro-toucher does:
 * it makes the page present and writable without changing a byte, so it may run while the appender
 * writes. Only the mapped block the appender is in is touched, within its bounds.
 */
final class JournalPretoucher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JournalPretoucher.class);
    /** How far ahead of the write position pages are kept touched: about 0.3 s of appends at 700 inputs/s. */
    static final long AHEAD = 8 << 20;
    private static final long PAGE = 4096;
    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** The mapped block the appender writes in and its write position; the store reserved for the pretoucher. */
    record Head(BytesStore<?, ?> store, long position) {
    }

    private final Function<ReferenceOwner, Head> head;
    private final ReferenceOwner owner = ReferenceOwner.temporary("journal-pretouch");
    private final Thread thread;
    private volatile boolean stopped;
    /** The store touched last and how far (a file position); a new block or file starts again. */
    private BytesStore<?, ?> lastStore;
    private long touchedTo;
    private volatile long touchedPages;

    /**
     * @param head reads, under the appender's lock, the block it writes in (reserved for the given
     *             owner, released here once touched) and its write position; null before the first write
     */
    JournalPretoucher(String name, Function<ReferenceOwner, Head> head) {
        this.head = head;
        this.thread = new Thread(this::run, "paxgate-journal-pretouch-" + name);
        thread.setDaemon(true);
    }

    /** Starts touching, a round every few milliseconds, until {@link #close()}. */
    JournalPretoucher start() {
        thread.start();
        return this;
    }

    private void run() {
        while (!stopped) {
            try {
                touchAhead();
            } catch (RuntimeException e) {
                // the block was released under us (the file rolled, the journal closed): next round
                LOG.debug("journal pretouch skipped a round: {}", e.toString());
            }
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    /** One round: every page from the write position to {@link #AHEAD} past it, inside the current block. */
    void touchAhead() {
        Head h = head.apply(owner);
        if (h == null) {
            return;
        }
        BytesStore<?, ?> store = h.store();
        try {
            if (store != lastStore) {
                lastStore = store;
                touchedTo = 0;
            }
            long from = Math.max(touchedTo, (h.position() + PAGE - 1) & -PAGE);
            long to = h.position() + AHEAD;
            long touched = 0;
            for (long p = from; p < to && !stopped && store.inside(p, Long.BYTES); p += PAGE) {
                store.compareAndSwapLong(p, 0L, 0L);
                touchedTo = p + PAGE;
                touched++;
            }
            touchedPages += touched;
        } finally {
            store.release(owner);
        }
    }

    /** Pages touched so far. */
    long touchedPages() {
        return touchedPages;
    }

    /** Stops the thread; returns once it no longer touches the file. */
    @Override
    public void close() {
        stopped = true;
        if (!thread.isAlive()) {
            return;
        }
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
