package io.paxgate.benchmarks.guard;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.json.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's JSON result file ({@code -rf json}): one {@link Score} per benchmark and mode. */
public final class JmhResults {
    private JmhResults() {
    }

    /**
     * @throws IOException when the file cannot be read or is not JSON
     * @throws IllegalArgumentException when an entry lacks the fields JMH writes (naming the entry)
     */
    public static List<Score> read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": not a JMH JSON result (expected an array of benchmark results)");
        }
        List<Score> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            out.add(score(file, i, root.get(i)));
        }
        return out;
    }

    private static Score score(Path file, int i, JsonNode n) {
        String where = file + ": result " + (i + 1);
        JsonNode metric = n.path("primaryMetric");
        String benchmark = text(n, "benchmark", where);
        String mode = text(n, "mode", where);
        Map<String, String> params = new LinkedHashMap<>();
        n.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode score = metric.path("score");
        if (!score.isNumber()) {
            throw new IllegalArgumentException(where + " (" + benchmark + "): primaryMetric.score is missing or not a number");
        }
        // JMH writes the error as the string "NaN" when it has too few samples.
        double error = metric.path("scoreError").asDouble(Double.NaN);
        return new Score(benchmark, mode, params, score.asDouble(), error, text(metric, "scoreUnit", where + " (" + benchmark + ")"),
                median(metric.path("rawData")));
    }

    /** rawData is one array of iteration scores per fork (SampleTime writes a histogram instead: NaN). */
    static double median(JsonNode rawData) {
        List<Double> all = new ArrayList<>();
        for (JsonNode fork : rawData) {
            for (JsonNode it : fork) {
                if (it.isNumber()) {
                    all.add(it.asDouble());
                }
            }
        }
        if (all.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(all);
        int n = all.size();
        return n % 2 == 1 ? all.get(n / 2) : (all.get(n / 2 - 1) + all.get(n / 2)) / 2;
    }

    /** A required text field, or an error naming where it is missing. */
    static String text(JsonNode n, String field, String where) {
        JsonNode v = n.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": field \"" + field + "\" is missing");
        }
        return v.asText();
    }
}
