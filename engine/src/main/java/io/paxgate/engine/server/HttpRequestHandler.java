package io.paxgate.engine.server;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.paxgate.engine.security.Principal;
import io.netty.handler.timeout.IdleStateHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLPeerUnverifiedException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One HTTP connection: routes each aggregated request, answers in request order (pipelining),
 * turns a stream route into a Server-Sent Events channel. Never blocks the event loop: handlers'
 * futures complete elsewhere and answers are written back on this channel's loop.
 */
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRequestHandler.class);
    /** Requests in flight on one connection before it stops reading more. */
    private static final int MAX_PIPELINED = 16;

    private final Router router;
    private final HttpServerConfiguration config;
    private OrderedReplies<Reply> replies;
    /** The connection carries an event stream now: nothing more is read from it as requests. */
    private boolean streaming;

    private final Authenticator authenticator;

    HttpRequestHandler(Router router, HttpServerConfiguration config, Authenticator authenticator) {
        this.router = router;
        this.config = config;
        this.authenticator = authenticator;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        replies = new OrderedReplies<>(ctx.channel(), (reply, error) -> write(ctx, reply));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (streaming) {
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        if (!req.decoderResult().isSuccess()) {
            answer(CompletableFuture.completedFuture(Response.error(400, "malformed HTTP request")), req, false);
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(req.uri());
        Router.Match match = router.match(req.method(), uri.path());
        if (match.target() == null) {
            Response r = match.allowed().isEmpty()
                    ? Response.error(404, "no such path: " + uri.path())
                    : Response.error(405, "method " + req.method() + " not allowed on " + uri.path())
                    .withHeader("Allow", String.join(", ", match.allowed()));
            answer(CompletableFuture.completedFuture(r), req, keepAlive);
            return;
        }
        Principal who = null;
        if (authenticator != null && !match.access().open()) {
            List<String> token = match.target() instanceof StreamHandler ? uri.parameters().get("access_token") : null;
            who = authenticator.authenticate(req.headers().get(HttpHeaderNames.AUTHORIZATION),
                    token == null || token.isEmpty() ? null : token.get(0), clientCertificate(ctx));
            Response refused = who == null
                    ? Response.error(401, "credentials required: Authorization: Bearer <token from POST /v1/session> or ApiKey <key>")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"paxgate\"")
                    : match.access().allows(who.role()) ? null
                    : Response.error(403, "role " + who.role().wire() + " may not " + req.method() + " " + uri.path());
            if (refused != null) {
                answer(CompletableFuture.completedFuture(refused), req, keepAlive);
                return;
            }
        }
        Request request = new Request(req.method(), uri.path(), match.pathParams(), uri.parameters(),
                headers(req), ByteBufUtil.getBytes(req.content()), Remote.of(ctx.channel()), who);
        if (match.target() instanceof StreamHandler stream) {
            Response refused = stream.refusal(request);
            if (refused != null) {
                answer(CompletableFuture.completedFuture(refused), req, keepAlive);
                return;
            }
            // after the answers already owed on this connection
            HttpVersion version = req.protocolVersion();
            replies.add(CompletableFuture.completedFuture(
                    new Reply(null, version, true, () -> openStream(ctx, version, request, stream))));
            return;
        }
        CompletableFuture<Response> future;
        try {
            future = ((RouteHandler) match.target()).handle(request);
            if (future == null) {
                future = CompletableFuture.failedFuture(new NullPointerException("handler returned no future"));
            }
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        answer(future, req, keepAlive);
    }

    private void answer(CompletableFuture<Response> future, FullHttpRequest req, boolean keepAlive) {
        String route = req.method() + " " + new QueryStringDecoder(req.uri()).path();
        HttpVersion version = req.protocolVersion();
        replies.add(future.handle((r, error) -> {
            if (error != null || r == null) {
                LOG.warn("{} failed ({})", route, error == null ? "no response" : Errors.kind(error));
                LOG.debug("{} failed", route, error);
                return new Reply(Response.error(500, "internal error"), version, keepAlive, null);
            }
            return new Reply(r, version, keepAlive, null);
        }));
    }

    private void write(ChannelHandlerContext ctx, Reply reply) {
        if (!ctx.channel().isActive() || streaming) {
            return;
        }
        if (reply.openStream != null) {
            reply.openStream.run();
            return;
        }
        FullHttpResponse res = toNetty(reply.response);
        if (reply.keepAlive) {
            if (reply.version.equals(HttpVersion.HTTP_1_0)) {
                res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            }
            ctx.writeAndFlush(res);
        } else {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }
        updateReading(ctx);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        updateReading(ctx);
        ctx.fireChannelReadComplete();
    }

    /** Stops reading while too many answers are pending, so a pipelining client is bounded. */
    private void updateReading(ChannelHandlerContext ctx) {
        boolean read = replies.size() < MAX_PIPELINED || streaming;
        if (ctx.channel().config().isAutoRead() != read) {
            ctx.channel().config().setAutoRead(read);
        }
    }

    private void openStream(ChannelHandlerContext ctx, HttpVersion version, Request request, StreamHandler stream) {
        streaming = true;
        // a stream is long-lived and quiet on the way in: its own keep-alive and stall checks apply
        if (ctx.pipeline().get(IdleStateHandler.class) != null) {
            ctx.pipeline().remove(IdleStateHandler.class);
        }
        HttpResponse head = new DefaultHttpResponse(version, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE)
                .set("X-Accel-Buffering", "no");
        HttpUtil.setTransferEncodingChunked(head, true);
        ctx.writeAndFlush(head);
        NettySseChannel events = new NettySseChannel(ctx.channel(), config);
        try {
            stream.open(request, events);
        } catch (RuntimeException e) {
            LOG.warn("stream {} failed to open ({})", request.path(), Errors.kind(e));
            LOG.debug("stream {} failed to open", request.path(), e);
            events.close();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("HTTP connection {} closed on error: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    static FullHttpResponse toNetty(Response r) {
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
                Unpooled.wrappedBuffer(r.body()));
        r.headers().forEach((k, v) -> res.headers().set(k, v));
        if (r.contentType() != null) {
            res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        }
        HttpUtil.setContentLength(res, r.body().length);
        return res;
    }

    /** The peer's verified certificate when the connection is TLS with one, else null. */
    private static X509Certificate clientCertificate(ChannelHandlerContext ctx) {
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        if (ssl == null) {
            return null;
        }
        try {
            Certificate[] chain = ssl.engine().getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x ? x : null;
        } catch (SSLPeerUnverifiedException none) {
            return null;
        }
    }

    private static Map<String, List<String>> headers(FullHttpRequest req) {
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, String> h : req.headers()) {
            out.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(h.getValue());
        }
        return out;
    }

    /** An answer to write, or (with {@code openStream}) an event stream to open in its turn. */
    private record Reply(Response response, HttpVersion version, boolean keepAlive, Runnable openStream) {
    }
}
