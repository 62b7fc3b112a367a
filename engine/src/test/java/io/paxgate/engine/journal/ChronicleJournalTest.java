package io.paxgate.engine.journal;

import io.paxgate.engine.journal.Journal.Entry;
import io.paxgate.engine.journal.JournalOptions.SyncPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChronicleJournalTest {

    private static final JournalOptions NO_SYNC = JournalOptions.defaults().withSync(SyncPolicy.NONE);

    @TempDir
    Path dir;

    @Test
    void anAppendedEntryReadsBackWithEverythingItCarried() throws Exception {
        byte[] payload = bytes("UNA:+.? 'UNB+UNOA:4+KC+AZE+261123:0900+42'");
        long index;
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            index = get(journal.append(1_700_000_000_123L, "tcp", "10.0.0.7:51234", payload));
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            List<Entry> entries = unprocessed(journal);
            assertEquals(1, entries.size());
            Entry e = entries.get(0);
            assertEquals(index, e.index());
            assertEquals(1_700_000_000_123L, e.receivedAtMillis());
            assertEquals("tcp", e.channel());
            assertEquals("10.0.0.7:51234", e.remote());
            assertArrayEquals(payload, e.bytes());
        }
    }

    @Test
    void entriesSinceATimeAreReadProcessedOrNotAndOlderOnesAreLeftOut() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            get(journal.append(100L, "http", "a", bytes("old")));
            long second = get(journal.append(200L, "http", "b", bytes("second")));
            get(journal.append(300L, "tcp", "c", bytes("third")));
            journal.markProcessed(second, "KC:2");
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            List<Entry> since = new java.util.ArrayList<>();
            journal.forEachSince(200L, since::add);
            assertEquals(List.of(200L, 300L), since.stream().map(Entry::receivedAtMillis).toList());
            assertArrayEquals(bytes("second"), since.get(0).bytes());
            assertEquals("tcp", since.get(1).channel());
        }
    }

    @Test
    void anEmptyPayloadAndAnUnknownRemoteAreKept() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            get(journal.append(1L, "http", null, new byte[0]));
            Entry e = unprocessed(journal).get(0);
            assertNull(e.remote());
            assertEquals(0, e.bytes().length);
        }
    }

    @Test
    void indexesIncreaseWithEachAppendAcrossMarkersAndRestarts() throws Exception {
        List<Long> indexes = new ArrayList<>();
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            for (int i = 0; i < 50; i++) {
                long index = get(journal.append(i, "http", "a", bytes("m" + i)));
                indexes.add(index);
                if (i % 3 == 0) {
                    journal.markProcessed(index, "k" + i);
                }
            }
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            for (int i = 50; i < 60; i++) {
                indexes.add(get(journal.append(i, "http", "a", bytes("m" + i))));
            }
        }
        for (int i = 1; i < indexes.size(); i++) {
            assertTrue(indexes.get(i) > indexes.get(i - 1), "index " + i + " after " + (i - 1));
        }
    }

    @Test
    void concurrentAppendsGetDistinctIndexesAndAllArePresent() throws Exception {
        int threads = 6;
        int perThread = 500;
        Map<Long, String> written = new ConcurrentHashMap<>();
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        go.await();
                        List<CompletableFuture<Long>> mine = new ArrayList<>();
                        List<String> texts = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            String text = "thread " + thread + " message " + i;
                            texts.add(text);
                            mine.add(journal.append(i, "tcp", "t" + thread, bytes(text)));
                        }
                        for (int i = 0; i < perThread; i++) {
                            String previous = written.put(get(mine.get(i)), texts.get(i));
                            assertNull(previous, "an index handed out twice");
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(threads * perThread, written.size());
            assertEquals(threads * perThread, journal.appendedCount());
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            Map<Long, String> read = new ConcurrentHashMap<>();
            journal.forEachUnprocessed(e -> read.put(e.index(), new String(e.bytes(), StandardCharsets.UTF_8)));
            assertEquals(written, read);
        }
    }

    @Test
    void afterRestartOnlyUnprocessedEntriesAreReplayedOldestFirst() throws Exception {
        List<Long> expected = new ArrayList<>();
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            for (int i = 0; i < 20; i++) {
                long index = get(journal.append(i, "http", "a", bytes("m" + i)));
                if (i % 4 == 0) {
                    journal.markProcessed(index, "KC:" + i);
                } else {
                    expected.add(index);
                }
            }
            assertEquals(20, journal.appendedCount());
            assertEquals(5, journal.processedCount());
            assertEquals(15, journal.unprocessedCount());
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            assertEquals(15, journal.unprocessedCount());
            List<Long> replayed = new ArrayList<>();
            journal.forEachUnprocessed(e -> replayed.add(e.index()));
            assertEquals(expected, replayed);
            assertEquals(20, journal.appendedCount());
            assertEquals(5, journal.processedCount());
        }
    }

    @Test
    void processedBeforeAnswersForKeysOfAnEarlierRun() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            long index = get(journal.append(1, "tcp", "a", bytes("x")));
            assertFalse(journal.processedBefore("KC+AZE:42"));
            journal.markProcessed(index, "KC+AZE:42");
            assertTrue(journal.processedBefore("KC+AZE:42"));
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            assertTrue(journal.processedBefore("KC+AZE:42"));
            assertFalse(journal.processedBefore("KC+AZE:43"));
        }
    }

    @Test
    void entriesMarkedDuringReplayAreNotReplayedAgain() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            for (int i = 0; i < 5; i++) {
                get(journal.append(i, "http", "a", bytes("m" + i)));
            }
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            journal.forEachUnprocessed(e -> journal.markProcessed(e.index(), "key" + e.index()));
            assertEquals(5, journal.processedCount());
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            assertTrue(unprocessed(journal).isEmpty());
        }
    }

    @Test
    void markingTwiceCountsOnce() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            long index = get(journal.append(1, "http", "a", bytes("x")));
            journal.markProcessed(index, "k");
            journal.markProcessed(index, "k");
            assertEquals(1, journal.processedCount());
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            assertEquals(1, journal.processedCount());
        }
    }

    @Test
    void markingAnIndexNeverAppendedFails() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            long index = get(journal.append(1, "http", "a", bytes("x")));
            assertThrows(IllegalArgumentException.class, () -> journal.markProcessed(index + 1000, "k"));
        }
    }

    @Test
    void groupSyncCompletesEveryFuture() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults())) {
            List<CompletableFuture<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(journal.append(i, "http", "a", bytes("m" + i)));
            }
            Set<Long> indexes = new HashSet<>();
            for (CompletableFuture<Long> f : futures) {
                indexes.add(get(f));
            }
            assertEquals(200, indexes.size());
            assertTrue(journal.syncCount() >= 1);
        }
    }

    @Test
    void closeCompletesAppendsStillWaitingForTheirSync() throws Exception {
        List<CompletableFuture<Long>> futures = new ArrayList<>();
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults())) {
            for (int i = 0; i < 100; i++) {
                futures.add(journal.append(i, "http", "a", bytes("m" + i)));
            }
        }
        for (CompletableFuture<Long> f : futures) {
            assertTrue(f.isDone() && !f.isCompletedExceptionally());
        }
    }

    @Test
    void anEntryOverTheLimitFailsAndIsNotJournaled() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC.withMaxEntryBytes(1_000))) {
            get(journal.append(1, "http", "a", new byte[1_000]));
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> journal.append(2, "http", "a", new byte[1_001]).get(5, TimeUnit.SECONDS));
            EntryTooLargeException tooLarge = assertInstanceOf(EntryTooLargeException.class, e.getCause());
            assertEquals(1_001, tooLarge.size());
            assertEquals(1, journal.appendedCount());
        }
    }

    @Test
    void aLargeEntryRoundTrips() throws Exception {
        byte[] payload = new byte[JournalOptions.DEFAULT_MAX_ENTRY_BYTES];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults())) {
            get(journal.append(1, "http", "a", payload));
            get(journal.append(2, "http", "a", payload));
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            List<Entry> entries = unprocessed(journal);
            assertEquals(2, entries.size());
            assertArrayEquals(payload, entries.get(1).bytes());
        }
    }

    @Test
    void callsAfterCloseFailClearly() throws Exception {
        ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults());
        long index = get(journal.append(1, "http", "a", bytes("x")));
        journal.close();
        journal.close();
        assertThrows(JournalClosedException.class, () -> journal.append(2, "http", "a", bytes("y")));
        assertThrows(JournalClosedException.class, () -> journal.markProcessed(index, "k"));
        assertThrows(JournalClosedException.class, () -> journal.processedBefore("k"));
        assertThrows(JournalClosedException.class, () -> journal.forEachUnprocessed(e -> { }));
        assertEquals(1, journal.appendedCount());
    }

    @Test
    void aSecondJournalOnTheSameDirectoryIsRefusedUntilTheFirstCloses() throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            get(journal.append(1, "http", "a", bytes("x")));
            JournalInUseException e = assertThrows(JournalInUseException.class, () -> ChronicleJournal.open(dir, NO_SYNC));
            assertTrue(e.getMessage().contains("this process"), e.getMessage());
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, NO_SYNC)) {
            assertEquals(1, journal.appendedCount());
        }
    }

    @Test
    void theDirectoryIsCreated() throws Exception {
        Path nested = dir.resolve("data").resolve("journal");
        try (ChronicleJournal journal = ChronicleJournal.open(nested, NO_SYNC)) {
            get(journal.append(1, "http", "a", bytes("x")));
        }
        assertTrue(nested.toFile().isDirectory());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static long get(CompletableFuture<Long> f) throws InterruptedException, ExecutionException, TimeoutException {
        return f.get(10, TimeUnit.SECONDS);
    }

    static List<Entry> unprocessed(Journal journal) {
        List<Entry> entries = new ArrayList<>();
        journal.forEachUnprocessed(entries::add);
        return entries;
    }
}
