package io.paxgate.engine.journal;

import io.paxgate.engine.journal.Journal.Entry;
import io.paxgate.engine.journal.JournalOptions.SyncPolicy;
import net.openhft.chronicle.bytes.BytesStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JournalPretoucherTest {

    @TempDir
    Path dir;

    @Test
    void touchingLeavesEveryByteItPassesOverAsItWas() {
        BytesStore<?, Void> store = BytesStore.nativeStoreWithFixedCapacity(64 * 4096);
        try {
            for (long p = 0; p < store.capacity(); p += 4096) {
                store.writeLong(p, p % 3 == 0 ? 0 : p * 7 + 1); // written pages and still-empty ones
            }
            JournalPretoucher pretoucher = new JournalPretoucher("test", owner -> {
                store.reserve(owner);
                return new JournalPretoucher.Head(store, 100);
            });
            pretoucher.touchAhead();
            for (long p = 0; p < store.capacity(); p += 4096) {
                assertEquals(p % 3 == 0 ? 0 : p * 7 + 1, store.readLong(p), "page at " + p);
            }
            assertEquals(63, pretoucher.touchedPages(), "every page after the write position, within the store");
        } finally {
            store.releaseLast();
        }
    }

    @Test
    void aJournalTouchedAheadWhileItIsWrittenReadsEveryEntryBackUnchanged() throws Exception {
        List<byte[]> written = new ArrayList<>();
        JournalOptions noSync = JournalOptions.defaults().withSync(SyncPolicy.NONE);
        try (ChronicleJournal journal = ChronicleJournal.open(dir, noSync)) {
            for (int i = 0; journal.pretouchedPages() < JournalPretoucher.AHEAD / 4096 || i < 200; i++) {
                byte[] payload = new byte[50_000 + i];
                for (int k = 0; k < payload.length; k++) {
                    payload[k] = (byte) (k * 31 + i);
                }
                written.add(payload);
                journal.append(i, "http", "a", payload).get();
                Thread.sleep(1); // rounds of the pretoucher between appends
            }
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, noSync)) {
            List<Entry> entries = new ArrayList<>();
            journal.forEachUnprocessed(entries::add);
            assertEquals(written.size(), entries.size());
            for (int i = 0; i < written.size(); i++) {
                assertArrayEquals(written.get(i), entries.get(i).bytes(), "entry " + i);
            }
        }
    }
}
