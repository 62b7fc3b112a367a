package io.paxgate.engine.journal;

import io.paxgate.engine.journal.JournalOptions.SyncPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measurements, not checks: what the scan on open costs, and how large the groups of a group commit
 * are under load. Run with {@code mvn -o test -pl engine -am -Dtest=ChronicleJournalMeasureTest
 * -Dpaxgate.journal.timing=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "paxgate.journal.timing", matches = "true")
class ChronicleJournalMeasureTest {

    private static final int ENTRIES = 100_000;
    private static final int ENTRY_BYTES = 2_048;
    private static final int REOPENS = 5;

    @TempDir
    Path dir;

    /** A journal of 100,000 entries of 2 KiB, half of them marked processed, reopened a few times. */
    @Test
    void reopenOf100kEntries() throws Exception {
        JournalOptions options = JournalOptions.defaults().withSync(SyncPolicy.NONE);
        byte[] payload = new byte[ENTRY_BYTES];
        long writeStart = System.nanoTime();
        try (ChronicleJournal journal = ChronicleJournal.open(dir, options)) {
            for (int i = 0; i < ENTRIES; i++) {
                CompletableFuture<Long> done = journal.append(i, "tcp", "127.0.0.1:9090", payload);
                long index = done.get(10, TimeUnit.SECONDS);
                if (i % 2 == 0) {
                    journal.markProcessed(index, "SENDER+AZE:" + i);
                }
            }
        }
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
        long[] openMillis = new long[REOPENS];
        for (int r = 0; r < REOPENS; r++) {
            long start = System.nanoTime();
            try (ChronicleJournal journal = ChronicleJournal.open(dir, options)) {
                openMillis[r] = (System.nanoTime() - start) / 1_000_000;
                assertEquals(ENTRIES, journal.appendedCount());
                assertEquals(ENTRIES / 2, journal.processedCount());
            }
        }
        long[] sorted = openMillis.clone();
        Arrays.sort(sorted);
        System.out.printf("journal of %d entries x %d B (+%d markers): written in %d ms; reopen ms %s, median %d%n",
                ENTRIES, ENTRY_BYTES, ENTRIES / 2, writeMillis, Arrays.toString(openMillis), sorted[REOPENS / 2]);
    }

    /** Four threads, 64 appends in flight each, 2 KiB entries, group commit, for three seconds. */
    @Test
    void groupCommitUnderLoad() throws Exception {
        int threads = 4;
        long runNanos = TimeUnit.SECONDS.toNanos(3);
        byte[] payload = new byte[ENTRY_BYTES];
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults())) {
            Thread[] writers = new Thread[threads];
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                writers[t] = new Thread(() -> {
                    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(64);
                    while (System.nanoTime() - start < runNanos) {
                        inFlight.acquireUninterruptibly();
                        journal.append(1, "tcp", "a", payload).whenComplete((i, e) -> inFlight.release());
                    }
                    inFlight.acquireUninterruptibly(64);
                });
                writers[t].start();
            }
            for (Thread w : writers) {
                w.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long appended = journal.appendedCount();
            long syncs = journal.syncCount();
            System.out.printf("group commit: %d appends of %d B in %.1f s (%.0f/s), %d syncs (%.0f/s), %.1f appends per sync%n",
                    appended, ENTRY_BYTES, seconds, appended / seconds, syncs, syncs / seconds, (double) appended / syncs);
        }
    }
}
