package io.paxgate.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real engine process killed with SIGKILL right after it acknowledged a burst of manifests,
 * then restarted on the same data: every acknowledged manifest has its alerts, none twice.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EngineCrashTest {
    private static final Pattern READY = Pattern.compile("paxgate serve: http [^:]+:(\\d+) tcp");
    private static final int MANIFESTS = 40;

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedManifestIsAlertedOnceAcrossAKill9() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        // about crash recovery, not access (AccessMatrixTest): the child runs with security off
        Files.writeString(cfg, Files.readString(cfg).replace("  enabled: true ", "  enabled: false"));
        Path data = dir.resolve("data");
        String sample = Files.readString(Path.of("..", "config", "samples", "paxlst_gyd_planted_hits.edi"),
                StandardCharsets.ISO_8859_1);

        // one manifest alone, in a first engine: how many alerts one gives
        Process p = start(cfg, data);
        int port = awaitReady(p);
        assertEquals(202, post(port, manifest(sample, 0)).statusCode());
        int perManifest = awaitAlerts(port, 1, 1);
        assertTrue(perManifest >= 1, "the planted manifest gives alerts");

        // a burst, acknowledged, then SIGKILL at once: no time to publish everything
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 1; i <= MANIFESTS; i++) {
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/messages"))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(manifest(sample, i)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<String> acknowledged = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            assertEquals(202, r.statusCode(), r.body());
            acknowledged.add(Json.MAPPER.readTree(r.body()).get("id").asText());
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));

        // restart on the same data: the journal replays what was not published
        Process again = start(cfg, data);
        try {
            replayed = 0;
            int port2 = awaitReady(again);
            System.out.println("EngineCrashTest: " + acknowledged.size() + " manifests acknowledged before SIGKILL, "
                    + replayed + " replayed on restart");
            // and the first manifest once more (a retransmission): recognised, not alerted again
            assertEquals(202, post(port2, manifest(sample, 0)).statusCode());
            int expected = perManifest * (MANIFESTS + 1);
            awaitAlerts(port2, expected, expected);
            JsonNode alerts = get(port2, "/v1/alerts?limit=10000").get("alerts");
            Map<String, Integer> bySource = new HashMap<>();
            Set<String> distinct = new HashSet<>();
            for (JsonNode a : alerts) {
                bySource.merge(a.get("source_message_id").asText(), 1, Integer::sum);
                assertTrue(distinct.add(a.get("source_message_id").asText() + "|" + a.get("post").asText() + "|"
                        + a.get("traveller").get("name").asText()), "alerted twice: " + a);
            }
            for (String id : acknowledged) {
                assertEquals(perManifest, bySource.getOrDefault(id, 0), "alerts of acknowledged input " + id);
            }
            assertEquals(expected, alerts.size());
        } finally {
            again.destroy(); // SIGTERM: the clean shutdown path
            assertTrue(again.waitFor(60, TimeUnit.SECONDS), "the engine did not stop on SIGTERM");
        }
    }

    /** The sample as the manifest of another flight (J2 5000 + n), with its own control reference. */
    static byte[] manifest(String sample, int n) {
        String ref = String.format("J2%09d", 900_000 + n);
        return sample.replace("J2000000731", ref).replace("J2028", "J2" + (5000 + n)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private Process start(Path cfg, Path data) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle")) {
                cmd.add(arg);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.paxgate.engine.cli.PaxgateCommand");
        cmd.addAll(List.of("serve", "--config", cfg.toString(), "--data", data.toString(), "--http-port", "0",
                "--tcp-port", "0"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** The last start's "replayed N journaled input(s)" log line, or 0. */
    static volatile int replayed;

    private static int awaitReady(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher r = Pattern.compile("replayed (\\d+) journaled").matcher(line);
            if (r.find()) {
                replayed = Integer.parseInt(r.group(1));
            }
            Matcher m = READY.matcher(line);
            if (m.find()) {
                Thread t = new Thread(() -> drain(out), "engine-output");
                t.setDaemon(true);
                t.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the engine exited before it was ready:\n" + seen);
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe empty
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private HttpResponse<String> post(int port, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/messages"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(int port, String path) throws Exception {
        return Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Waits until at least {@code min} alerts are stored, then a little longer for stragglers; returns the count. */
    private int awaitAlerts(int port, int min, int settle) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int n = 0;
        while (System.nanoTime() < deadline) {
            n = get(port, "/v1/alerts?limit=10000").get("alerts").size();
            if (n >= min) {
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(500);
        return Math.max(n, get(port, "/v1/alerts?limit=10000").get("alerts").size());
    }
}
