package io.paxgate.engine.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.synth.PlantedRecall;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows every post's alert stream ({@code GET /v1/alerts/stream}, Server-Sent Events) the way a
 * border post does, and times each alert: the moment its bytes are read from the socket minus the
 * intended send time of the input whose journal id it carries ({@code source_message_id}, the id
 * the 202 gave). An alert may arrive before its input's 202 does: it waits here until the id is known.
 *
 * <p>The stream is read on an event loop of its own, which takes the arrival time as it reads:
 * one thread wake-up between the socket and the timestamp (the JDK's HTTP client had three: its
 * selector, a worker handing the body on, and the thread reading the body).
 */
final class AlertFollower implements AutoCloseable {
    private record Sent(long intendedNanos, boolean measured, Latency shape) {
    }

    private static final int MAX_LINE = 1 << 20;

    private final Latency latency;
    private final Map<String, Sent> sent = new HashMap<>();
    private final Map<String, List<Long>> early = new HashMap<>();
    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong warmup = new AtomicLong();
    private final AtomicLong lastAt = new AtomicLong(System.nanoTime());
    private final EventLoopGroup group;
    private final Channel channel;

    private final PlantedRecall recall;

    /**
     * @param recall scored with every alert received (null: the input planted nobody)
     * @param authorization the {@code Authorization} header for the stream (a supervisor's session), or null
     */
    AlertFollower(String host, int port, Latency latency, PlantedRecall recall, String authorization)
            throws IOException, InterruptedException {
        this.latency = latency;
        this.recall = recall;
        CompletableFuture<Integer> status = new CompletableFuture<>();
        group = Transport.group(1, "loadgen-alerts");
        try {
            ChannelFuture connect = Transport.client(group, p -> p.addLast(new HttpClientCodec(), new Events(status)))
                    .connect(host, port).await();
            if (!connect.isSuccess()) {
                throw new IOException("alert stream: cannot connect to " + host + ":" + port + " (" + connect.cause() + ")");
            }
            channel = connect.channel();
            FullHttpRequest get = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/v1/alerts/stream");
            get.headers().set(HttpHeaderNames.HOST, host + ":" + port).set(HttpHeaderNames.ACCEPT, "text/event-stream");
            if (authorization != null) {
                get.headers().set(HttpHeaderNames.AUTHORIZATION, authorization);
            }
            channel.writeAndFlush(get);
            int code;
            try {
                code = status.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("GET /v1/alerts/stream got no answer (" + e + ")");
            }
            if (code != 200) {
                throw new IOException("GET /v1/alerts/stream answered " + code);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    /** Reads the stream's lines on the event loop: every {@code data:} line is an alert, timed when its bytes were read. */
    private final class Events extends SimpleChannelInboundHandler<HttpObject> {
        private final CompletableFuture<Integer> status;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        private boolean tooLong;

        Events(CompletableFuture<Integer> status) {
            this.status = status;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
            long now = System.nanoTime();
            if (msg instanceof HttpResponse r) {
                status.complete(r.status().code());
            }
            if (msg instanceof HttpContent c) {
                ByteBuf in = c.content();
                for (int i = in.readerIndex(), end = in.writerIndex(); i < end; i++) {
                    byte x = in.getByte(i);
                    if (x == '\n') {
                        if (!tooLong) {
                            event(line.toString(StandardCharsets.UTF_8), now);
                        }
                        line.reset();
                        tooLong = false;
                    } else if (x != '\r' && !tooLong) {
                        line.write(x);
                        tooLong = line.size() > MAX_LINE; // not an alert of this engine: dropped, not buffered without end
                    }
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            status.complete(-1); // the stream ended (engine stopped or we closed it)
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private void event(String line, long now) {
        if (!line.startsWith("data:")) {
            return;
        }
        try {
            JsonNode a = Json.MAPPER.readTree(line.substring(5).trim());
            alert(a.path("source_message_id").asText(""), now);
            if (recall != null) {
                recall.add(Json.MAPPER.treeToValue(a, Alert.class));
            }
        } catch (IOException e) {
            // not an alert (not JSON): skipped, and the stream read on
        }
    }

    /**
     * The engine acknowledged an input sent at {@code intendedNanos} with journal id {@code id};
     * its alerts are also timed into {@code shape} (the input shape's own histogram).
     */
    synchronized void acknowledged(String id, long intendedNanos, boolean measured, Latency shape) {
        Sent s = new Sent(intendedNanos, measured, shape);
        sent.put(id, s);
        List<Long> waiting = early.remove(id);
        if (waiting != null) {
            waiting.forEach(at -> time(s, at));
        }
    }

    synchronized void alert(String id, long nowNanos) {
        seen.incrementAndGet();
        lastAt.set(nowNanos);
        Sent s = sent.get(id);
        if (s == null) {
            early.computeIfAbsent(id, k -> new ArrayList<>()).add(nowNanos);
        } else {
            time(s, nowNanos);
        }
    }

    private void time(Sent s, long at) {
        if (s.measured()) {
            latency.record(at - s.intendedNanos());
            s.shape().record(at - s.intendedNanos());
        } else {
            warmup.incrementAndGet();
        }
    }

    /** Alerts received in all. */
    long seen() {
        return seen.get();
    }

    /** Alerts of warm-up inputs (not timed). */
    long warmup() {
        return warmup.get();
    }

    /** Alerts whose input this run never saw acknowledged over HTTP (sent over TCP, or by someone else). */
    synchronized long untimed() {
        return early.values().stream().mapToLong(List::size).sum();
    }

    /** When the last alert arrived. */
    long lastAt() {
        return lastAt.get();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
