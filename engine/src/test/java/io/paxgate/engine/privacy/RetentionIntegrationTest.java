package io.paxgate.engine.privacy;

import io.paxgate.engine.Engine;
import io.paxgate.engine.audit.AuditLog;
import io.paxgate.engine.audit.AuditVerifier;
import io.paxgate.engine.cli.PaxgateCommand;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A traveller's life in the engine's stores: alerted, masked after the depersonalisation period
 * (a supervisor can unmask with a justification), deleted after the retention period; an open
 * alert is held; every step in an audit log whose chain verifies.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RetentionIntegrationTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("..", "config", "samples", name));
    }

    private HttpResponse<String> send(Engine engine, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.httpPort() + path))
                .timeout(Duration.ofSeconds(20));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aTravellerIsMaskedThenDeletedWhileAnOpenAlertIsHeldAndTheAuditTrailVerifies() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(dir.resolve("journal"), dir.resolve("alerts"))
                .withSecurity(false); // about retention and the audit trail; AccessMatrixTest covers access
        Instant now = Instant.now();
        String closedName;
        try (Engine engine = Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC())) {
            assertEquals(202, send(engine, "POST", "/v1/messages", new String(sample("paxlst_gyd_planted_hits.edi"),
                    StandardCharsets.ISO_8859_1)).statusCode());
            assertEquals(202, send(engine, "POST", "/v1/messages", new String(sample("pnrgov_13_1_1pnr_2pax.edi"),
                    StandardCharsets.ISO_8859_1)).statusCode());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (engine.alerts().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(engine.alerts().size() >= 2, "the planted sample gives at least two alerts");
            closedName = engine.alerts().get("A1").orElseThrow().traveller.name;
            assertEquals(200, send(engine, "POST", "/v1/alerts/A1/disposition",
                    "{\"outcome\":\"false_positive\",\"note\":\"namesake\"}").statusCode());
            assertEquals(200, send(engine, "GET", "/v1/alerts?post=GYD", null).statusCode());

            // the meal SSR of the PNR never reached the journal
            List<Journal.Entry> entries = new ArrayList<>();
            engine.journal().forEachSince(0, entries::add);
            Journal.Entry pnr = entries.stream().filter(e -> new String(e.bytes(), StandardCharsets.ISO_8859_1)
                    .contains("PNRGOV")).findFirst().orElseThrow();
            assertEquals(1, pnr.sensitiveRemoved());
            assertFalse(new String(pnr.bytes(), StandardCharsets.ISO_8859_1).contains("AVML"));

            // seven months on: the closed alert is masked, the open one held
            RetentionJob.Report masked = engine.retention().run(now.plus(Duration.ofDays(210)));
            assertEquals(List.of("A1"), masked.masked());
            assertTrue(masked.held().contains("A2"), masked.held().toString());
            String list = send(engine, "GET", "/v1/alerts?post=GYD", null).body();
            assertFalse(list.contains(closedName), list);
            assertTrue(list.contains("\"masked\":true"), list);
            assertFalse(Files.readString(dir.resolve("alerts").resolve("alerts.jsonl")).contains(closedName),
                    "masked in the file, not only in memory");

            assertEquals(400, send(engine, "POST", "/v1/alerts/A1/unmask", "{}").statusCode());
            HttpResponse<String> unmasked = send(engine, "POST", "/v1/alerts/A1/unmask",
                    "{\"justification\":\"court order 12/2026 of the district court\"}");
            assertEquals(200, unmasked.statusCode(), unmasked.body());
            assertTrue(unmasked.body().contains(closedName), unmasked.body());

            // five years and more on: the closed alert is deleted with its sealed data; the open one is still held
            RetentionJob.Report deleted = engine.retention().run(now.plus(Duration.ofDays(1830 + 210)));
            assertEquals(List.of("A1"), deleted.erased());
            assertTrue(deleted.held().contains("A2"));
            assertTrue(engine.alerts().get("A1").isEmpty());
            assertEquals(409, send(engine, "POST", "/v1/alerts/A2/unmask",
                    "{\"justification\":\"court order 12/2026 of the district court\"}").statusCode());
        }
        assertFalse(Files.readString(dir.resolve("alerts").resolve("sealed.jsonl")).contains(closedName));

        // the journal's daily files past the retention period, by the operator's command
        StringWriter out = new StringWriter();
        var cl = PaxgateCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        String later = now.plus(Duration.ofDays(1830 + 400)).toString();
        assertEquals(0, cl.execute("retention", "run", "--config", cfg.toString(), "--data", dir.toString(),
                "--now", later), out.toString());
        assertTrue(out.toString().matches("(?s).*journal: [1-9]\\d* daily file.*"), out.toString());
        try (var files = Files.list(dir.resolve("journal"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".cq4")
                    && !f.getFileName().toString().startsWith("directory-listing")));
        }

        String audit = Files.readString(AuditLog.file(dir));
        for (String expected : new String[] {"\"action\":\"collect\"", "\"action\":\"consult\"",
                "\"action\":\"depersonalise\",\"subject\":\"alert A1\"", "\"action\":\"unmask\",\"subject\":\"alert A1\"",
                "\"actor\":\"127.0.0.1", "court order 12/2026", "\"action\":\"erase\",\"subject\":\"alert A1\"",
                "\"action\":\"erase\",\"subject\":\"journal "}) {
            assertTrue(audit.contains(expected), expected + " in\n" + audit);
        }
        assertFalse(audit.contains(closedName), "the audit log names no one");
        AuditVerifier.Result r = AuditVerifier.verify(AuditLog.file(dir));
        assertTrue(r.ok(), r.why());
    }
}
