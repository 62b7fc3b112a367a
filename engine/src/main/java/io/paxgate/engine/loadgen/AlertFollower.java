package io.paxgate.engine.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.os.LatencySlice;
import io.paxgate.engine.synth.PlantedRecall;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows every post's alert stream ({@code GET /v1/alerts/stream}, Server-Sent Events) the way a
 * border post does, and times each alert: the moment it arrives here minus the intended send time
 * of the input whose journal id it carries ({@code source_message_id}, the id the 202 gave). An
 * alert may arrive before its input's 202 does: it waits here until the id is known.
 */
final class AlertFollower implements AutoCloseable {
    private record Sent(long intendedNanos, boolean measured, Latency shape) {
    }

    private final Latency latency;
    private final Map<String, Sent> sent = new HashMap<>();
    private final Map<String, List<Long>> early = new HashMap<>();
    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong warmup = new AtomicLong();
    private final AtomicLong lastAt = new AtomicLong(System.nanoTime());
    private final Thread reader;
    private volatile InputStream body;

    private final PlantedRecall recall;

    /** @param recall scored with every alert received (null: the input planted nobody) */
    /** @param authorization the {@code Authorization} header for the stream (a supervisor's session), or null */
    AlertFollower(HttpClient http, String base, Latency latency, PlantedRecall recall, String authorization)
            throws IOException, InterruptedException {
        this.latency = latency;
        this.recall = recall;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/v1/alerts/stream")).timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            r.body().close();
            throw new IOException("GET /v1/alerts/stream answered " + r.statusCode());
        }
        body = r.body();
        reader = new Thread(this::read, "loadgen-alerts");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        LatencySlice.request(LatencySlice.MIN_NANOS); // an alert is timed when this thread reads it
        try (BufferedReader events = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line; (line = events.readLine()) != null; ) {
                if (line.startsWith("data:")) {
                    long now = System.nanoTime();
                    JsonNode a = Json.MAPPER.readTree(line.substring(5).trim());
                    alert(a.path("source_message_id").asText(""), now);
                    if (recall != null) {
                        recall.add(Json.MAPPER.treeToValue(a, Alert.class));
                    }
                }
            }
        } catch (IOException e) {
            // the stream ended (engine stopped or we closed it)
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
        InputStream b = body;
        try {
            if (b != null) {
                b.close();
            }
        } catch (IOException e) {
            // closing a stream that is already gone
        }
        reader.interrupt();
    }
}
