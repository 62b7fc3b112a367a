package io.paxgate.engine.run;

import io.paxgate.engine.Engine;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assembled engine over real loopback sockets: ingest, alerts to a post's stream, officers' actions. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EngineIntegrationTest {
    @TempDir
    Path dir;

    Engine engine;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(dir.resolve("journal"), dir.resolve("alerts"))
                .withSecurity(false); // this test is about the pipeline; AccessMatrixTest covers access
        engine = Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("..", "config", "samples", name));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + engine.httpPort() + path);
    }

    private HttpResponse<String> post(String path, byte[] body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aManifestPostedOverHttpReachesTheArrivalPostsStreamAndTheOfficerClosesIt() throws Exception {
        // the post's officer is watching before the flight's manifest arrives
        HttpRequest streamReq = HttpRequest.newBuilder(uri("/v1/alerts/stream?post=GYD")).build();
        HttpResponse<InputStream> stream = http.send(streamReq, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));

        HttpResponse<String> r = post("/v1/messages", sample("paxlst_gyd_planted_hits.edi"), null);
        assertEquals(202, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"travellers\":"), r.body());

        String id = null;
        String data = null;
        for (String line; (line = events.readLine()) != null; ) {
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).trim();
                break;
            }
        }
        stream.body().close();
        assertEquals("1", id);
        assertTrue(data.contains("\"post\":\"GYD\"") && data.contains("\"reasons\""), data);

        HttpResponse<String> list = http.send(HttpRequest.newBuilder(uri("/v1/alerts?post=GYD&status=new")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"id\":\"A1\""), list.body());

        assertEquals(200, post("/v1/alerts/A1/ack", new byte[0], null).statusCode());
        HttpResponse<String> d = post("/v1/alerts/A1/disposition",
                "{\"outcome\":\"false_positive\",\"note\":\"namesake, different birth date\"}".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(200, d.statusCode(), d.body());
        assertTrue(d.body().contains("\"status\":\"closed\""), d.body());
        assertEquals(404, post("/v1/alerts/A999/ack", new byte[0], null).statusCode());
        HttpResponse<String> counts = http.send(HttpRequest.newBuilder(uri("/v1/dispositions")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(counts.body().contains("false_positive"), counts.body());
    }

    @Test
    void aReconnectingPostResumesFromItsLastEventId() throws Exception {
        assertEquals(202, post("/v1/messages", sample("paxlst_gyd_planted_hits.edi"), null).statusCode());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (engine.alerts().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long total = engine.alerts().size();
        assertTrue(total >= 2, "the planted sample gives at least two alerts, got " + total);
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(uri("/v1/alerts/stream?post=GYD"))
                .header("Last-Event-ID", "1").build(), HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        String first = null;
        for (String line; (line = events.readLine()) != null; ) {
            if (line.startsWith("id:")) {
                first = line.substring(3).trim();
                break;
            }
        }
        stream.body().close();
        assertEquals("2", first, "the stream resumes after the last event the post saw");
    }

    @Test
    void anInterchangeOverTcpIsAnsweredWithAControl() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), engine.tcpPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(sample("paxlst_d12b_2pax.edi"));
            out.flush();
            byte[] buf = new byte[8192];
            StringBuilder got = new StringBuilder();
            InputStream in = s.getInputStream();
            while (!got.toString().contains("UNZ+")) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            assertTrue(got.toString().contains("CONTRL") && got.toString().contains("UCI+"), got.toString());
        }
    }

    @Test
    void interactiveApiAnswersWithACusresAndBadInputWithItsProblems() throws Exception {
        HttpResponse<String> r = post("/v1/iapi", sample("paxlst_d12b_2pax.edi"), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("CUSRES"), r.body());
        HttpResponse<String> bad = post("/v1/messages", "not an interchange".getBytes(StandardCharsets.US_ASCII), null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("problems"), bad.body());
        HttpResponse<String> contrl = post("/v1/messages", sample("paxlst_d12b_2pax.edi"), "application/edifact");
        assertEquals(202, contrl.statusCode());
        assertTrue(contrl.body().contains("CONTRL"), contrl.body());
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(metrics.body().contains("paxgate_messages_total"), metrics.body());
        assertTrue(metrics.body().contains("paxgate_store_fill{store=\"documents:sltd\"}"), metrics.body());
        assertTrue(metrics.body().contains("paxgate_journal_lag"), metrics.body());
    }
}
