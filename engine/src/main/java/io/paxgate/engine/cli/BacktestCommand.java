package io.paxgate.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.screening.ScreeningSetup;
import io.paxgate.engine.screening.Travellers;
import io.paxgate.engine.synth.PlantedManifest;
import io.paxgate.engine.synth.PlantedRecall;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.risk.Decision;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.screening.Screening;
import io.paxgate.rules.targeting.RuleLoadException;
import io.paxgate.rules.watchlist.WatchlistRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code ./paxgate backtest}: runs the configured lists and rules over stored messages and
 * reports, per rule and per list, hits and distinct travellers, plus the top hits with their
 * explanations. How an analyst sees what a rule would do before switching it on.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Screen stored PAXLST/PNRGOV messages (files or directories) with the configured lists and rules",
                "and report hits per rule and per list. Names are masked on the terminal; --out writes every",
                "screening with hits as JSON Lines (personal data: keep that file where the law allows)."})
public final class BacktestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Message files or directories (read recursively); default with --planted DIR: DIR/traffic.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: ${DEFAULT-VALUE}).")
    Path config = PaxgateConfig.DEFAULT_FILE;

    @Option(names = "--out", paramLabel = "FILE", description = "Write every screening with hits as JSON Lines.")
    Path out;

    @Option(names = "--planted", paramLabel = "FILE|DIR",
            description = {"Score recall against the planted.json of ./paxgate synth (or the directory holding it):",
                    "planted travellers found by what was expected, the misses (initials only), other travellers hit."})
    Path planted;

    @Option(names = "--top", paramLabel = "N", description = "How many top hits to show (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Hits and distinct travellers for one list or rule. */
    static final class Tally {
        final String kind;
        long hits;
        final Set<String> travellers = new HashSet<>();

        Tally(String kind) {
            this.kind = kind;
        }
    }

    @Override
    public Integer call() throws IOException, RuleLoadException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlantedRecall recall = null;
        List<Path> roots = new ArrayList<>(inputs);
        if (planted != null) {
            Path manifest = Files.isDirectory(planted) ? planted.resolve("planted.json") : planted;
            if (!Files.isRegularFile(manifest)) {
                err.println("paxgate backtest: no planted manifest at " + manifest);
                return 2;
            }
            recall = new PlantedRecall(PlantedManifest.read(manifest));
            if (roots.isEmpty() && Files.isDirectory(planted)) {
                roots.add(planted.resolve("traffic"));
            }
        }
        if (roots.isEmpty()) {
            err.println("paxgate backtest: name the messages to screen (INPUT...), or a ./paxgate synth directory with --planted DIR");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (Path p : roots) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                err.println("paxgate backtest: no such file or directory: " + p);
                return 2;
            }
        }
        Clock clock = Clock.systemUTC();
        PaxgateConfig cfg = PaxgateConfig.load(config);
        long t0 = System.nanoTime();
        try (ScreeningSetup setup = new ScreeningSetup(cfg, clock);
             BufferedWriter jsonl = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            setup.report().forEach(l -> o.println("loaded " + l));
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (WatchlistRegistry.LoadedList<?> l : setup.watchlists().snapshot().lists().values()) {
                tallies.put(l.spec().name(), new Tally("list"));
            }
            if (setup.rules() != null) {
                for (String id : setup.rules().current().rules().keySet()) {
                    tallies.put(id, new Tally("rule"));
                }
            }
            InputDecoder decoder = new InputDecoder(cfg.parserLimits(), clock);
            List<DecodedMessage> messages = new ArrayList<>();
            int decodeErrors = 0;
            for (Path f : files) {
                DecodeResult r = decoder.decode(Files.readAllBytes(f));
                messages.addAll(r.messages());
                decodeErrors += r.hasErrors() ? 1 : 0;
            }
            Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
            List<Screening> flagged = new ArrayList<>();
            long screened = 0;
            List<Screening> results = new ArrayList<>();
            Travellers.forEach(messages, (flight, t, pnr) -> results.add(setup.screener().screen(flight, t, pnr)));
            for (Screening s : results) {
                screened++;
                if (recall != null) {
                    recall.add(s);
                }
                decisions.merge(s.assessment().decision(), 1L, Long::sum);
                if (s.hits().isEmpty()) {
                    continue;
                }
                String who = travellerKey(s);
                for (Hit h : s.hits()) {
                    Tally tally = tallies.computeIfAbsent(h.source(),
                            k -> new Tally(h.kind() == Hit.Kind.RULE ? "rule" : "list"));
                    tally.hits++;
                    tally.travellers.add(who);
                }
                flagged.add(s);
                if (jsonl != null) {
                    jsonl.write(Json.MAPPER.writeValueAsString(toJson(s)));
                    jsonl.newLine();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            o.printf(Locale.ROOT, "%nscreened %,d travellers from %d file(s), %d message(s) in %.1f s%s%n", screened,
                    files.size(), messages.size(), seconds,
                    decodeErrors == 0 ? "" : " (" + decodeErrors + " file(s) had decode errors: see ./paxgate parse)");
            o.printf(Locale.ROOT, "decisions: clear %,d  refer %,d  do_not_board %,d%n%n",
                    decisions.getOrDefault(Decision.CLEAR, 0L), decisions.getOrDefault(Decision.REFER, 0L),
                    decisions.getOrDefault(Decision.DO_NOT_BOARD, 0L));
            o.printf(Locale.ROOT, "%-28s %-5s %10s %12s%n", "list / rule", "kind", "hits", "travellers");
            for (Map.Entry<String, Tally> e : tallies.entrySet()) {
                o.printf(Locale.ROOT, "%-28s %-5s %,10d %,12d%n", e.getKey(), e.getValue().kind, e.getValue().hits,
                        e.getValue().travellers.size());
            }
            if (recall != null) {
                report(o, recall);
            }
            flagged.sort(Comparator.comparingDouble((Screening s) -> s.assessment().score()).reversed());
            if (!flagged.isEmpty()) {
                o.printf("%ntop %d of %d travellers with hits (names masked):%n", Math.min(top, flagged.size()), flagged.size());
            }
            for (int i = 0; i < Math.min(top, flagged.size()); i++) {
                Screening s = flagged.get(i);
                o.printf(Locale.ROOT, "%2d. %.2f %-12s %s %s%n", i + 1, s.assessment().score(),
                        s.assessment().decision().name().toLowerCase(Locale.ROOT),
                        s.flight() == null ? "?" : s.flight().designator(), Travellers.masked(s.traveller()));
                for (Hit h : s.assessment().hits()) {
                    o.println("      " + h.summary());
                    // a name hit's explanation spells out the traveller's name parts: --out only
                    if (h.kind() != Hit.Kind.NAME_LIST && !h.explanation().isEmpty()) {
                        o.println("        " + h.explanation());
                    }
                }
            }
            if (out != null) {
                o.println("\nwrote " + flagged.size() + " screenings with hits to " + out);
            }
            o.flush();
        }
        return 0;
    }

    private static void report(PrintWriter o, PlantedRecall recall) {
        o.printf(Locale.ROOT, "%nplanted hits found: %d of %d (recall %.3f)%n", recall.found(), recall.planted(),
                recall.recall());
        o.printf(Locale.ROOT, "travellers not planted with hits: %,d (referred or do not board: %,d)%n",
                recall.otherTravellersWithHits(), recall.otherTravellersFlagged());
        for (PlantedManifest.Entry e : recall.missed()) {
            o.printf(Locale.ROOT, "  missed %-8s %s  expected %s  (%s)%n", e.flight(),
                    Travellers.masked(e.surname(), e.givenNames(), e.birthDate()), e.expected(), e.variant());
        }
    }

    private static String travellerKey(Screening s) {
        Traveller t = s.traveller();
        return (s.flight() == null ? "" : s.flight().designator() + "/" + s.flight().departureTime) + "|" + t.surname
                + "|" + t.givenNames + "|" + t.birthDate;
    }

    private static ObjectNode toJson(Screening s) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        if (s.flight() != null) {
            n.set("flight", Json.MAPPER.valueToTree(s.flight()));
        }
        n.set("traveller", Json.MAPPER.valueToTree(s.traveller()));
        if (s.pnr() != null) {
            n.put("record_locator", s.pnr().recordLocator);
        }
        n.put("decision", s.assessment().decision().name().toLowerCase(Locale.ROOT));
        n.put("score", Math.round(s.assessment().score() * 1000) / 1000.0);
        ArrayNode hits = n.putArray("hits");
        for (Hit h : s.assessment().hits()) {
            ObjectNode x = hits.addObject();
            x.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
            x.put("source", h.source());
            x.put("entry_id", h.entryId());
            x.put("score", Math.round(h.score() * 1000) / 1000.0);
            x.put("severity", h.severity());
            x.put("weight", h.weight());
            x.put("summary", h.summary());
            x.put("explanation", h.explanation());
        }
        return n;
    }
}
