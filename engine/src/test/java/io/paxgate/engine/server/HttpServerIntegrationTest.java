package io.paxgate.engine.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpMethod;
import io.paxgate.engine.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.paxgate.engine.server.Interchanges.bytes;
import static io.paxgate.engine.server.Interchanges.paxlst;
import static io.paxgate.engine.server.SocketReads.readUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class HttpServerIntegrationTest {
    private static final int MAX_BODY = 64 * 1024;

    private final FakeIngest ingest = new FakeIngest();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new HttpServer(HttpServerConfiguration.defaults().withPort(0).withMaxBodyBytes(MAX_BODY)
                .withIdleTimeout(Duration.ofMillis(500)));
        IngestRoutes.install(server, ingest, () -> "# TYPE paxgate_up gauge\npaxgate_up 1\n");
        server.route(HttpMethod.POST, "/v1/alerts/{id}/ack", req -> CompletableFuture.supplyAsync(
                () -> Response.json(200, Map.of("id", req.pathParam("id"), "by", req.query("by")))));
        server.route(HttpMethod.GET, "/boom", req -> {
            throw new IllegalStateException("secret detail");
        });
        server.route(HttpMethod.GET, "/failed", req -> CompletableFuture.failedFuture(new IllegalStateException("x")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        ingest.close();
    }

    private HttpResponse<byte[]> send(String method, String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        assertEquals("application/json", r.headers().firstValue("content-type").orElse(null));
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void a_message_is_answered_202_with_its_receipt() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/messages", bytes(paxlst("000000001")));
        assertEquals(202, r.statusCode());
        JsonNode body = json(r);
        assertEquals("1", body.get("id").asText());
        assertEquals(1, body.get("messages").asInt());
        assertEquals(2, body.get("travellers").asInt());
        assertTrue(body.get("problems").isArray(), body.toString());
        assertTrue(ingest.remotes.get(0).startsWith("http 127.0.0.1:"), ingest.remotes.get(0));
    }

    @Test
    void undecodable_input_is_answered_400_with_its_problems() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/messages", bytes("this is not EDIFACT"));
        assertEquals(400, r.statusCode());
        JsonNode body = json(r);
        assertEquals(0, body.get("messages").asInt());
        JsonNode first = body.get("problems").get(0);
        assertTrue(first.has("code") && first.has("severity") && first.has("message"), first.toString());
    }

    @Test
    void accept_edifact_answers_the_contrl() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/messages", bytes(paxlst("000000001")),
                "Accept", "application/edifact");
        assertEquals(202, r.statusCode());
        assertEquals("application/edifact", r.headers().firstValue("content-type").orElse(null));
        String contrl = new String(r.body(), StandardCharsets.ISO_8859_1);
        assertTrue(contrl.contains("UNH+") && contrl.contains("CONTRL"), contrl);
        assertTrue(contrl.contains("000000001"), "quotes the received control reference: " + contrl);
    }

    @Test
    void a_body_over_the_limit_is_answered_413_as_json() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/messages", new byte[MAX_BODY + 1]);
        assertEquals(413, r.statusCode());
        assertTrue(json(r).get("error").asText().contains(String.valueOf(MAX_BODY)));
        assertTrue(ingest.received.isEmpty());
    }

    @Test
    void a_body_over_the_limit_announced_with_expect_continue_is_answered_413_as_json() throws Exception {
        // a plain socket: JDK 17's HttpClient hung here on a final (non-100) answer to Expect
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write(bytes("POST /v1/messages HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + (MAX_BODY * 2) + "\r\n\r\n"));
            String answer = readUntil(s.getInputStream(), "}", 1);
            assertTrue(answer.startsWith("HTTP/1.1 413") && answer.contains("content-type: application/json")
                    && answer.contains("over the limit of " + MAX_BODY), answer);
        }
        assertTrue(ingest.received.isEmpty());
    }

    @Test
    void a_full_pipeline_is_answered_503_with_retry_after() throws Exception {
        ingest.accepting = false;
        for (String path : new String[] {"/v1/messages", "/v1/iapi"}) {
            HttpResponse<byte[]> r = send("POST", path, bytes(paxlst("000000001")));
            assertEquals(503, r.statusCode());
            assertEquals("1", r.headers().firstValue("retry-after").orElse(null));
            assertTrue(json(r).has("error"));
        }
        assertTrue(ingest.received.isEmpty());
    }

    @Test
    void iapi_answers_the_cusres() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/iapi", bytes(paxlst("000000001")));
        assertEquals(200, r.statusCode());
        assertEquals("application/edifact", r.headers().firstValue("content-type").orElse(null));
        assertArrayEquals(FakeIngest.CUSRES, r.body());
    }

    @Test
    void a_rejected_iapi_request_is_answered_400_with_the_error() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/iapi", bytes("<xml/>"));
        assertEquals(400, r.statusCode());
        assertEquals("not EDIFACT: no UNA or UNB at byte 0", json(r).get("error").asText());
    }

    @Test
    void health_is_up_and_metrics_are_prometheus_text() throws Exception {
        HttpResponse<byte[]> h = send("GET", "/health", null);
        assertEquals(200, h.statusCode());
        assertEquals("up", json(h).get("status").asText());
        HttpResponse<byte[]> m = send("GET", "/metrics", null);
        assertEquals(200, m.statusCode());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", m.headers().firstValue("content-type").orElse(null));
        assertTrue(new String(m.body(), StandardCharsets.UTF_8).contains("paxgate_up 1"));
    }

    @Test
    void an_unknown_path_is_404() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/v1/nothing", null);
        assertEquals(404, r.statusCode());
        assertTrue(json(r).has("error"));
    }

    @Test
    void a_wrong_method_is_405_with_allow() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/v1/messages", null);
        assertEquals(405, r.statusCode());
        assertEquals("POST", r.headers().firstValue("allow").orElse(null));
        assertTrue(json(r).has("error"));
    }

    @Test
    void path_and_query_parameters_reach_the_handler() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/alerts/A-17/ack?by=officer%201", null);
        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        assertEquals("A-17", body.get("id").asText());
        assertEquals("officer 1", body.get("by").asText());
    }

    @Test
    void a_throwing_handler_is_500_without_details() throws Exception {
        for (String path : new String[] {"/boom", "/failed"}) {
            HttpResponse<byte[]> r = send("GET", path, null);
            assertEquals(500, r.statusCode());
            assertEquals("{\"error\":\"internal error\"}", new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_failed_submit_is_500() throws Exception {
        ingest.failing = true;
        assertEquals(500, send("POST", "/v1/messages", bytes(paxlst("000000001"))).statusCode());
    }

    @Test
    void pipelined_requests_are_answered_in_order_on_a_kept_alive_connection() throws Exception {
        // the first answer completes last
        ingest.delayMillis = b -> new String(b, StandardCharsets.ISO_8859_1).contains("000000001") ? 300 : 0;
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            StringBuilder req = new StringBuilder();
            for (String ref : new String[] {"000000001", "000000002"}) {
                byte[] body = bytes(paxlst(ref));
                req.append("POST /v1/messages HTTP/1.1\r\nHost: x\r\nAccept: application/edifact\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n\r\n")
                        .append(new String(body, StandardCharsets.ISO_8859_1));
            }
            out.write(bytes(req.toString()));
            out.flush();
            String answers = readUntil(s.getInputStream(), "UNZ+1+C", 2);
            int first = answers.indexOf("UCI+000000001");
            int second = answers.indexOf("UCI+000000002");
            assertTrue(first >= 0 && second > first, answers);
            assertFalse(answers.contains("Connection: close"), answers);
        }
    }

    @Test
    void connection_close_is_honoured() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write(bytes("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
            String answer = readUntil(s.getInputStream(), "\u0000never", 1);
            assertTrue(answer.startsWith("HTTP/1.1 200 OK") && answer.endsWith("{\"status\":\"up\"}"), answer);
        }
    }

    @Test
    void a_taken_port_fails_start_with_what_to_do() {
        HttpServer second = new HttpServer(HttpServerConfiguration.defaults().withPort(server.port()));
        IllegalStateException e = assertThrows(IllegalStateException.class, second::start);
        assertTrue(e.getMessage().contains("127.0.0.1:" + server.port()) && e.getMessage().contains("port"),
                e.getMessage());
    }

    @Test
    void an_idle_connection_is_closed() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            long t0 = System.nanoTime();
            assertEquals(-1, s.getInputStream().read());
            assertTrue(System.nanoTime() - t0 < 4_000_000_000L);
        }
    }
}
