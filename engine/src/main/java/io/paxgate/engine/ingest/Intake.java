package io.paxgate.engine.ingest;

import io.paxgate.engine.os.LatencySlice;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Batch inputs received over HTTP are decoded, filtered and journaled here, on a thread of their
 * own, in arrival order, rather than on the event loop: a burst of large PNR pushes (a 500 KB
 * PNRGOV XML decodes in about 5 ms) then no longer holds up the interactive check-ins and the
 * other connections that loop serves. Bounded by inputs and bytes waiting: a full intake answers
 * {@code null}, and the caller says "retry shortly" (503).
 */
public final class Intake implements AutoCloseable {
    /** Runs each input at once on the caller's thread (tests, and servers without an intake thread). */
    public static final Intake DIRECT = new Intake();

    private final ThreadPoolExecutor executor;
    private final int maxInputs;
    private final long maxBytes;
    private final AtomicInteger inputs = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    private Intake() {
        this.executor = null;
        this.maxInputs = Integer.MAX_VALUE;
        this.maxBytes = Long.MAX_VALUE;
    }

    private Intake(int maxInputs, long maxBytes) {
        this.maxInputs = maxInputs;
        this.maxBytes = maxBytes;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(LatencySlice.around(r), "paxgate-intake");
            t.setDaemon(true);
            return t;
        });
    }

    /** One intake thread; at most {@code maxInputs} inputs and {@code maxBytes} bytes waiting. */
    public static Intake thread(int maxInputs, long maxBytes) {
        if (maxInputs < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("an intake needs room for at least one input");
        }
        return new Intake(maxInputs, maxBytes);
    }

    /**
     * Runs {@code work} for an input of {@code size} bytes after the inputs before it; null when the
     * intake is full (nothing was queued).
     */
    public <T> CompletableFuture<T> submit(int size, Supplier<CompletableFuture<T>> work) {
        if (executor == null) {
            return work.get();
        }
        if (inputs.incrementAndGet() > maxInputs | bytes.addAndGet(size) > maxBytes) {
            release(size);
            return null;
        }
        CompletableFuture<T> out = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                CompletableFuture<T> done;
                try {
                    done = work.get();
                } catch (RuntimeException e) {
                    done = CompletableFuture.failedFuture(e);
                } finally {
                    release(size); // counted until its turn is over, not only while it waits
                }
                done.whenComplete((v, error) -> {
                    if (error != null) {
                        out.completeExceptionally(error);
                    } else {
                        out.complete(v);
                    }
                });
            });
        } catch (RejectedExecutionException closed) {
            release(size);
            return null;
        }
        return out;
    }

    private void release(int size) {
        inputs.decrementAndGet();
        bytes.addAndGet(-size);
    }

    /** Inputs waiting for the intake thread or being taken in by it. */
    public int waiting() {
        return Math.max(0, inputs.get());
    }

    /** Stops taking inputs; those already queued are still run. */
    @Override
    public void close() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
