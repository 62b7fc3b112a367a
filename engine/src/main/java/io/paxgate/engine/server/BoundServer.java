package io.paxgate.engine.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the HTTP and the EDIFACT server share: their event loops once bound, the port, the close. */
abstract class BoundServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoundServer.class);

    private final String what;
    EventLoops loops;

    BoundServer(String what) {
        this.what = what;
    }

    final void checkNotStarted() {
        if (loops != null) {
            throw new IllegalStateException("the " + what + " server is already started");
        }
    }

    /** The bound port (the ephemeral one when configured with port 0). */
    public final int port() {
        if (loops == null) {
            throw new IllegalStateException("the " + what + " server is not started");
        }
        return loops.port();
    }

    @Override
    public final void close() {
        if (loops != null) {
            int port = loops.port();
            loops.close();
            LOG.info("{} server on port {} closed", what, port);
        }
    }
}
