package io.paxgate.engine.loadgen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.concurrent.TimeUnit;

/** One latency (nanoseconds): a Recorder written by any thread, read per second and in total. */
final class Latency {
    private static final long HIGHEST = TimeUnit.MINUTES.toNanos(10);

    final String name;
    private final Recorder recorder = new Recorder(HIGHEST, 3);
    private final Histogram total = new Histogram(HIGHEST, 3);
    private Histogram interval;

    Latency(String name) {
        this.name = name;
    }

    void record(long nanos) {
        recorder.recordValue(Math.min(HIGHEST, Math.max(0, nanos)));
    }

    /** What was recorded since the last call, added to the total. */
    synchronized Histogram interval() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return interval;
    }

    /** Everything recorded (takes in what is pending). */
    synchronized Histogram total() {
        interval();
        return total.copy();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** {count, p50, p99, p99_9, max} in milliseconds. */
    static ObjectNode json(Histogram h) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("count", h.getTotalCount());
        n.put("p50_ms", round(ms(h.getValueAtPercentile(50))));
        n.put("p99_ms", round(ms(h.getValueAtPercentile(99))));
        n.put("p99_9_ms", round(ms(h.getValueAtPercentile(99.9))));
        n.put("max_ms", round(ms(h.getMaxValue())));
        return n;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
