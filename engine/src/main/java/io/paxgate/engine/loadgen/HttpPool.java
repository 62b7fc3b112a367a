package io.paxgate.engine.loadgen;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of keep-alive HTTP/1.1 connections, one request in flight on each. A request
 * submitted while every connection is busy waits in a queue (its latency still counts from its
 * intended time: the caller records it). A request unanswered after the timeout is failed and its
 * connection closed; a lost connection is opened again.
 */
final class HttpPool implements AutoCloseable {
    private final String authorization;
    /** What becomes of one request; called on a Netty thread. */
    interface Callback {
        void answered(int status, String body, long nowNanos);

        /** {@code kind}: {@code timeout}, {@code connection}. */
        void failed(String kind, long nowNanos);

        /** The whole request was handed to the socket (its last byte written). */
        default void written(long nowNanos) {
        }
    }

    record Request(String path, byte[] body, Callback callback) {
    }

    private final EventLoopGroup group;
    private final String host;
    private final int port;
    private final long timeoutNanos;
    private final Object lock = new Object();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private volatile boolean closed;

    /** @param authorization the {@code Authorization} header of every request (an airline's {@code ApiKey ...}), or null */
    HttpPool(EventLoopGroup group, String host, int port, int connections, long timeoutNanos, String authorization) {
        this.authorization = authorization;
        this.group = group;
        this.host = host;
        this.port = port;
        this.timeoutNanos = timeoutNanos;
        for (int i = 0; i < connections; i++) {
            Connection c = new Connection();
            all.add(c);
            c.connect();
        }
    }

    /** Sends now on an idle connection, or as soon as one is free. Thread-safe. */
    void submit(Request r) {
        Connection c;
        synchronized (lock) {
            c = idle.poll();
            if (c == null) {
                waiting.add(r);
                return;
            }
        }
        c.send(r);
    }

    /** Requests waiting for a connection. */
    int waiting() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /** Requests waiting or in flight. */
    int outstanding() {
        synchronized (lock) {
            int n = waiting.size();
            for (Connection c : all) {
                n += c.inFlight != null ? 1 : 0;
            }
            return n;
        }
    }

    /** Fails every request still waiting or in flight as {@code kind} (the run is over). */
    void abandon(String kind) {
        List<Request> left = new ArrayList<>();
        synchronized (lock) {
            left.addAll(waiting);
            waiting.clear();
            for (Connection c : all) {
                if (c.inFlight != null) {
                    left.add(c.inFlight);
                    c.inFlight = null;
                }
            }
        }
        long now = System.nanoTime();
        left.forEach(r -> r.callback().failed(kind, now));
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c : all) {
            Channel ch = c.channel;
            if (ch != null) {
                ch.close();
            }
        }
    }

    private final class Connection {
        volatile Channel channel;
        /** Guarded by {@code lock}. */
        Request inFlight;
        ScheduledFuture<?> timeout;

        void connect() {
            if (closed) {
                return;
            }
            Bootstrap b = Transport.client(group,
                    p -> p.addLast(new HttpClientCodec(), new HttpObjectAggregator(64 << 20), new Handler()));
            b.connect(host, port).addListener((ChannelFuture f) -> {
                if (f.isSuccess()) {
                    channel = f.channel();
                    next();
                } else if (!closed) {
                    group.schedule(this::connect, 200, TimeUnit.MILLISECONDS);
                }
            });
        }

        /** Takes the next waiting request, or goes idle. */
        void next() {
            Request r;
            synchronized (lock) {
                r = waiting.poll();
                if (r == null) {
                    idle.add(this);
                    return;
                }
            }
            send(r);
        }

        void send(Request r) {
            Channel ch = channel;
            synchronized (lock) {
                inFlight = r;
            }
            FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, r.path(),
                    Unpooled.wrappedBuffer(r.body()));
            req.headers().set(HttpHeaderNames.HOST, host + ":" + port)
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/edifact")
                    .set(HttpHeaderNames.CONTENT_LENGTH, r.body().length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            if (authorization != null) {
                req.headers().set(HttpHeaderNames.AUTHORIZATION, authorization);
            }
            Runnable write = () -> {
                timeout = ch.eventLoop().schedule(() -> {
                    if (take(r)) {
                        r.callback().failed("timeout", System.nanoTime());
                        ch.close();
                    }
                }, timeoutNanos, TimeUnit.NANOSECONDS);
                ch.writeAndFlush(req).addListener(f -> {
                    if (f.isSuccess()) {
                        r.callback().written(System.nanoTime());
                    }
                });
            };
            if (ch.eventLoop().inEventLoop()) {
                write.run(); // sent by a schedule that runs on this loop: no hand-off
            } else {
                ch.eventLoop().execute(write);
            }
        }

        /** True when {@code r} was still in flight here (it is not any more). */
        boolean take(Request r) {
            synchronized (lock) {
                if (inFlight != r) {
                    return false;
                }
                inFlight = null;
                return true;
            }
        }

        private final class Handler extends SimpleChannelInboundHandler<FullHttpResponse> {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse res) {
                long now = System.nanoTime();
                Request r;
                synchronized (lock) {
                    r = inFlight;
                    inFlight = null;
                }
                if (timeout != null) {
                    timeout.cancel(false);
                }
                if (r != null) {
                    r.callback().answered(res.status().code(), res.content().toString(StandardCharsets.UTF_8), now);
                }
                if (ctx.channel().isActive() && !closed) {
                    next();
                }
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                Request r;
                synchronized (lock) {
                    r = inFlight;
                    inFlight = null;
                    idle.remove(Connection.this);
                }
                if (timeout != null) {
                    timeout.cancel(false);
                }
                if (r != null) {
                    r.callback().failed("connection", System.nanoTime());
                }
                if (!closed) {
                    group.schedule(Connection.this::connect, 100, TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                ctx.close();
            }
        }
    }
}
