package io.paxgate.benchmarks.guard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./paxgate bench}: the JMH suites (all, or those matching the include regexes) with their
 * own iterations, or with {@code --quick} the guard's short pass and 100,000-entry lists; then a
 * table of every result and the ratio of each floors.json pair found in the run.
 */
public final class Bench {
    static final String USAGE = String.join("\n",
            "usage: paxgate bench [--quick] [--json FILE] [--floors FILE] [REGEX...]",
            "  Runs the JMH suites (every benchmark, or those whose name matches a REGEX) and prints",
            "  benchmark, mode, score, error and units, then each pair's ratio (ours / in-run peer).",
            "  --quick        the CI guard's short pass (1 fork, 3 x 1 s warm-up, 4 x 1 s measured)",
            "                 and 100,000-entry lists (entries=100000) instead of 1,000,000",
            "  --json FILE    also write the table and the ratios as JSON to FILE",
            "  Ratios are of the iterations' medians, as the CI guard computes them; JMH's own JSON result",
            "  is kept (its path is printed) and BenchGuard --results can check it.",
            "  --floors FILE  the pairs and floors (default benchmarks/floors.json)",
            "  A full run takes tens of minutes (NameScreenBenchmark alone about 4); --quick a few.");

    /** Lists sized so a quick pass builds each in about a second. */
    static final String QUICK_ENTRIES = "100000";

    private Bench() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean quick = false;
        Path json = null;
        Path floors = Path.of(System.getenv().getOrDefault("PAXGATE_HOME", "."), "benchmarks", "floors.json");
        List<String> includes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--quick" -> quick = true;
                case "--json", "--floors" -> {
                    if (i + 1 >= args.length) {
                        err.println("paxgate bench: " + a + " needs a file\n" + USAGE);
                        return 2;
                    }
                    Path v = Path.of(args[++i]);
                    if (a.equals("--json")) {
                        json = v;
                    } else {
                        floors = v;
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        err.println("paxgate bench: unknown option " + a + "\n" + USAGE);
                        return 2;
                    }
                    includes.add(a);
                }
            }
        }
        try {
            List<GuardPair> pairs = Floors.read(floors);
            Path result = Files.createTempFile("paxgate-bench", ".json");
            ChainedOptionsBuilder b = new OptionsBuilder()
                    .shouldFailOnError(true)
                    .resultFormat(ResultFormatType.JSON)
                    .result(result.toString());
            includes.forEach(b::include);
            if (quick) {
                RunSettings.GUARD.applyTo(b).param("entries", QUICK_ENTRIES);
            }
            new Runner(b.build()).run();
            List<Score> scores = JmhResults.read(result);
            List<Verdict> ratios = ratios(pairs, scores, quick);
            out.println();
            out.print(table(scores));
            if (!ratios.isEmpty()) {
                out.println();
                out.print(GuardCheck.table(ratios));
            }
            if (json != null) {
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), toJson(scores, ratios));
                out.println("written: " + json);
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("paxgate bench: " + e.getMessage());
            return 2;
        } catch (RunnerException e) {
            err.println("paxgate bench: the JMH run failed: " + e.getMessage());
            return 2;
        }
    }

    /** The floors.json pairs whose two sides are both in the run (at the run's own parameters unless quick). */
    static List<Verdict> ratios(List<GuardPair> pairs, List<Score> scores, boolean sameParamsAsGuard) {
        List<Verdict> out = new ArrayList<>();
        for (GuardPair p : pairs) {
            Verdict v = GuardCheck.check(sameParamsAsGuard ? p : p.withoutParams(), scores);
            if (v.status() != Verdict.Status.MISSING) {
                out.add(v);
            }
        }
        return out;
    }

    static String table(List<Score> scores) {
        StringBuilder sb = new StringBuilder();
        String format = "%-40s %-20s %-6s %14s %12s  %s%n";
        sb.append(String.format(Locale.ROOT, format, "benchmark", "params", "mode", "score", "error", "units"));
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, format, s.shortName(), params(s.params()), s.mode(), number(s.score()),
                    Double.isNaN(s.error()) ? "-" : "+- " + number(s.error()), s.unit()));
        }
        return sb.toString();
    }

    private static String params(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return sb.isEmpty() ? "-" : sb.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 1 ? "%.2f" : "%.4f", v);
    }

    static ObjectNode toJson(List<Score> scores, List<Verdict> ratios) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode bs = root.putArray("benchmarks");
        for (Score s : scores) {
            ObjectNode n = bs.addObject();
            n.put("benchmark", s.benchmark());
            n.put("mode", s.mode());
            ObjectNode ps = n.putObject("params");
            s.params().forEach(ps::put);
            n.put("score", s.score());
            if (!Double.isNaN(s.error())) {
                n.put("error", s.error());
            }
            n.put("unit", s.unit());
        }
        ArrayNode rs = root.putArray("ratios");
        for (Verdict v : ratios) {
            ObjectNode n = rs.addObject();
            n.put("pair", v.pair().name());
            n.put("ours", v.pair().ours());
            n.put("peer", v.pair().peer());
            n.put("ratio", v.ratio());
            n.put("floor", v.pair().floor());
            n.put("status", v.status().name());
        }
        return root;
    }
}
