package io.paxgate.engine.cli;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.screening.ScreeningSetup;
import io.paxgate.rules.screening.Screener;
import io.paxgate.rules.screening.Screening;
import io.paxgate.rules.targeting.RuleLoadException;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./paxgate demo}. The engine (ingestion, alerts) is not built yet; until it is, the demo
 * decodes the bundled sample messages, shows what the codec read, and screens each traveller
 * with the shipped config's lists and rules.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run Paxgate on embedded defaults.",
                "The engine is not yet available: for now this decodes the bundled sample PAXLST and PNRGOV",
                "messages, prints what the codec read and screens each traveller with config/paxgate.yaml."})
public final class DemoCommand implements Callable<Integer> {
    static final String[] SAMPLES = {"samples/paxlst_d12b_2pax.edi", "samples/pnrgov_13_1_1pnr_2pax.edi",
        // fictitious travellers planted to meet the sample watchlist and the sample lost/stolen list
        "samples/paxlst_gyd_planted_hits.edi"};

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = "--config", paramLabel = "FILE",
            description = "Config with the watchlists and rules to screen with (default: config/paxgate.yaml of the installation).")
    Path config;

    @Override
    public Integer call() throws IOException, RuleLoadException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Paxgate demo: the running engine (ingestion, alerts to border posts) is not yet available.");
        out.println("Until it lands, the demo decodes the bundled sample messages and screens their travellers");
        out.println("with the configured watchlists and rules. Try ./paxgate parse FILE... and ./paxgate backtest DIR.");
        out.println();
        Path cfgFile = config != null ? config : defaultConfig();
        ScreeningSetup screening = null;
        if (Files.isRegularFile(cfgFile)) {
            screening = new ScreeningSetup(PaxgateConfig.load(cfgFile), Clock.systemUTC());
            screening.report().forEach(l -> out.println("loaded " + l));
            out.println();
        } else {
            out.println("(no " + cfgFile + ": decoding only)");
        }
        InputDecoder decoder = new InputDecoder();
        for (String name : SAMPLES) {
            byte[] bytes;
            try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("sample " + name + " is missing from the jar");
                }
                bytes = in.readAllBytes();
            }
            DecodeResult r = decoder.decode(bytes);
            out.printf("%s (%d bytes): %d message(s), %d traveller(s), %d problem(s)%n", name, bytes.length,
                    r.messages().size(), r.travellerCount(), r.allProblems().size());
            for (DecodedMessage m : r.messages()) {
                describe(out, m);
                if (screening != null) {
                    screen(out, screening.screener(), m);
                }
            }
            out.println();
        }
        if (screening != null) {
            screening.close();
        }
        out.flush();
        return 0;
    }

    /** The launcher sets PAXGATE_HOME to the installation; otherwise the working directory. */
    static Path defaultConfig() {
        String home = System.getenv("PAXGATE_HOME");
        return home == null ? PaxgateConfig.DEFAULT_FILE : Path.of(home).resolve(PaxgateConfig.DEFAULT_FILE);
    }

    private static void screen(PrintWriter out, Screener screener, DecodedMessage m) {
        List<Screening> results = new ArrayList<>();
        if (m instanceof PaxlstMessage p) {
            p.travellers.forEach(t -> results.add(screener.screen(p.flight, t, null)));
        } else if (m instanceof PnrgovMessage p) {
            p.pnrs.forEach(pnr -> pnr.travellers.forEach(t -> results.add(screener.screen(p.flight, t, pnr))));
        }
        for (Screening s : results) {
            out.printf(Locale.ROOT, "    screened %s: %s (score %.2f)%n", initials(s.traveller()),
                    s.assessment().decision().name().toLowerCase(Locale.ROOT), s.assessment().score());
            s.assessment().reasons().forEach(reason -> out.println("      " + reason));
        }
    }

    private static void describe(PrintWriter out, DecodedMessage m) {
        if (m instanceof PaxlstMessage p && p.flight != null) {
            out.printf("  PAXLST %s %s %s -> %s departs %s%n", p.documentKind, p.flight.designator(),
                    p.flight.departureAirport, p.flight.arrivalAirport, p.flight.departureTime);
            for (Traveller t : p.travellers) {
                out.printf("    %-10s %s, born %s, %s, %d document(s)%n", t.role.json(), initials(t),
                        t.birthDate, t.nationality, t.documents == null ? 0 : t.documents.size());
            }
        } else if (m instanceof PnrgovMessage p) {
            out.printf("  PNRGOV %s push, flight %s, %d PNR(s), %d traveller(s)%n", p.pushType,
                    p.flight == null ? "?" : p.flight.designator(), p.pnrs.size(), p.travellerCount());
        } else {
            out.printf("  %s message%n", m.type);
        }
        m.problems.forEach(pr -> out.println("    " + pr));
    }

    /** Demo output shows initials only: names are personal data. */
    private static String initials(Traveller t) {
        return (t.surname == null ? "?" : t.surname.charAt(0) + ".") + " "
                + (t.givenNames == null ? "" : t.givenNames.charAt(0) + ".");
    }
}
