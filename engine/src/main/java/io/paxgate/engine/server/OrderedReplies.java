package io.paxgate.engine.server;

import io.netty.channel.Channel;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Answers on one connection in the order the requests arrived, whatever order their futures
 * complete in. Each completion hops to the channel's event loop; everything here runs there.
 *
 * @param <T> what a request completes with
 */
final class OrderedReplies<T> {
    private final Channel channel;
    /** Writes one completed answer (value, or failure with a null value), on the event loop. */
    private final BiConsumer<T, Throwable> writer;
    private final ArrayDeque<Slot<T>> pending = new ArrayDeque<>();

    OrderedReplies(Channel channel, BiConsumer<T, Throwable> writer) {
        this.channel = channel;
        this.writer = writer;
    }

    /** Queues {@code future}'s answer behind those already pending. Call on the event loop. */
    void add(CompletableFuture<? extends T> future) {
        Slot<T> slot = new Slot<>();
        pending.add(slot);
        future.whenComplete((value, error) -> channel.eventLoop().execute(() -> {
            slot.value = value;
            slot.error = error;
            slot.done = true;
            drain();
        }));
    }

    /** Answers not yet written. Call on the event loop. */
    int size() {
        return pending.size();
    }

    private void drain() {
        while (!pending.isEmpty() && pending.peek().done) {
            Slot<T> head = pending.poll();
            writer.accept(head.value, head.error);
        }
    }

    private static final class Slot<T> {
        T value;
        Throwable error;
        boolean done;
    }
}
