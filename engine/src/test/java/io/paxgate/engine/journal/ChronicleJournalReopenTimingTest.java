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
 * What the scan on open costs: a journal of 100,000 entries of 2 KiB, half of them marked processed,
 * reopened a few times. A measurement, not a check: run it with
 * {@code mvn -o test -pl engine -am -Dtest=ChronicleJournalReopenTimingTest -Dpaxgate.journal.timing=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "paxgate.journal.timing", matches = "true")
class ChronicleJournalReopenTimingTest {

    private static final int ENTRIES = 100_000;
    private static final int ENTRY_BYTES = 2_048;
    private static final int REOPENS = 5;

    @TempDir
    Path dir;

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
}
