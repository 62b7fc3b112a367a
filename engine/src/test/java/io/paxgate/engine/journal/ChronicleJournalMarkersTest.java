package io.paxgate.engine.journal;

import io.paxgate.engine.journal.JournalOptions.SyncPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Processed markers left by a thread that found the journal's lock taken are written by whoever
 * holds it: none is lost, however the threads interleave.
 */
class ChronicleJournalMarkersTest {
    private static final JournalOptions NO_SYNC = JournalOptions.defaults().withSync(SyncPolicy.NONE);
    private static final int THREADS = 4;
    private static final int PER_THREAD = 400;

    @TempDir
    Path dir;

    @Test
    void everyMarkerReachesTheFileWhenThreadsAppendAndMarkAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        byte[] body = ("UNB+" + thread + "+" + i + "'").getBytes(StandardCharsets.US_ASCII);
                        long index = journal.append(1_700_000_000_000L, "http", "127.0.0.1", body, 0).join();
                        journal.markProcessed(index, "key-" + thread + "-" + i);
                        assertTrue(journal.processedBefore("key-" + thread + "-" + i), "a marked key is known at once");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        try (ChronicleJournal reopened = ChronicleJournal.open(dir, NO_SYNC)) {
            AtomicInteger unprocessed = new AtomicInteger();
            reopened.forEachUnprocessed(e -> unprocessed.incrementAndGet());
            assertEquals(0, unprocessed.get(), "every entry was marked processed in the file");
            assertEquals(THREADS * PER_THREAD, reopened.appendedCount());
            assertEquals(THREADS * PER_THREAD, reopened.processedCount());
            assertTrue(reopened.processedBefore("key-3-399"));
        }
    }

    @Test
    void aMarkerForAnEntryNeverAppendedIsRefusedAtOnce() {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            long index = journal.append(1L, "tcp", "127.0.0.1", "UNB'".getBytes(StandardCharsets.US_ASCII), 0).join();
            assertThrows(IllegalArgumentException.class, () -> journal.markProcessed(index + 1_000, "k"));
        }
    }
}
