package io.paxgate.engine.server;

import java.util.concurrent.CompletableFuture;

/**
 * Answers one route. Runs on an event loop: it must not block; slow work completes the future
 * from another thread. A thrown exception or a failed future is answered 500.
 */
@FunctionalInterface
public interface RouteHandler {
    CompletableFuture<Response> handle(Request request);
}
