package io.paxgate.engine.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.paxgate.engine.ingest.Ingest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * EDIFACT over TCP: a stream of interchanges in, a CONTRL out for each, in order.
 *
 * <pre>{@code
 * try (TcpEdifactServer tcp = new TcpEdifactServer(TcpServerConfiguration.defaults(), ingest).start()) {
 *     ... tcp.port() ...
 * }
 * }</pre>
 */
public final class TcpEdifactServer extends BoundServer {
    private static final Logger LOG = LoggerFactory.getLogger(TcpEdifactServer.class);

    private final TcpServerConfiguration config;
    private final Ingest ingest;
    private SslContext ssl;
    private TcpGate gate = TcpGate.OPEN;

    public TcpEdifactServer(TcpServerConfiguration config, Ingest ingest) {
        super("EDIFACT");
        this.config = config;
        this.ingest = ingest;
    }

    /** Interchanges over TLS with {@code ssl} (mutual TLS when it asks for client certificates). */
    public TcpEdifactServer tls(SslContext context) {
        checkNotStarted();
        this.ssl = context;
        return this;
    }

    /** Who may send: decided per connection, after the TLS handshake when there is one. */
    public TcpEdifactServer gate(TcpGate g) {
        checkNotStarted();
        this.gate = g;
        return this;
    }

    /** Binds and returns once listening. */
    public TcpEdifactServer start() throws InterruptedException {
        checkNotStarted();
        long idle = config.idleTimeout().toMillis();
        loops = EventLoops.bind("tcp", config.host(), config.port(), config.ioThreads(),
                new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        // a client that shuts its side after sending still gets its CONTRLs
                        ch.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
                        if (ssl != null) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(
                                new IdleStateHandler(idle, 0, 0, TimeUnit.MILLISECONDS),
                                new InterchangeFramer(config.maxFrameBytes()),
                                new EdifactReceiver(ingest, config, gate, ssl != null));
                    }
                });
        LOG.info("EDIFACT over TCP{} listening on {}:{} ({})", ssl == null ? "" : " (TLS)", config.host(), loops.port(),
                EventLoops.transport());
        return this;
    }
}
