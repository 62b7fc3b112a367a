package io.paxgate.engine.analysis;

import io.paxgate.engine.Engine;
import io.paxgate.engine.cli.ShippedConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analysts' endpoints over real loopback HTTP: rules with precision, switching a rule, a draft backtest. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RuleApiIntegrationTest {
    @TempDir
    Path dir;

    Engine engine;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        engine = ShippedConfig.startEngine(dir);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.httpPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rulesAreListedWithAlertsDispositionsAndPrecisionPerRuleAndPerList() throws Exception {
        HttpResponse<String> r = send("GET", "/v1/rules", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"id\":\"PNR-001\"") && r.body().contains("\"precision\":null"), r.body());
        assertTrue(r.body().contains("\"kind\":\"name_list\",\"name\":\"un-sc\""), r.body());
    }

    @Test
    void aDisabledRuleStaysDisabledAcrossARestartThroughItsFileUnderTheDataDirectory() throws Exception {
        HttpResponse<String> r = send("POST", "/v1/rules/PNR-003/disable", "{\"reason\":\"agency cleared\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"enabled\":false"), r.body());
        assertFalse(engine.screening().rules().current().rules().get("PNR-003").enabled());
        assertTrue(Files.readString(dir.resolve("rules").resolve(Engine.RULE_SWITCHES_FILE)).contains("\"PNR-003\" : false"));

        engine.close();
        engine = ShippedConfig.startEngineAgain(dir);
        assertFalse(engine.screening().rules().current().rules().get("PNR-003").enabled(), "the switch survives a restart");
        assertEquals(404, send("POST", "/v1/rules/NO-SUCH/enable", null).statusCode());
    }

    @Test
    void aDraftRuleIsBacktestedOverJournaledTrafficWithoutBeingSaved() throws Exception {
        byte[] manifest = Files.readAllBytes(Path.of("..", "config", "samples", "paxlst_gyd_planted_hits.edi"));
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.httpPort() + "/v1/messages"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(manifest)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, in.statusCode(), in.body());

        HttpResponse<String> r = send("POST", "/v1/backtest", "{\"expression\":\"traveller.nationality == 'TUR'\",\"hours\":1}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"inputs\":1") && r.body().contains("\"hits\":1"), r.body());
        assertFalse(engine.screening().rules().current().rules().containsKey("draft"), "a backtest saves nothing");
    }

    @Test
    void aDraftThatDoesNotCompileIsAnsweredWithItsLineAndColumn() throws Exception {
        HttpResponse<String> r = send("POST", "/v1/backtest", "{\"expression\":\"traveller.no_such_field == 1\"}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"line\":1") && r.body().contains("\"column\":") && r.body().contains("undeclared reference"), r.body());
        assertEquals(400, send("POST", "/v1/backtest", "not json").statusCode());
    }
}
