package io.paxgate.engine.server;

import java.time.Duration;

/**
 * @param port          0 for an ephemeral port (tests)
 * @param ioThreads     0 for Netty's default (twice the cores)
 * @param maxFrameBytes a larger interchange is answered with an error and the connection closed
 * @param idleTimeout   a connection that sends nothing for this long is closed (unless it is
 *                      waiting for us)
 * @param maxInFlight   interchanges of one connection awaiting their CONTRL before it stops reading
 * @param resumePoll    how often a connection paused by a full pipeline checks whether it may read again
 */
public record TcpServerConfiguration(String host, int port, int ioThreads, int maxFrameBytes, Duration idleTimeout,
                                     int maxInFlight, Duration resumePoll) {

    public static TcpServerConfiguration defaults() {
        return new TcpServerConfiguration("127.0.0.1", 9090, 0, 10 * 1024 * 1024, Duration.ofSeconds(120), 64,
                Duration.ofMillis(10));
    }

    public TcpServerConfiguration withPort(int p) {
        return new TcpServerConfiguration(host, p, ioThreads, maxFrameBytes, idleTimeout, maxInFlight, resumePoll);
    }

    public TcpServerConfiguration withMaxFrameBytes(int max) {
        return new TcpServerConfiguration(host, port, ioThreads, max, idleTimeout, maxInFlight, resumePoll);
    }

    public TcpServerConfiguration withIdleTimeout(Duration idle) {
        return new TcpServerConfiguration(host, port, ioThreads, maxFrameBytes, idle, maxInFlight, resumePoll);
    }
}
