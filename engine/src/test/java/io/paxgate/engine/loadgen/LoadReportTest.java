package io.paxgate.engine.loadgen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadReportTest {
    @Test
    void theP99RestsOnTheValuesAtOrAboveItsRank() {
        assertEquals(1, LoadRun.atOrAbove99(1));
        assertEquals(2, LoadRun.atOrAbove99(137)); // rank 136 of 137
        assertEquals(6, LoadRun.atOrAbove99(548));
        assertEquals(10, LoadRun.atOrAbove99(969));
        assertEquals(11, LoadRun.atOrAbove99(1_000));
    }

    @Test
    void aReportWithFewAlertsSaysHowFewItsP99RestsOn() {
        String few = LoadRun.text(report(137));
        assertTrue(few.contains("receipt-to-alert p99 rests on the 2 slowest of 137 alerts"), few);

        assertFalse(LoadRun.text(report(1_200)).contains("rests on"));
        assertFalse(LoadRun.text(report(0)).contains("rests on"), "no alert timed: nothing to say of a p99");
    }

    private static ObjectNode report(long alerts) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        ObjectNode h = r.putObject("receipt_to_alert");
        h.put("count", alerts).put("p50_ms", 2.0).put("p99_ms", 9.0).put("p99_9_ms", 12.0).put("max_ms", 12.0);
        return r;
    }
}
