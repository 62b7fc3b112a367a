package io.paxgate.engine.run;

import io.paxgate.engine.Engine;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list reload screens the travellers of flights not yet arrived again and alerts only what is new. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ReloadRescreenTest {
    @TempDir
    Path dir;

    /** The engine on a copy of the shipped config, the day before the sample flights (LH400 on 2026-03-14) arrive. */
    private Engine start(Path cfg) throws Exception {
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(dir.resolve("journal"), dir.resolve("alerts"))
                .withSecurity(false); // this test is about the pipeline; AccessMatrixTest covers access
        return Engine.start(PaxgateConfig.load(cfg), ec, Clock.fixed(Instant.parse("2026-03-13T12:00:00Z"), ZoneOffset.UTC));
    }

    /** POSTs a shipped sample and waits until the engine has processed {@code processed} inputs. */
    private static void postAndAwait(Engine engine, HttpClient http, String sample, int processed) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.httpPort() + "/v1/messages"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of("..", "config", "samples", sample))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (engine.journal().processedCount() < processed && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aTravellerListedAfterTheManifestArrivedIsAlertedOnReloadAndNothingElseIsRepeated() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        HttpClient http = HttpClient.newHttpClient();
        try (Engine engine = start(cfg)) {
            String base = "http://127.0.0.1:" + engine.httpPort();
            for (String sample : List.of("paxlst_d12b_2pax.edi", "paxlst_gyd_planted_hits.edi")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/messages"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of("..", "config", "samples", sample))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, r.statusCode(), r.body());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (engine.journal().processedCount() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long before = engine.alerts().size();
            assertTrue(before > 0);
            assertTrue(engine.alerts().list(null, null, 100).stream().noneMatch(a -> a.traveller.name.startsWith("SHARMA")));

            // the national list gains SHARMA (on LH400, not yet arrived)
            Files.writeString(cfg.getParent().resolve("watchlists/national-sample.csv"),
                    "NAT-9001,PERSON,SHARMA,RAHUL,,,1990-01-02,,IND,M,,wanted,4,added today\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/admin/reload"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"rescreened_travellers\""), r.body());

            List<Alert> after = engine.alerts().list(null, null, 100);
            assertEquals(before + 1, after.size(), "only the newly listed traveller is alerted: " + after.size());
            Alert added = after.get(0);
            assertTrue(added.traveller.name.startsWith("SHARMA"), added.traveller.name);
            assertEquals("NAT-9001", added.reasons.get(0).entry);
            assertEquals("unrouted", added.post, "LH400 lands at JFK, which no shipped post covers");
        }
    }

    @Test
    void savingTheListFileIsEnoughAnAnalystNeedsNoRestartAndNoCall() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        HttpClient http = HttpClient.newHttpClient();
        try (Engine engine = start(cfg)) {
            postAndAwait(engine, http, "paxlst_d12b_2pax.edi", 1);
            assertEquals(0, engine.alerts().size());
            Files.writeString(cfg.getParent().resolve("watchlists/national-sample.csv"),
                    "NAT-9002,PERSON,MUELLER,ANNA MARIA,,,1985-06-17,,DEU,F,,wanted,4,added today\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (engine.alerts().size() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, engine.alerts().size(), "the saved list change alerted the listed traveller");
            assertEquals("NAT-9002", engine.alerts().list(null, null, 1).get(0).reasons.get(0).entry);
        }
    }

    @Test
    void aRestartKeepsTheFlightsNotYetArrivedForTheNextReload() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        HttpClient http = HttpClient.newHttpClient();
        try (Engine engine = start(cfg)) {
            postAndAwait(engine, http, "paxlst_d12b_2pax.edi", 1);
        }
        Files.writeString(cfg.getParent().resolve("watchlists/national-sample.csv"),
                "NAT-9003,PERSON,SHARMA,RAHUL,,,1990-01-02,,IND,M,,wanted,4,added after the restart\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Engine engine = start(cfg)) {
            // the restarted engine read the new list at start: a reload screens the kept flights with it
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.httpPort() + "/v1/admin/reload"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"rescreened_travellers\":2"), r.body());
            assertEquals("NAT-9003", engine.alerts().list(null, null, 1).get(0).reasons.get(0).entry);
        }
    }
}
