package io.paxgate.engine.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeTest {

    @Test
    void inputsRunInArrivalOrderOnTheIntakeThread() throws Exception {
        List<Integer> order = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (Intake intake = Intake.thread(100, 1 << 20)) {
            List<CompletableFuture<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                all.add(intake.submit(10, () -> {
                    order.add(n);
                    threads.add(Thread.currentThread().getName());
                    return CompletableFuture.completedFuture(n);
                }));
            }
            for (int i = 0; i < 50; i++) {
                assertEquals(i, all.get(i).get(5, TimeUnit.SECONDS));
            }
        }
        for (int i = 0; i < 50; i++) {
            assertEquals(i, order.get(i));
        }
        assertTrue(threads.stream().allMatch("paxgate-intake"::equals));
    }

    @Test
    void aFullIntakeRefusesRatherThanQueueingWithoutBound() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        try (Intake intake = Intake.thread(2, 1000)) {
            CompletableFuture<Integer> first = intake.submit(100, () -> {
                await(hold);
                return CompletableFuture.completedFuture(1);
            });
            assertNotNull(first);
            assertNotNull(intake.submit(100, () -> CompletableFuture.completedFuture(2)));
            // by count: a third input while two wait or run
            assertNull(intake.submit(1, () -> CompletableFuture.completedFuture(3)));
            hold.countDown();
            assertEquals(1, first.get(5, TimeUnit.SECONDS));
        }
        try (Intake intake = Intake.thread(10, 1000)) {
            // by bytes: one input larger than the room left
            assertNull(intake.submit(1001, () -> CompletableFuture.completedFuture(0)));
            assertEquals(0, intake.waiting());
        }
    }

    @Test
    void aFailingInputFailsItsOwnFutureOnly() throws Exception {
        try (Intake intake = Intake.thread(10, 1000)) {
            CompletableFuture<Integer> bad = intake.submit(1, () -> {
                throw new IllegalStateException("broken");
            });
            CompletableFuture<Integer> good = intake.submit(1, () -> CompletableFuture.completedFuture(7));
            assertThrows(Exception.class, () -> bad.get(5, TimeUnit.SECONDS));
            assertEquals(7, good.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void directIntakeRunsOnTheCallersThread() throws Exception {
        String caller = Thread.currentThread().getName();
        CompletableFuture<String> on = Intake.DIRECT.submit(1,
                () -> CompletableFuture.completedFuture(Thread.currentThread().getName()));
        assertEquals(caller, on.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
