package io.paxgate.engine.alerts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertStoreTest {
    @TempDir
    Path dir;

    static Alert alert(String post, String source) {
        Alert a = new Alert();
        a.post = post;
        a.flight = "J2 8012";
        a.decision = "refer";
        a.score = 0.7;
        Alert.Reason r = new Alert.Reason();
        r.kind = "name_list";
        r.source = source;
        r.entry = "E1";
        a.reasons = List.of(r);
        return a;
    }

    @Test
    void alertsAcksAndDispositionsSurviveAReopenAndATornLastLine() throws Exception {
        Instant t = Instant.parse("2026-11-23T10:00:00Z");
        try (AlertStore s = AlertStore.open(dir)) {
            s.add(alert("GYD", "un-sc"));
            s.add(alert("KVD", "un-sc"));
            s.add(alert("GYD", "national"));
            s.acknowledge("A1", t);
            s.dispose("A3", "false_positive", "namesake", "officer1", t);
        }
        // a crash in the middle of writing the next line
        Files.writeString(dir.resolve("alerts.jsonl"), "{\"type\":\"alert\",\"alert\":{\"id\":\"A4", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (AlertStore s = AlertStore.open(dir)) {
            assertEquals(3, s.size());
            assertEquals("acknowledged", s.get("A1").orElseThrow().status);
            assertEquals("closed", s.get("A3").orElseThrow().status);
            assertEquals("false_positive", s.get("A3").orElseThrow().disposition.outcome);
            assertEquals(List.of("A3", "A1"), s.list("GYD", null, 10).stream().map(a -> a.id).toList());
            assertEquals(Map.of("name_list:national", Map.of("false_positive", 1)), s.dispositionsBySource());
            // numbering goes on after the last stored alert
            assertEquals("A4", s.add(alert("GYD", "un-sc")).id);
        }
        try (AlertStore s = AlertStore.open(dir)) {
            assertEquals(4, s.size());
        }
    }

    @Test
    void aReconnectingPostGetsWhatItMissedThenTheLiveAlerts() throws Exception {
        try (AlertStore s = AlertStore.open(dir)) {
            AlertApi api = new AlertApi(s, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            s.add(alert("GYD", "un-sc"));
            s.add(alert("KVD", "un-sc"));
            s.add(alert("GYD", "un-sc"));
            List<String> got = new ArrayList<>();
            Runnable stop = api.follow("GYD", "1", (id, event, data) -> got.add(id + ":" + event));
            s.add(alert("GYD", "un-sc"));
            s.add(alert("KVD", "un-sc"));
            stop.run();
            s.add(alert("GYD", "un-sc"));
            assertEquals(List.of("3:alert", "4:alert"), got);
            // a new subscriber (no Last-Event-ID) gets only what comes next
            List<String> fresh = new ArrayList<>();
            api.follow("GYD", null, (id, event, data) -> fresh.add(id));
            s.add(alert("GYD", "un-sc"));
            assertEquals(List.of("7"), fresh);
        }
    }

    @Test
    void dispositionsAreCheckedAndCountedPerSource() throws Exception {
        try (AlertStore s = AlertStore.open(dir)) {
            AlertApi api = new AlertApi(s, Clock.systemUTC());
            s.add(alert("GYD", "un-sc"));
            assertEquals(400, api.dispose("A1", "{\"outcome\":\"maybe\"}".getBytes(StandardCharsets.UTF_8), "o").status());
            assertEquals(400, api.dispose("A1", "not json".getBytes(StandardCharsets.UTF_8), "o").status());
            assertEquals(404, api.dispose("A9", "{\"outcome\":\"confirmed\"}".getBytes(StandardCharsets.UTF_8), "o").status());
            assertEquals(200, api.dispose("A1", "{\"outcome\":\"confirmed\",\"note\":\"arrested\"}".getBytes(StandardCharsets.UTF_8), "o").status());
            assertTrue(api.dispositions().json().contains("\"name_list:un-sc\":{\"confirmed\":1}"), api.dispositions().json());
            assertEquals(400, api.list(Map.of("status", List.of("open"))).status());
            assertTrue(api.list(Map.of("post", List.of("GYD"), "status", List.of("closed"))).json().contains("\"A1\""));
            assertEquals(404, api.acknowledge("A9").status());
        }
    }

    @Test
    void aTravellerNamedAgainByALaterMessageIsAlertedOnlyForWhatIsNew() throws Exception {
        try (AlertStore s = AlertStore.open(dir)) {
            Alert paxlst = alert("GYD", "un-sc");
            paxlst.traveller = new Alert.AlertTraveller();
            paxlst.traveller.name = "MAMMADOV, RASHAD ALI";
            paxlst.flightDate = "2026-11-24";
            assertEquals("A1", s.addIfNew(paxlst).id);
            Alert pnr = alert("GYD", "un-sc");
            pnr.traveller = new Alert.AlertTraveller();
            pnr.traveller.name = "MAMMADOV, RASHAD";
            pnr.flightDate = "2026-11-24";
            assertEquals(null, s.addIfNew(pnr), "same traveller, same reason: not again");
            pnr.decision = "do_not_board";
            assertEquals("A2", s.addIfNew(pnr).id, "an escalated decision is news");
            Alert other = alert("GYD", "national");
            other.traveller = pnr.traveller;
            other.flightDate = "2026-11-24";
            assertEquals("A3", s.addIfNew(other).id, "a new reason is news");
        }
        try (AlertStore s = AlertStore.open(dir)) {
            Alert again = alert("GYD", "national");
            again.traveller = new Alert.AlertTraveller();
            again.traveller.name = "MAMMADOV, RASHAD";
            again.flightDate = "2026-11-24";
            assertEquals(null, s.addIfNew(again), "known after a restart too");
        }
    }
}
