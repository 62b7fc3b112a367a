package io.paxgate.engine.screening;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.Engine;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /v1/lists/{list}/entries/{id}} over real loopback HTTP, on the shipped sample lists. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListEntryApiIntegrationTest {
    @TempDir
    static Path dir;

    Engine engine;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start() throws Exception {
        engine = ShippedConfig.startEngine(dir);
    }

    @AfterAll
    void stop() {
        engine.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.httpPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = send("GET", path);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void aListedPersonIsAnsweredWithNamesBirthDatesNationalitiesDocumentsAndTheListVersion() throws Exception {
        JsonNode e = get("/v1/lists/national/entries/NAT-0001", 200);
        assertEquals("NAT-0001", e.path("id").asText());
        assertEquals("national", e.path("list").asText());
        assertTrue(e.path("list_version").asLong() >= 1, e.toString()); // the reload test may have run first
        assertEquals("person", e.path("type").asText());
        assertEquals("primary", e.path("names").get(0).path("quality").asText());
        assertTrue(e.path("names").get(0).path("full").asText().contains("MAMMADOV"), e.toString());
        assertTrue(e.path("names").size() >= 3, "the aliases follow the primary name: " + e);
        assertEquals("1979-03-14", e.path("birth_dates").get(0).path("text").asText());
        assertEquals("AZE", e.path("nationalities").get(0).asText());
        assertEquals("C01234567", e.path("documents").get(0).path("number").asText());
        assertEquals("wanted", e.path("category").asText());
        assertEquals(4, e.path("severity").asInt());
        assertEquals("Case 2024/117 (fictitious)", e.path("source_reference").asText());
    }

    @Test
    void aYearOnlyBirthDateIsGivenAtItsPrecision() throws Exception {
        JsonNode b = get("/v1/lists/national/entries/NAT-0002", 200).path("birth_dates").get(0);
        assertEquals("year", b.path("precision").asText());
        assertEquals("1985", b.path("text").asText());
    }

    @Test
    void anUnknownEntryIs404NamingTheListAndItsVersion() throws Exception {
        JsonNode e = get("/v1/lists/national/entries/NAT-9999", 404);
        assertTrue(e.path("error").asText().contains("national (version ") && e.path("error").asText().contains("has no entry NAT-9999"), e.toString());
    }

    @Test
    void anUnknownListIs404NamingTheListsInForce() throws Exception {
        JsonNode e = get("/v1/lists/nope/entries/NAT-0001", 404);
        assertTrue(e.path("error").asText().contains("no person list nope") && e.path("error").asText().contains("national"),
                e.toString());
    }

    @Test
    void aDocumentListHasNoPersonEntryAndSaysSo() throws Exception {
        JsonNode e = get("/v1/lists/sltd/entries/anything", 404);
        assertEquals("document_list", e.path("kind").asText());
        assertTrue(e.path("error").asText().contains("document list"), e.toString());
    }

    @Test
    void anEntryAddedByAReloadIsFoundInTheNewListVersion() throws Exception {
        assertEquals(404, send("GET", "/v1/lists/national/entries/NAT-7777").statusCode());
        Files.writeString(dir.resolve("config").resolve("watchlists").resolve("national-sample.csv"),
                "NAT-7777,PERSON,TESTOVA,ELENA,,,1990-01-02,,RUS,F,,national,2,Added by a test\n", StandardOpenOption.APPEND);
        assertEquals(200, send("POST", "/v1/admin/reload").statusCode());
        JsonNode e = get("/v1/lists/national/entries/NAT-7777", 200);
        assertTrue(e.path("list_version").asLong() >= 2, e.toString());
        assertEquals("RUS", e.path("nationalities").get(0).asText());
    }
}
