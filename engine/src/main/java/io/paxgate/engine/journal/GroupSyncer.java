package io.paxgate.engine.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit: one thread forces the journal's files to disk and completes every append that was
 * waiting when the force began. While one force runs, new appends queue up behind it and share the
 * next one, so the number of syncs per second stays bounded by the disk, not by the load.
 *
 * <p>An append is enqueued after its bytes are in the mapped file, so a force that starts after
 * the dequeue covers them.
 *
 * <p>Futures complete on this thread: their dependants must not block.
 */
final class GroupSyncer {

    private static final Logger LOG = LoggerFactory.getLogger(GroupSyncer.class);

    /** An append waiting for a sync of {@code file}; without a future, the request to stop. */
    private record Waiter(long index, Path file, CompletableFuture<Long> done) {
        boolean isStop() {
            return done == null;
        }
    }

    private final Path dir;
    private final LinkedBlockingQueue<Waiter> waiting = new LinkedBlockingQueue<>();
    private final AtomicLong syncs = new AtomicLong();
    private final Thread thread;

    private final FileForcer forcer;

    GroupSyncer(Path dir, FileForcer forcer) {
        this.dir = dir;
        this.forcer = forcer;
        this.thread = new Thread(this::run, "paxgate-journal-sync");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits for the next sync of {@code file}, which holds entry {@code index}. Called under the
     * journal's write lock, so waiters arrive in index order and none after {@link #requestStop}.
     */
    CompletableFuture<Long> awaitSync(long index, Path file) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        waiting.add(new Waiter(index, file, done));
        return done;
    }

    /** Syncs done so far; with appends / syncs the size of an average group. */
    long syncCount() {
        return syncs.get();
    }

    /**
     * Asks the thread to sync {@code lastFile} once more (markers written since the last append are
     * in it too), complete everything already waiting, and end. Called under the journal's write
     * lock once it is marked closed, so nothing is enqueued after this.
     */
    void requestStop(Path lastFile) {
        waiting.add(new Waiter(Long.MIN_VALUE, lastFile, null));
    }

    /** Bounded: a syncer stuck in a dependant's callback is left behind with a warning. */
    void awaitStop(Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("journal syncer for {} did not stop within {}; appends still waiting fail", dir, timeout);
            thread.interrupt();
        }
    }

    private void run() {
        List<Waiter> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                Waiter first = waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch);
                stopping = batch.get(batch.size() - 1).isStop();
                syncAndComplete(batch);
            } catch (InterruptedException e) {
                failAll(batch, new IllegalStateException("journal syncer for " + dir + " was interrupted"));
                waiting.drainTo(batch);
                failAll(batch, new IllegalStateException("journal syncer for " + dir + " was interrupted"));
                stopping = true;
            } finally {
                batch.clear();
            }
        }
        forcer.close();
    }

    private void syncAndComplete(List<Waiter> batch) {
        try {
            Path forced = null;
            for (Waiter w : batch) {
                // a batch spans two files only across a roll; force each once, older first
                if (w.file() != null && !w.file().equals(forced)) {
                    forcer.force(w.file());
                    forced = w.file();
                }
            }
            syncs.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            LOG.error("journal sync of {} failed; {} appends are not acknowledged: {}", dir, batch.size(), e.toString());
            forcer.close();
            failAll(batch, e instanceof IOException io ? new UncheckedIOException(io) : e);
            return;
        }
        for (Waiter w : batch) {
            if (!w.isStop()) {
                w.done().complete(w.index());
            }
        }
    }

    private static void failAll(List<Waiter> batch, Throwable cause) {
        for (Waiter w : batch) {
            if (!w.isStop()) {
                w.done().completeExceptionally(cause);
            }
        }
        batch.clear();
    }
}
