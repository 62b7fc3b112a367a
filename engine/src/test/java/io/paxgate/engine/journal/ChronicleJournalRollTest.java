package io.paxgate.engine.journal;

import io.paxgate.engine.journal.Journal.Entry;
import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.paxgate.engine.journal.ChronicleJournalTest.bytes;
import static io.paxgate.engine.journal.ChronicleJournalTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal across file rolls, on a secondly roll cycle and a clock the test moves. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChronicleJournalRollTest {

    @TempDir
    Path dir;

    @Test
    void groupSyncReplayAndMarkersWorkAcrossRolls() throws Exception {
        SetTimeProvider clock = new SetTimeProvider("2026-11-23T10:00:00");
        List<Long> unprocessed = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults(),
                TestRollCycles.TEST_SECONDLY, clock)) {
            for (int cycle = 0; cycle < 4; cycle++) {
                List<CompletableFuture<Long>> futures = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    futures.add(journal.append(i, "tcp", "a", bytes("cycle " + cycle + " entry " + i)));
                }
                for (int i = 0; i < 10; i++) {
                    long index = get(futures.get(i));
                    all.add(index);
                    if (i % 2 == 0) {
                        // some entries are marked in a later file than their own
                        unprocessed.add(index);
                    }
                }
                clock.advanceMillis(1_000);
                for (int i = 1; i < 10; i += 2) {
                    journal.markProcessed(all.get(cycle * 10 + i), "k" + cycle + "/" + i);
                }
            }
            assertTrue(journal.syncCount() >= 4, "at least one sync per file");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.filter(f -> f.toString().endsWith(".cq4")).count() >= 4, "one file per second");
        }
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i) > all.get(i - 1));
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults(),
                TestRollCycles.TEST_SECONDLY, clock)) {
            List<Long> replayed = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            journal.forEachUnprocessed(e -> {
                replayed.add(e.index());
                texts.add(text(e));
            });
            assertEquals(unprocessed, replayed);
            assertEquals("cycle 3 entry 8", texts.get(texts.size() - 1));
            assertTrue(journal.processedBefore("k0/1"));
            assertEquals(40, journal.appendedCount());
            assertEquals(20, journal.processedCount());
        }
    }

    private static String text(Entry e) {
        return new String(e.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void oldDaysAreDeletedWhileOpenButNotTheOneBeingWrittenNorAnyFromAnUnprocessedEntryOn() throws Exception {
        SetTimeProvider clock = new SetTimeProvider("2026-01-01T10:00:00");
        long day = TimeUnit.DAYS.toMillis(1);
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults(), ChronicleJournal.ROLL_CYCLE, clock)) {
            long first = get(journal.append(1, "http", "a", bytes("day 1")));
            journal.markProcessed(first, "k1");
            clock.advanceMillis(day);
            long second = get(journal.append(2, "http", "a", bytes("day 2, not processed yet")));
            clock.advanceMillis(day);
            journal.markProcessed(get(journal.append(3, "http", "a", bytes("day 3"))), "k3");
            clock.advanceMillis(day);
            get(journal.append(4, "http", "a", bytes("day 4")));

            List<Path> gone = journal.deleteDaysBefore(java.time.LocalDate.of(2026, 1, 5));
            assertEquals(List.of("20260101F.cq4"), gone.stream().map(f -> f.getFileName().toString()).toList(),
                    "day 2 holds an entry a replay needs: it and the days after stay");
            journal.markProcessed(second, "k2");
            gone = journal.deleteDaysBefore(java.time.LocalDate.of(2026, 1, 5));
            assertEquals(List.of("20260102F.cq4", "20260103F.cq4"), gone.stream().map(f -> f.getFileName().toString()).toList(),
                    "the day being written (4) stays");

            // the journal goes on: appends, a read from the start, replay
            get(journal.append(5, "http", "a", bytes("day 4 again")));
            List<String> read = new ArrayList<>();
            journal.forEachSince(0, e -> read.add(new String(e.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(List.of("day 4", "day 4 again"), read);
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults(), ChronicleJournal.ROLL_CYCLE, clock)) {
            List<Long> replay = new ArrayList<>();
            journal.forEachUnprocessed(e -> replay.add(e.index()));
            assertEquals(2, replay.size(), "the two entries of day 4 were never marked");
        }
    }
}
