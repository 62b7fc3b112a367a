package io.paxgate.engine.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * The engine's HTTP/1.1 server: a small router over Netty. Register routes and streams, then
 * {@link #start()}; {@link #close()} stops it. Routes may be added before start only.
 *
 * <pre>{@code
 * HttpServer http = new HttpServer(HttpServerConfiguration.defaults().withPort(0));
 * IngestRoutes.install(http, ingest, registry::scrape);
 * http.route(HttpMethod.POST, "/v1/alerts/{id}/ack", req -> ack(req.pathParam("id")));
 * http.stream("/v1/alerts/stream", (req, events) -> alerts.subscribe(req.query("post"),
 *         req.header("Last-Event-ID"), events));
 * http.start();
 * }</pre>
 */
public final class HttpServer extends BoundServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final HttpServerConfiguration config;
    private final Router router = new Router();

    public HttpServer(HttpServerConfiguration config) {
        super("HTTP");
        this.config = config;
    }

    /** Answers {@code method template}; {@code {name}} parts of the template become path parameters. */
    public HttpServer route(HttpMethod method, String template, RouteHandler handler) {
        checkNotStarted();
        router.add(method, template, handler);
        return this;
    }

    /** Serves {@code GET template} as a Server-Sent Events stream opened by {@code handler}. */
    public HttpServer stream(String template, StreamHandler handler) {
        checkNotStarted();
        router.add(HttpMethod.GET, template, handler);
        return this;
    }

    /** Binds and returns once listening. */
    public HttpServer start() throws InterruptedException {
        checkNotStarted();
        long idle = config.idleTimeout().toMillis();
        loops = EventLoops.bind("http", config.host(), config.port(), config.ioThreads(),
                new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new IdleStateHandler(0, 0, idle, TimeUnit.MILLISECONDS),
                                new HttpServerCodec(),
                                new BodyLimitAggregator(config.maxBodyBytes()),
                                new HttpRequestHandler(router, config));
                    }
                });
        LOG.info("HTTP listening on {}:{} ({})", config.host(), loops.port(), EventLoops.transport());
        return this;
    }
}
