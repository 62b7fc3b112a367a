package io.paxgate.engine.server;

import java.time.Duration;

/**
 * @param port            0 for an ephemeral port (tests)
 * @param ioThreads       0 for Netty's default (twice the cores)
 * @param maxBodyBytes    a larger request body is answered 413
 * @param idleTimeout     a connection with no traffic for this long is closed (not streams)
 * @param sseKeepAlive    how often an open event stream gets a {@code : keep-alive} comment
 * @param sseStallTimeout an event stream whose client takes nothing for this long is closed
 * @param sseMaxBufferedBytes an event stream with more than this waiting to be sent is closed
 */
public record HttpServerConfiguration(String host, int port, int ioThreads, int maxBodyBytes, Duration idleTimeout,
                                      Duration sseKeepAlive, Duration sseStallTimeout, int sseMaxBufferedBytes) {

    public static HttpServerConfiguration defaults() {
        return new HttpServerConfiguration("127.0.0.1", 8080, 0, 10 * 1024 * 1024, Duration.ofSeconds(60),
                Duration.ofSeconds(15), Duration.ofSeconds(30), 4 * 1024 * 1024);
    }

    public HttpServerConfiguration withPort(int p) {
        return new HttpServerConfiguration(host, p, ioThreads, maxBodyBytes, idleTimeout, sseKeepAlive,
                sseStallTimeout, sseMaxBufferedBytes);
    }

    public HttpServerConfiguration withMaxBodyBytes(int max) {
        return new HttpServerConfiguration(host, port, ioThreads, max, idleTimeout, sseKeepAlive,
                sseStallTimeout, sseMaxBufferedBytes);
    }

    public HttpServerConfiguration withIdleTimeout(Duration idle) {
        return new HttpServerConfiguration(host, port, ioThreads, maxBodyBytes, idle, sseKeepAlive,
                sseStallTimeout, sseMaxBufferedBytes);
    }

    public HttpServerConfiguration withSse(Duration keepAlive, Duration stallTimeout, int maxBufferedBytes) {
        return new HttpServerConfiguration(host, port, ioThreads, maxBodyBytes, idleTimeout, keepAlive,
                stallTimeout, maxBufferedBytes);
    }
}
