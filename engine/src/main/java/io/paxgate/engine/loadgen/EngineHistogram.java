package io.paxgate.engine.loadgen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;

import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's own receipt-to-alert histogram as {@code /metrics} shows it (Prometheus buckets,
 * cumulative, in seconds). Two readings subtract to the alerts between them; a quantile is the
 * upper bound of the bucket it falls in (so "at most").
 */
final class EngineHistogram {
    static final String NAME = "paxgate_receipt_to_alert_seconds";

    final TreeMap<Double, Long> buckets = new TreeMap<>();
    long count;
    double sum;
    double max = Double.NaN;

    static EngineHistogram parse(String metrics) {
        EngineHistogram h = new EngineHistogram();
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(NAME)) {
                continue;
            }
            String[] kv = line.trim().split(" ");
            double v = Double.parseDouble(kv[kv.length - 1]);
            if (line.startsWith(NAME + "_bucket{")) {
                String le = line.replaceAll(".*le=\"([^\"]+)\".*", "$1");
                h.buckets.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), (long) v);
            } else if (line.startsWith(NAME + "_count")) {
                h.count = (long) v;
            } else if (line.startsWith(NAME + "_sum")) {
                h.sum = v;
            } else if (line.startsWith(NAME + "_max")) {
                h.max = v;
            }
        }
        return h;
    }

    /** What was recorded after {@code before}. */
    EngineHistogram since(EngineHistogram before) {
        EngineHistogram d = new EngineHistogram();
        for (Map.Entry<Double, Long> e : buckets.entrySet()) {
            d.buckets.put(e.getKey(), e.getValue() - before.buckets.getOrDefault(e.getKey(), 0L));
        }
        d.count = count - before.count;
        d.sum = sum - before.sum;
        d.max = max;
        return d;
    }

    /** Upper bound (seconds) of the bucket holding quantile {@code q}; NaN when empty. */
    double quantile(double q) {
        if (count <= 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(q * count);
        for (Map.Entry<Double, Long> e : buckets.entrySet()) {
            if (e.getValue() >= rank) {
                return e.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    ObjectNode json() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("count", count);
        if (count > 0) {
            n.put("mean_ms", Latency.round(sum / count * 1000));
            n.put("p50_ms_at_most", ms(quantile(0.5)));
            n.put("p99_ms_at_most", ms(quantile(0.99)));
            n.put("p99_9_ms_at_most", ms(quantile(0.999)));
        }
        if (!Double.isNaN(max)) {
            n.put("recent_max_ms", Latency.round(max * 1000));
        }
        return n;
    }

    private static double ms(double seconds) {
        return Double.isInfinite(seconds) ? -1 : Latency.round(seconds * 1000);
    }
}
