package io.paxgate.engine.pipeline;

import io.paxgate.engine.journal.Journal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A journal in memory, for pipeline tests: entries survive a pipeline restart, not the JVM. */
final class MemoryJournal implements Journal {
    private final List<Entry> entries = new ArrayList<>();
    private final Set<Long> processed = new HashSet<>();
    private final Set<String> keys = new HashSet<>();
    private volatile Runnable beforeMark = () -> { };

    /** Runs {@code check} each time an input is about to be marked processed. */
    void beforeMark(Runnable check) {
        beforeMark = check;
    }

    @Override
    public synchronized CompletableFuture<Long> append(long receivedAtMillis, String channel, String remote, byte[] bytes,
                                                       int sensitiveRemoved) {
        long index = entries.size();
        entries.add(new Entry(index, receivedAtMillis, channel, remote, bytes.clone(), sensitiveRemoved));
        return CompletableFuture.completedFuture(index);
    }

    @Override
    public synchronized void markProcessed(long index, String interchangeKey) {
        beforeMark.run();
        processed.add(index);
        keys.add(interchangeKey);
    }

    @Override
    public synchronized boolean processedBefore(String interchangeKey) {
        return keys.contains(interchangeKey);
    }

    @Override
    public synchronized void forEachUnprocessed(Consumer<Entry> consumer) {
        for (Entry e : List.copyOf(entries)) {
            if (!processed.contains(e.index())) {
                consumer.accept(e);
            }
        }
    }

    @Override
    public synchronized void forEachSince(long receivedAtMillis, Consumer<Entry> consumer) {
        for (Entry e : List.copyOf(entries)) {
            if (e.receivedAtMillis() >= receivedAtMillis) {
                consumer.accept(e);
            }
        }
    }

    @Override
    public synchronized long appendedCount() {
        return entries.size();
    }

    @Override
    public synchronized long processedCount() {
        return processed.size();
    }

    @Override
    public void close() {
    }
}
