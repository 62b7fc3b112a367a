package io.paxgate.engine.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class SseIntegrationTest {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer server;

    private void start(Duration keepAlive, Duration stall, int maxBuffered, StreamHandler handler) throws Exception {
        server = new HttpServer(HttpServerConfiguration.defaults().withPort(0).withIdleTimeout(Duration.ofMillis(300))
                .withSse(keepAlive, stall, maxBuffered));
        server.stream("/v1/alerts/stream", handler);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<Stream<String>> open(String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/v1/alerts/stream?post=GYD"));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** Lines up to the {@code n}th blank line (the end of the nth event or comment). */
    private static List<String> blocks(Iterator<String> lines, int n) {
        List<String> out = new ArrayList<>();
        while (n > 0 && lines.hasNext()) {
            String line = lines.next();
            out.add(line);
            if (line.isEmpty()) {
                n--;
            }
        }
        return out;
    }

    @Test
    void a_stream_receives_events_in_order_with_the_event_stream_headers() throws Exception {
        start(Duration.ofSeconds(30), Duration.ofSeconds(5), 1 << 20, (req, events) -> new Thread(() -> {
            for (int i = 1; i <= 3; i++) {
                events.send(String.valueOf(i), "alert", "{\"n\":" + i + ",\"post\":\"" + req.query("post") + "\"}");
            }
        }).start());
        HttpResponse<Stream<String>> r = open();
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        assertEquals("no-cache", r.headers().firstValue("cache-control").orElse(null));
        List<String> lines = blocks(r.body().iterator(), 3);
        assertEquals(List.of(
                "id: 1", "event: alert", "data: {\"n\":1,\"post\":\"GYD\"}", "",
                "id: 2", "event: alert", "data: {\"n\":2,\"post\":\"GYD\"}", "",
                "id: 3", "event: alert", "data: {\"n\":3,\"post\":\"GYD\"}", ""), lines);
        r.body().close();
    }

    @Test
    void last_event_id_reaches_the_handler() throws Exception {
        AtomicReference<String> resumeFrom = new AtomicReference<>();
        start(Duration.ofSeconds(30), Duration.ofSeconds(5), 1 << 20, (req, events) -> {
            resumeFrom.set(req.header("Last-Event-ID"));
            events.send("42", "alert", "resumed");
        });
        HttpResponse<Stream<String>> r = open("Last-Event-ID", "41");
        assertEquals(List.of("id: 42", "event: alert", "data: resumed", ""), blocks(r.body().iterator(), 1));
        assertEquals("41", resumeFrom.get());
        r.body().close();
    }

    @Test
    void an_open_stream_gets_keep_alive_comments_and_outlives_the_idle_timeout() throws Exception {
        start(Duration.ofMillis(100), Duration.ofSeconds(5), 1 << 20, (req, events) -> { });
        HttpResponse<Stream<String>> r = open();
        long t0 = System.nanoTime();
        List<String> lines = blocks(r.body().iterator(), 6);
        assertTrue(System.nanoTime() - t0 > 400_000_000L, "six keep-alives take longer than the 300 ms idle timeout");
        assertEquals(List.of(": keep-alive", ""), lines.subList(0, 2));
        assertEquals(12, lines.size());
        r.body().close();
    }

    @Test
    void multi_line_data_is_sent_as_several_data_lines() {
        String event = new String(NettySseChannel.format(null, "alert", "a\r\nb\nc"), StandardCharsets.UTF_8);
        assertEquals("event: alert\ndata: a\ndata: b\ndata: c\n\n", event);
    }

    @Test
    void on_close_runs_when_the_client_goes_away() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<SseChannel> channel = new AtomicReference<>();
        start(Duration.ofMillis(50), Duration.ofSeconds(5), 1 << 20, (req, events) -> {
            channel.set(events);
            events.onClose(closed::countDown);
            events.send(null, null, "hello");
        });
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET /v1/alerts/stream HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 200 OK", in.readLine());
        }
        assertTrue(closed.await(5, TimeUnit.SECONDS));
        assertFalse(channel.get().isOpen());
        assertFalse(channel.get().send("1", "alert", "late"));
    }

    @Test
    void a_client_that_does_not_read_is_disconnected_rather_than_buffered_for() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        String big = "x".repeat(16 * 1024);
        start(Duration.ofMillis(50), Duration.ofMillis(300), 256 * 1024, (req, events) -> {
            events.onClose(closed::countDown);
            new Thread(() -> {
                // at most 64 MB: far more than socket buffers and the 256 KB bound hold
                for (int i = 0; i < 4096 && events.send(String.valueOf(i), "alert", big); i++) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }).start();
        });
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(4096);
            s.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            s.getOutputStream().write("GET /v1/alerts/stream HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // never reads
            assertTrue(closed.await(20, TimeUnit.SECONDS), "the server gave up on the stalled client");
        }
    }
}
