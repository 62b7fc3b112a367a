package io.paxgate.engine.server;

/**
 * Opens one Server-Sent Events stream. Runs on an event loop: it must not block; it keeps
 * {@code events} and sends from any thread until {@link SseChannel#isOpen()} turns false.
 * {@code request.header("Last-Event-ID")} is where a reconnecting client resumes.
 */
@FunctionalInterface
public interface StreamHandler {
    void open(Request request, SseChannel events);
}
