package io.paxgate.engine.pipeline;

import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StageWaitStrategyTest {
    @Test
    void aStageWaitingOnTheStageBeforeItBlocksInsteadOfSpinningAndSeesEveryEventInOrder() throws Exception {
        StageWaitStrategy wait = new StageWaitStrategy();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        Disruptor<long[]> ring = new Disruptor<>(() -> new long[1], 64, r -> {
            Thread t = new Thread(r, "stage-test");
            t.setDaemon(true);
            threads.add(t);
            return t;
        }, ProducerType.SINGLE, wait);
        CountDownLatch gate = new CountDownLatch(1);
        List<Long> seen = new ArrayList<>();
        ring.handleEventsWith(StageWaitStrategy.stage(wait, e -> {
            try {
                gate.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            e[0] *= 2;
        })).then(StageWaitStrategy.stage(wait, e -> seen.add(e[0])));
        ring.start();
        try {
            ring.publishEvent((e, seq) -> e[0] = 0);
            // the first stage holds the event; the second has nothing to do: both wait, neither runs
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (threads.size() < 2 || threads.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)) {
                assertTrue(System.nanoTime() < deadline, "a stage did not block: "
                        + threads.stream().map(Thread::getState).toList());
                Thread.sleep(10);
            }
            gate.countDown();
            for (long i = 1; i < 1000; i++) {
                long v = i;
                ring.publishEvent((e, seq) -> e[0] = v);
            }
        } finally {
            ring.shutdown(10, TimeUnit.SECONDS);
        }
        assertEquals(1000, seen.size(), "every event reached the second stage");
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(2L * i, seen.get(i), "in order, after the first stage");
        }
    }
}
