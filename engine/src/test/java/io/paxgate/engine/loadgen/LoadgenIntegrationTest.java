package io.paxgate.engine.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.Engine;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load generator against the real engine on loopback ports: counts only, never timings. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoadgenIntegrationTest {
    @TempDir
    Path dir;

    @Test
    void aShortRunIsAcknowledgedAlertsAreTimedAndTheCountsAddUp() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(dir.resolve("journal"), dir.resolve("alerts"))
                .withSecurity(false); // this test is about the pipeline; AccessMatrixTest covers access
        ObjectNode r;
        StringWriter progress = new StringWriter();
        try (Engine engine = Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC())) {
            // 12 flights a day: the 2.5 s at 30 inputs/s run through several generated days
            LoadInput input = LoadInput.generated(cfg.getParent(), 7, 12);
            LoadRun.Options o = new LoadRun.Options("127.0.0.1", engine.httpPort(), "127.0.0.1", engine.tcpPort(), 3, 30, 20,
                    TimeUnit.MILLISECONDS.toNanos(500), TimeUnit.SECONDS.toNanos(2), 4, 2, TimeUnit.SECONDS.toNanos(20),
                    TimeUnit.SECONDS.toNanos(20));
            r = new LoadRun(o, input, new PrintWriter(progress)).run();
        }
        String report = LoadRun.text(r);
        JsonNode c = r.path("counts");
        assertTrue(c.path("http_accepted").asLong() > 0, report);
        assertTrue(c.path("travellers").asLong() > 0, report);
        assertTrue(c.path("tcp_acknowledged").asLong() > 0, report);
        assertTrue(c.path("iapi_answered").asLong() > 0, report);
        assertTrue(c.path("alerts_timed").asLong() > 0, report);
        assertEquals(c.path("http_accepted").asLong(), r.path("ack").path("count").asLong(), report);
        assertEquals(c.path("alerts_seen").asLong(), c.path("alerts_timed").asLong() + c.path("alerts_of_warmup").asLong()
                + c.path("alerts_untimed").asLong(), report);
        // every measured send was answered or counted as an error of its kind
        long httpErrors = 0;
        long tcpErrors = 0;
        long iapiErrors = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("errors").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("tcp ")) {
                tcpErrors += e.getValue().asLong();
            } else if (e.getKey().startsWith("iapi ")) {
                iapiErrors += e.getValue().asLong();
            } else {
                httpErrors += e.getValue().asLong();
            }
        }
        assertEquals(c.path("http_sent").asLong(), c.path("http_accepted").asLong() + httpErrors, report);
        assertEquals(c.path("iapi_sent").asLong(), c.path("iapi_answered").asLong() + iapiErrors, report);
        assertTrue(c.path("tcp_sent").asLong() >= c.path("tcp_acknowledged").asLong() - c.path("warmup_sent").asLong(), report);
        assertTrue(tcpErrors == 0, report);
        assertTrue(progress.toString().contains("acks/s"), progress.toString());
        assertTrue(report.contains("receipt-to-alert"), report);
        long byShape = 0;
        for (JsonNode v : r.path("by_shape")) {
            byShape += v.path("ack").path("count").asLong();
        }
        assertEquals(c.path("http_accepted").asLong(), byShape, report);
    }

    @Test
    void aSynthDirectoryIsScoredAgainstItsPlantedTravellers() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        java.time.LocalDate date = java.time.LocalDate.now(Clock.systemUTC()).plusDays(1);
        io.paxgate.engine.synth.TrafficGenerator.Day day = new io.paxgate.engine.synth.TrafficGenerator(7,
                io.paxgate.engine.synth.Plants.fromConfig(cfg.getParent()), 0).day(date, 12, 0);
        Path traffic = dir.resolve("day");
        io.paxgate.engine.synth.TrafficDirectory.write(traffic, day, 7, date, "test");
        int files = traffic.resolve("traffic").toFile().list().length;
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(dir.resolve("journal"), dir.resolve("alerts"))
                .withSecurity(false);
        ObjectNode r;
        try (Engine engine = Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC())) {
            // every file once (and a little more) within the measured second
            LoadRun.Options o = new LoadRun.Options("127.0.0.1", engine.httpPort(), null, 0, 0, files + 5, 0, 0,
                    TimeUnit.SECONDS.toNanos(1), 4, 2, TimeUnit.SECONDS.toNanos(20), TimeUnit.SECONDS.toNanos(30));
            r = new LoadRun(o, LoadInput.directory(traffic), new PrintWriter(new StringWriter())).run();
        }
        String report = LoadRun.text(r);
        JsonNode p = r.path("planted");
        assertTrue(p.path("planted").asInt() > 0, report);
        assertEquals(p.path("planted").asInt(), p.path("alerted").asInt(), report);
        assertTrue(report.contains("Planted travellers alerted (by what was expected): "), report);
    }
}
