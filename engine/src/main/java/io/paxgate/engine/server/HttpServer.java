package io.paxgate.engine.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.paxgate.engine.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
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
    private Authenticator authenticator;
    private SslContext ssl;

    public HttpServer(HttpServerConfiguration config) {
        super("HTTP");
        this.config = config;
    }

    /**
     * Answers {@code method template}; {@code {name}} parts of the template become path parameters.
     * Without an {@link Access} the route is undeclared: refused to everyone once an
     * {@link #authenticator} is set.
     */
    public HttpServer route(HttpMethod method, String template, RouteHandler handler) {
        return route(method, template, Access.UNDECLARED, handler);
    }

    /** Answers {@code method template} to the callers {@code access} allows. */
    public HttpServer route(HttpMethod method, String template, Access access, RouteHandler handler) {
        checkNotStarted();
        router.add(method, template, access, handler);
        return this;
    }

    /** Serves {@code GET template} as a Server-Sent Events stream opened by {@code handler}. */
    public HttpServer stream(String template, StreamHandler handler) {
        return stream(template, Access.UNDECLARED, handler);
    }

    public HttpServer stream(String template, Access access, StreamHandler handler) {
        checkNotStarted();
        router.add(HttpMethod.GET, template, access, handler);
        return this;
    }

    /**
     * Checks every request's credentials against its route's {@link Access}: 401 without a valid
     * credential, 403 for a role the route does not allow. Without one, every route is open.
     */
    public HttpServer authenticator(Authenticator a) {
        checkNotStarted();
        this.authenticator = a;
        return this;
    }

    /** Serves HTTPS with {@code ssl} (client certificates as it asks for them). */
    public HttpServer tls(SslContext ssl) {
        checkNotStarted();
        this.ssl = ssl;
        return this;
    }

    /** Every route registered, in order. */
    public List<RouteInfo> routes() {
        return router.routes();
    }

    /** Binds and returns once listening. */
    public HttpServer start() throws InterruptedException {
        checkNotStarted();
        long idle = config.idleTimeout().toMillis();
        loops = EventLoops.bind("http", config.host(), config.port(), config.ioThreads(),
                new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (ssl != null) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(
                                new IdleStateHandler(0, 0, idle, TimeUnit.MILLISECONDS),
                                new HttpServerCodec(),
                                new BodyLimitAggregator(config.maxBodyBytes()),
                                new HttpRequestHandler(router, config, authenticator));
                    }
                });
        LOG.info("HTTP{} listening on {}:{} ({}){}", ssl == null ? "" : "S", config.host(), loops.port(), EventLoops.transport(),
                authenticator == null ? ", every route open (security off)" : "");
        return this;
    }
}
