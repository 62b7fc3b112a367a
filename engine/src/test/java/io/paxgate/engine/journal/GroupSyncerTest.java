package io.paxgate.engine.journal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GroupSyncerTest {

    private static final Path DIR = Path.of("journal");
    private static final Path DAY_1 = DIR.resolve("20261123F.cq4");
    private static final Path DAY_2 = DIR.resolve("20261124F.cq4");

    private final FakeFileForcer forcer = new FakeFileForcer();
    private final GroupSyncer syncer = new GroupSyncer(DIR, forcer);

    @AfterEach
    void stop() {
        forcer.release.countDown();
        syncer.requestStop(null);
        syncer.awaitStop(Duration.ofSeconds(10));
    }

    @Test
    void appendsArrivingDuringASyncShareTheNextOne() throws Exception {
        CompletableFuture<Long> first = syncer.awaitSync(1, DAY_1);
        assertTrue(forcer.entered.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<Long>> group = new ArrayList<>();
        for (long i = 2; i <= 101; i++) {
            group.add(syncer.awaitSync(i, DAY_1));
        }
        forcer.release.countDown();
        assertEquals(1L, first.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < group.size(); i++) {
            assertEquals(i + 2L, group.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, syncer.syncCount());
        assertEquals(List.of(DAY_1, DAY_1), forcer.forced);
    }

    @Test
    void anAppendIsCompletedOnlyAfterTheSyncThatCoversIt() throws Exception {
        CompletableFuture<Long> first = syncer.awaitSync(1, DAY_1);
        assertTrue(forcer.entered.await(10, TimeUnit.SECONDS));
        assertFalse(first.isDone(), "completed while its sync is still running");
        forcer.release.countDown();
        assertEquals(1L, first.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aGroupAcrossARollForcesEachFileOnceOldestFirst() throws Exception {
        CompletableFuture<Long> first = syncer.awaitSync(1, DAY_1);
        assertTrue(forcer.entered.await(10, TimeUnit.SECONDS));
        CompletableFuture<Long> lastOfDay1 = syncer.awaitSync(2, DAY_1);
        CompletableFuture<Long> firstOfDay2 = syncer.awaitSync(3, DAY_2);
        CompletableFuture<Long> secondOfDay2 = syncer.awaitSync(4, DAY_2);
        forcer.release.countDown();
        CompletableFuture.allOf(first, lastOfDay1, firstOfDay2, secondOfDay2).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(DAY_1, DAY_1, DAY_2), forcer.forced);
    }

    @Test
    void aFailedSyncFailsItsGroupAndTheNextGroupIsSyncedAgain() throws Exception {
        forcer.failNext = new IOException("No space left on device");
        forcer.release.countDown();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> syncer.awaitSync(1, DAY_1).get(10, TimeUnit.SECONDS));
        assertInstanceOf(UncheckedIOException.class, e.getCause());
        assertEquals(2L, syncer.awaitSync(2, DAY_1).get(10, TimeUnit.SECONDS));
        assertEquals(1, syncer.syncCount());
    }

    @Test
    void stoppingCompletesWhatWaitsAndForcesTheLastFileOnceMore() throws Exception {
        CompletableFuture<Long> first = syncer.awaitSync(1, DAY_1);
        assertTrue(forcer.entered.await(10, TimeUnit.SECONDS));
        CompletableFuture<Long> second = syncer.awaitSync(2, DAY_1);
        syncer.requestStop(DAY_2);
        forcer.release.countDown();
        syncer.awaitStop(Duration.ofSeconds(10));
        assertEquals(1L, first.getNow(-1L));
        assertEquals(2L, second.getNow(-1L));
        assertEquals(List.of(DAY_1, DAY_1, DAY_2), forcer.forced);
        assertTrue(forcer.closed);
    }

    /** Records the files forced; the first force waits for {@link #release}. */
    static final class FakeFileForcer extends FileForcer {
        final List<Path> forced = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile IOException failNext;
        volatile boolean closed;

        FakeFileForcer() {
            super(DIR);
        }

        @Override
        void force(Path file) throws IOException {
            forced.add(file);
            entered.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("the test never released the sync");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            IOException failure = failNext;
            if (failure != null) {
                failNext = null;
                throw failure;
            }
        }

        @Override
        void close() {
            closed = true;
        }
    }
}
