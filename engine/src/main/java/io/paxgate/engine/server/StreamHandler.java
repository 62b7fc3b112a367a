package io.paxgate.engine.server;

/**
 * Opens one Server-Sent Events stream. Runs on an event loop: it must not block; it keeps
 * {@code events} and sends from any thread until {@link SseChannel#isOpen()} turns false.
 * {@code request.header("Last-Event-ID")} is where a reconnecting client resumes.
 */
@FunctionalInterface
public interface StreamHandler {
    void open(Request request, SseChannel events);

    /** An answer instead of the stream (a 403 for a post the caller may not follow), or null to open it. */
    default Response refusal(Request request) {
        return null;
    }

    /** {@code handler}, refused with what {@code refusal} answers (when not null) before the stream opens. */
    static StreamHandler checked(java.util.function.Function<Request, Response> refusal, StreamHandler handler) {
        return new StreamHandler() {
            @Override
            public void open(Request request, SseChannel events) {
                handler.open(request, events);
            }

            @Override
            public Response refusal(Request request) {
                return refusal.apply(request);
            }
        };
    }
}
