package io.paxgate.engine.loadgen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alert follower against a scripted event stream on loopback: events split across chunks,
 * CRLF line ends, comments, a line that is not JSON and one far over the line bound.
 */
@Timeout(30)
class AlertFollowerTest {
    /** Answers one request with {@code head}, then writes {@code chunks} as HTTP chunks, and keeps the request line and headers. */
    private static final class ScriptedServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        final CompletableFuture<List<String>> request = new CompletableFuture<>();
        private final Thread thread;

        ScriptedServer(String head, List<String> chunks) throws IOException {
            thread = new Thread(() -> serve(head, chunks), "scripted-sse");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(String head, List<String> chunks) {
            try (Socket s = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                List<String> lines = new ArrayList<>();
                for (String l; (l = in.readLine()) != null && !l.isEmpty(); ) {
                    lines.add(l);
                }
                request.complete(lines);
                OutputStream out = s.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (String c : chunks) {
                    byte[] b = c.getBytes(StandardCharsets.UTF_8);
                    out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(b);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                Thread.sleep(2_000); // the stream stays open while the test reads what came
            } catch (IOException | InterruptedException e) {
                request.completeExceptionally(e);
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            thread.interrupt();
        }
    }

    private static final String STREAM_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";

    @Test
    void timesEveryAlertWhateverTheChunksAndSkipsWhatIsNotAnAlert() throws Exception {
        String overLong = "data: {\"source_message_id\":\"x" + "y".repeat(1_100_000) + "\"}\n\n";
        List<String> chunks = List.of(
                ": connected\n\n",
                "data: {\"source_message_id\":\"m-1\",",  // an event cut in the middle
                "\"post\":\"GYD\"}\r\n\r\ndata: not json\n\n",
                overLong.substring(0, 600_000),
                overLong.substring(600_000) + "data: {\"source_message_id\":\"m-2\"}\n\n",
                "data: {\"source_message_id\":\"m-3\"}\n\n");
        Latency all = new Latency("alert");
        Latency shape = new Latency("shape");
        try (ScriptedServer server = new ScriptedServer(STREAM_HEAD, chunks)) {
            AlertFollower f = new AlertFollower("127.0.0.1", server.port(), all, null, "Bearer s3cret");
            try {
                f.acknowledged("m-1", System.nanoTime(), true, shape);
                f.acknowledged("m-2", System.nanoTime(), false, shape);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (f.seen() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                List<String> req = server.request.get(5, TimeUnit.SECONDS);
                assertEquals("GET /v1/alerts/stream HTTP/1.1", req.get(0));
                assertTrue(req.contains("authorization: Bearer s3cret") || req.contains("Authorization: Bearer s3cret"), req.toString());

                assertEquals(3, f.seen(), "m-1, m-2 and m-3; the comment, the non-JSON line and the over-long line are not alerts");
                assertEquals(1, all.total().getTotalCount(), "m-1 is timed");
                assertEquals(1, shape.total().getTotalCount());
                assertEquals(1, f.warmup(), "m-2 was a warm-up input");
                assertEquals(1, f.untimed(), "m-3 was never acknowledged here");
            } finally {
                f.close();
            }
        }
    }

    @Test
    void aStreamRefusedIsAnErrorThatNamesTheStatus() throws Exception {
        String refused = "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n";
        try (ScriptedServer server = new ScriptedServer(refused, List.of())) {
            IOException e = assertThrows(IOException.class,
                    () -> new AlertFollower("127.0.0.1", server.port(), new Latency("a"), null, null));
            assertTrue(e.getMessage().contains("401"), e.getMessage());
        }
    }

    @Test
    void noEngineIsAnErrorThatNamesTheAddress() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        IOException e = assertThrows(IOException.class,
                () -> new AlertFollower("127.0.0.1", port, new Latency("a"), null, null));
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }
}
