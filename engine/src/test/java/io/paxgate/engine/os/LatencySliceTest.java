package io.paxgate.engine.os;

import io.paxgate.engine.ingest.Intake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LatencySliceTest {
    @AfterEach
    void reset() {
        LatencySlice.configure(0);
    }

    /** The slice a fresh thread reports after running {@code task}. */
    private static long sliceAfter(Runnable task) throws Exception {
        AtomicLong slice = new AtomicLong(Long.MIN_VALUE);
        Thread t = new Thread(() -> {
            task.run();
            slice.set(LatencySlice.current());
        });
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(10));
        return slice.get();
    }

    /** Whether this machine reports slices and takes a 100 us one (Linux 6.12+); the tests below skip otherwise. */
    private static boolean kernelTakesSlices() throws Exception {
        boolean[] took = {false};
        long after = sliceAfter(() -> took[0] = LatencySlice.request(LatencySlice.MIN_NANOS));
        return took[0] && after == LatencySlice.MIN_NANOS;
    }

    @Test
    void aSliceIsZeroOrWithinTheKernelsBounds() {
        assertThrows(IllegalArgumentException.class, () -> LatencySlice.configure(50_000));
        assertThrows(IllegalArgumentException.class, () -> LatencySlice.configure(200_000_000));
        assertThrows(IllegalArgumentException.class, () -> LatencySlice.configure(-1));
        LatencySlice.configure(250_000);
        assertEquals(250_000, LatencySlice.configured());
        LatencySlice.configure(0);
        assertEquals(0, LatencySlice.configured());
        assertFalse(LatencySlice.request(), "nothing configured: nothing asked");
    }

    @Test
    void aThreadThatAsksGetsTheSliceAndOthersKeepTheDefault() throws Exception {
        assumeTrue(kernelTakesSlices(), "this kernel does not take per-thread slices (Linux 6.12+)");
        long plain = sliceAfter(() -> { });
        assertTrue(plain > 0 && plain != 250_000, "a thread that asked nothing: " + plain);
        LatencySlice.configure(250_000);
        assertEquals(250_000, sliceAfter(() -> assertTrue(LatencySlice.request())));
        assertEquals(plain, sliceAfter(() -> { }), "only the asking thread changes");
        var pool = Executors.newSingleThreadExecutor(LatencySlice.around(Executors.defaultThreadFactory()));
        try {
            assertEquals(250_000, pool.submit(LatencySlice::current).get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNiceValueIsKept() throws Exception {
        assumeTrue(kernelTakesSlices(), "this kernel does not take per-thread slices (Linux 6.12+)");
        // a thread at nice 5 (raising one's own nice needs no privilege) keeps it when it asks for a slice
        String[] niceAfter = {null};
        sliceAfter(() -> {
            try {
                long tid = Long.parseLong(java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self"))
                        .getFileName().toString());
                Process p = new ProcessBuilder("renice", "-n", "5", "-p", Long.toString(tid)).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                assumeTrue(p.waitFor() == 0, "renice is not available here");
                assertTrue(LatencySlice.request(LatencySlice.MIN_NANOS));
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
                niceAfter[0] = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assumeTrue(niceAfter[0] != null, "renice is not available here");
        assertEquals("5", niceAfter[0]);
    }

    @Test
    void theIntakeThreadAsksForTheConfiguredSlice() throws Exception {
        assumeTrue(kernelTakesSlices(), "this kernel does not take per-thread slices (Linux 6.12+)");
        LatencySlice.configure(LatencySlice.MIN_NANOS);
        try (Intake intake = Intake.thread(10, 1 << 20)) {
            CompletableFuture<Long> seen = intake.submit(1, () -> CompletableFuture.completedFuture(LatencySlice.current()));
            assertEquals(LatencySlice.MIN_NANOS, seen.get(10, TimeUnit.SECONDS));
        }
    }
}
