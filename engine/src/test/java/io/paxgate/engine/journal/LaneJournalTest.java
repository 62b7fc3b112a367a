package io.paxgate.engine.journal;

import io.paxgate.engine.journal.Journal.Entry;
import io.paxgate.engine.journal.JournalOptions.SyncPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.paxgate.engine.journal.ChronicleJournalTest.bytes;
import static io.paxgate.engine.journal.ChronicleJournalTest.get;
import static io.paxgate.engine.journal.ChronicleJournalTest.unprocessed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LaneJournalTest {

    @TempDir
    Path dir;

    @Test
    void checkInsGoToTheirOwnLaneAndTheirIndexSaysSo() throws Exception {
        for (SyncPolicy sync : SyncPolicy.values()) {
            Path d = dir.resolve(sync.name());
            try (LaneJournal journal = LaneJournal.open(d, JournalOptions.defaults().withSync(sync))) {
                long batch = get(journal.append(100L, "http", "a", bytes("manifest")));
                long checkIn = get(journal.append(101L, "iapi", "b", bytes("check-in")));
                assertEquals(0, batch & LaneJournal.IAPI_LANE, sync + ": a batch index is the batch lane's own");
                assertNotEquals(0, checkIn & LaneJournal.IAPI_LANE, sync + ": a check-in's index carries its lane");
                assertEquals(2, journal.appendedCount());
                assertEquals(2, journal.unprocessedCount());
            }
            try (Stream<Path> files = Files.list(d.resolve(LaneJournal.IAPI_DIR))) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".cq4")), sync + ": the lane's own queue file");
            }
        }
    }

    @Test
    void markersFindTheirLaneAndKeysAreKnownAcrossLanes() throws Exception {
        Path d = dir.resolve("j");
        try (LaneJournal journal = LaneJournal.open(d, JournalOptions.defaults().withSync(SyncPolicy.NONE))) {
            long batch = get(journal.append(100L, "tcp", "a", bytes("manifest")));
            long checkIn = get(journal.append(101L, "iapi", "b", bytes("check-in")));
            journal.markProcessed(checkIn, "J2API:7");
            assertTrue(journal.processedBefore("J2API:7"));
            assertFalse(journal.processedBefore("J2:1"));
            assertEquals(1, journal.processedCount());
            List<Entry> waiting = unprocessed(journal);
            assertEquals(List.of(batch), waiting.stream().map(Entry::index).toList(), "only the batch input waits");
            journal.markProcessed(batch, "J2:1");
        }
        try (LaneJournal journal = LaneJournal.open(d, JournalOptions.defaults().withSync(SyncPolicy.NONE))) {
            assertTrue(journal.processedBefore("J2:1"), "a batch key after a restart");
            assertTrue(journal.processedBefore("J2API:7"), "a check-in key after a restart");
            assertEquals(List.of(), unprocessed(journal));
        }
    }

    @Test
    void readsAcrossLanesGiveEntriesInTheOrderReceived() throws Exception {
        Path d = dir.resolve("j");
        try (LaneJournal journal = LaneJournal.open(d, JournalOptions.defaults().withSync(SyncPolicy.NONE))) {
            get(journal.append(100L, "http", "a", bytes("b100")));
            get(journal.append(150L, "iapi", "b", bytes("c150")));
            get(journal.append(200L, "tcp", "a", bytes("b200")));
            get(journal.append(200L, "iapi", "b", bytes("c200")));
            get(journal.append(250L, "iapi", "b", bytes("c250")));
            get(journal.append(300L, "http", "a", bytes("b300")));
        }
        try (LaneJournal journal = LaneJournal.open(d, JournalOptions.defaults().withSync(SyncPolicy.NONE))) {
            List<String> replayed = new ArrayList<>();
            journal.forEachUnprocessed(e -> {
                replayed.add(new String(e.bytes()));
                journal.markProcessed(e.index(), "key-" + e.receivedAtMillis() + e.channel());
            });
            assertEquals(List.of("b100", "c150", "b200", "c200", "c250", "b300"), replayed);
            assertEquals(6, journal.processedCount(), "each replayed entry was marked in its own lane");

            List<Entry> since = new ArrayList<>();
            journal.forEachSince(150L, since::add);
            assertEquals(List.of("c150", "b200", "c200", "c250", "b300"),
                    since.stream().map(e -> new String(e.bytes())).toList());
            assertArrayEquals(bytes("c150"), since.get(0).bytes());
            assertNotEquals(0, since.get(0).index() & LaneJournal.IAPI_LANE);
        }
    }
}
