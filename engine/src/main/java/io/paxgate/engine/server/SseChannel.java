package io.paxgate.engine.server;

/** One open Server-Sent Events stream. Thread-safe. */
public interface SseChannel {

    /**
     * Sends one event; {@code id} and {@code event} may be null (left out). Returns false when the
     * stream is closed. A client that stays too slow to take events is disconnected rather than
     * buffered for without limit.
     */
    boolean send(String id, String event, String data);

    boolean isOpen();

    /** Runs {@code action} once when the stream closes (at once if it already has). */
    void onClose(Runnable action);

    void close();
}
