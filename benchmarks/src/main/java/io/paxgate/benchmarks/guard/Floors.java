package io.paxgate.benchmarks.guard;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.json.Json;
import org.openjdk.jmh.annotations.Mode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code benchmarks/floors.json}: the pairs the guard runs and the ratio each must keep.
 *
 * <pre>{"pairs": [{"name": "parse-paxlst",
 *   "ours": "io.paxgate.benchmarks.ParseBenchmark.paxlstPaxgate",
 *   "peer": "io.paxgate.benchmarks.ParseBenchmark.paxlstStaedi",
 *   "mode": "thrpt", "params": {}, "floor": 7.0,
 *   "measured": 14.0, "date": "2026-11-24", "machine": "..."}]}</pre>
 */
public final class Floors {
    private Floors() {
    }

    /**
     * @throws IOException when the file cannot be read or is not JSON
     * @throws IllegalArgumentException naming the file, the pair and the field that is wrong
     */
    public static List<GuardPair> read(Path file) throws IOException {
        JsonNode pairs = Json.MAPPER.readTree(file.toFile()).path("pairs");
        if (!pairs.isArray() || pairs.isEmpty()) {
            throw new IllegalArgumentException(file + ": no \"pairs\" array (see BENCHMARKS.md, Benchmark guard)");
        }
        List<GuardPair> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode p = pairs.get(i);
            String where = file + ": pair " + (i + 1);
            String name = JmhResults.text(p, "name", where);
            where += " (" + name + ")";
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": the name is used twice");
            }
            Map<String, String> params = new LinkedHashMap<>();
            p.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            double floor = number(p, "floor", where);
            if (!(floor > 0)) {
                throw new IllegalArgumentException(where + ": \"floor\" must be above 0, was " + floor);
            }
            String mode = JmhResults.text(p, "mode", where);
            try {
                mode = Mode.deepValueOf(mode).shortLabel();
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(where + ": mode \"" + mode + "\" is not a JMH mode (thrpt, avgt, sample, ss)");
            }
            out.add(new GuardPair(name, JmhResults.text(p, "ours", where), JmhResults.text(p, "peer", where), mode, params,
                    floor, p.path("measured").asDouble(Double.NaN), p.path("date").asText(""), p.path("machine").asText("")));
        }
        return out;
    }

    private static double number(JsonNode n, String field, String where) {
        JsonNode v = n.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException(where + ": field \"" + field + "\" is missing or not a number");
        }
        return v.asDouble();
    }
}
