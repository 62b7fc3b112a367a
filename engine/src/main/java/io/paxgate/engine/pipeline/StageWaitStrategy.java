package io.paxgate.engine.pipeline;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.WaitStrategy;
import io.paxgate.engine.os.LatencySlice;

import java.util.function.Consumer;

/**
 * Blocks a handler until what it waits for is there, whether that is the ring's cursor (the first
 * stage) or the handlers of the stage before it. Disruptor's {@code BlockingWaitStrategy} blocks only
 * on the cursor and spins on a previous stage: with parallel matcher stages on a 2-core machine,
 * every idle handler would hold a core. Here a handler made by {@link #stage} moves its sequence on
 * as soon as it is done with an event and then calls {@link #signalAllWhenBlocking}, as the ring's
 * publishers do: a waiter checks under the same lock before it waits, so no signal is lost.
 */
final class StageWaitStrategy implements WaitStrategy {
    private final Object mutex = new Object();

    @Override
    public long waitFor(long sequence, Sequence cursor, Sequence dependent, SequenceBarrier barrier)
            throws AlertException, InterruptedException {
        long available = dependent.get();
        if (available >= sequence) {
            return available;
        }
        synchronized (mutex) {
            while ((available = dependent.get()) < sequence) {
                barrier.checkAlert();
                mutex.wait();
            }
        }
        return available;
    }

    @Override
    public void signalAllWhenBlocking() {
        synchronized (mutex) {
            mutex.notifyAll();
        }
    }

    @Override
    public String toString() {
        return "StageWaitStrategy";
    }

    /**
     * A handler of a staged ring: once {@code body} is done with an event, the handler's sequence moves
     * on and the handlers waiting on it are woken, event by event rather than at the end of a batch.
     */
    static <T> EventHandler<T> stage(WaitStrategy wait, Consumer<T> body) {
        return stage(wait, null, body);
    }

    /**
     * The same, on a thread renamed {@code thread} when it starts (null: the ring's name for it).
     * Only the publishing stage (board writes, the processed mark) is renamed, and it is bulk work:
     * every other stage is on an alert's path and asks for the short scheduler slice
     * ({@link io.paxgate.engine.os.LatencySlice}).
     */
    static <T> EventHandler<T> stage(WaitStrategy wait, String thread, Consumer<T> body) {
        return new EventHandler<>() {
            private Sequence done;

            @Override
            public void onStart() {
                if (thread != null) {
                    Thread.currentThread().setName(thread);
                } else {
                    LatencySlice.request();
                }
            }

            @Override
            public void setSequenceCallback(Sequence sequence) {
                done = sequence;
            }

            @Override
            public void onEvent(T event, long sequence, boolean endOfBatch) {
                body.accept(event);
                done.set(sequence);
                wait.signalAllWhenBlocking();
            }
        };
    }
}
