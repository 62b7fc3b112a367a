package io.paxgate.rules.watchlist;

import io.paxgate.rules.config.ListsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchlistRegistryTest {
    @TempDir
    Path dir;

    private ListSpec spec(Path file) {
        return new ListSpec("national", ListSpec.Format.PAXGATE_CSV, file, "national", 3);
    }

    @Test
    void everyListInConfigLoads() {
        ListsConfig config = ListsConfig.read(TestFiles.configDir().resolve("paxgate.yaml"));
        WatchlistRegistry<Void> registry = WatchlistRegistry.withoutIndex();
        for (ListSpec s : config.lists()) {
            WatchlistRegistry.ReloadResult r = registry.reload(s);
            assertEquals(1, r.version());
            assertTrue(r.entries() > 0, s.name());
            assertEquals(r.entries(), r.added());
        }
        assertEquals(7, registry.snapshot().get("un-sc").list().entries().size());
        assertEquals(9, registry.snapshot().get("opensanctions").list().entries().size());
        assertEquals(33, registry.snapshot().get("national").list().entries().size());
        // the lists screening walks are the map's, in its order, after a removal too
        assertEquals(List.copyOf(registry.snapshot().lists().values()), registry.snapshot().inForce());
        assertTrue(registry.remove("un-sc"));
        assertEquals(List.copyOf(registry.snapshot().lists().values()), registry.snapshot().inForce());
        assertEquals(config.lists().size() - 1, registry.snapshot().inForce().size());
        assertTrue(registry.snapshot().inForce().stream().noneMatch(l -> l.spec().name().equals("un-sc")));
    }

    @Test
    void reloadIncrementsTheVersionAndCountsAddedRemovedChanged() {
        Path file = TestFiles.write(dir, "n.csv", "id,surname,given_names\nA,ALIYEV,ELNUR\nB,QASIMOV,XAYAL\nC,VOLKOV,DMITRY\n");
        WatchlistRegistry<Integer> registry = new WatchlistRegistry<>(w -> w.entries().size());
        WatchlistRegistry.ReloadResult first = registry.reload(spec(file));
        assertEquals(1, first.version());
        assertEquals(3, first.added());

        TestFiles.write(dir, "n.csv", "id,surname,given_names\nA,ALIYEV,ELNUR\nB,GASIMOV,KHAYAL\nD,IVANOVA,YELENA\nE,YILMAZ,MEHMET\n");
        WatchlistRegistry.ReloadResult second = registry.reload(spec(file));
        assertEquals(2, second.version());
        assertEquals(4, second.entries());
        assertEquals(2, second.added());
        assertEquals(1, second.removed());
        assertEquals(1, second.changed());
        WatchlistRegistry.LoadedList<Integer> now = registry.snapshot().get("national");
        assertEquals(2, now.list().version());
        assertEquals(4, now.index(), "the index is rebuilt from the new version");
    }

    @Test
    void aBrokenFileIsRefusedAndTheOldVersionStays() {
        Path file = TestFiles.write(dir, "n.csv", "id,surname,birth_date\nA,ALIYEV,1970\n");
        WatchlistRegistry<Void> registry = WatchlistRegistry.withoutIndex();
        registry.reload(spec(file));
        WatchlistRegistry.Snapshot<Void> before = registry.snapshot();

        TestFiles.write(dir, "n.csv", "id,surname,birth_date\nA,ALIYEV,1970\nB,QASIMOV,19x0\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> registry.reload(spec(file)));
        assertEquals(3, e.line());
        assertEquals("birth_date", e.field());
        assertSame(before, registry.snapshot());
        assertEquals(1, registry.snapshot().get("national").list().version());
        assertEquals(1, registry.snapshot().get("national").list().entries().size());

        TestFiles.write(dir, "n.csv", "id,surname,birth_date\nA,ALIYEV,1970\nB,QASIMOV,1980\n");
        assertEquals(2, registry.reload(spec(file)).version(), "the failed attempt used no version number");
    }

    @Test
    void aBrokenUnFileKeepsTheOldVersion() {
        Path file = TestFiles.copyFromConfig("watchlists/un-sample.xml", dir);
        ListSpec un = new ListSpec("un-sc", ListSpec.Format.UN_XML, file, "sanctions", 5);
        WatchlistRegistry<Void> registry = WatchlistRegistry.withoutIndex();
        registry.reload(un);
        String xml = TestFiles.read(file);
        TestFiles.write(dir, file.getFileName().toString(), xml.substring(0, xml.length() - 40));
        assertThrows(WatchlistLoadException.class, () -> registry.reload(un));
        assertEquals(7, registry.snapshot().get("un-sc").list().entries().size());
    }

    @Test
    void anIndexerFailureKeepsTheOldVersion() {
        Path file = TestFiles.write(dir, "n.csv", "id,surname\nA,ALIYEV\n");
        AtomicBoolean fail = new AtomicBoolean();
        WatchlistRegistry<String> registry = new WatchlistRegistry<>(w -> {
            if (fail.get()) {
                throw new IllegalStateException("index failed");
            }
            return "index-v" + w.version();
        });
        registry.reload(spec(file));
        fail.set(true);
        assertThrows(IllegalStateException.class, () -> registry.reload(spec(file)));
        assertEquals("index-v1", registry.snapshot().get("national").index());
    }

    @Test
    void readersNeverSeeHalfAList() throws Exception {
        // Two versions of different sizes; the index records the size it was built from. A reader
        // must always find list and index agreeing, and one of the two whole sizes.
        Path small = TestFiles.write(dir, "small.csv", rows(1_000));
        Path large = TestFiles.write(dir, "large.csv", rows(5_000));
        WatchlistRegistry<Integer> registry = new WatchlistRegistry<>(w -> w.entries().size());
        registry.reload(spec(small));

        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                WatchlistRegistry.LoadedList<Integer> l = registry.snapshot().get("national");
                int size = l.list().entries().size();
                if (size != l.index() || size != 1_000 && size != 5_000
                        || !l.list().entries().get(size - 1).id().equals("ID" + (size - 1))) {
                    problem.compareAndSet(null, "saw " + size + " entries with index " + l.index());
                }
                reads.incrementAndGet();
            }
        });
        reader.start();
        for (int i = 0; i < 20; i++) {
            registry.reload(spec(i % 2 == 0 ? large : small));
        }
        stop.set(true);
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertNull(problem.get());
        assertTrue(reads.get() > 0);
        assertEquals(21, registry.snapshot().get("national").list().version());
    }

    private static String rows(int n) {
        StringBuilder sb = new StringBuilder("id,surname,given_names\n");
        for (int i = 0; i < n; i++) {
            sb.append("ID").append(i).append(",SURNAME").append(i).append(",GIVEN\n");
        }
        return sb.toString();
    }
}
