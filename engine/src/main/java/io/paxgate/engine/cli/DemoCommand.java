package io.paxgate.engine.cli;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code ./paxgate demo}. The engine (ingestion, screening, alerts) is not built yet; until it
 * is, the demo decodes the bundled sample messages with the codec and shows what it read.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run Paxgate on embedded defaults.",
                "The engine is not yet available: for now this decodes the bundled sample PAXLST and PNRGOV",
                "messages and prints what the codec read."})
public final class DemoCommand implements Callable<Integer> {
    static final String[] SAMPLES = {"samples/paxlst_d12b_2pax.edi", "samples/pnrgov_13_1_1pnr_2pax.edi"};

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Paxgate demo: the screening engine is not yet available (it lands with the engine issue).");
        out.println("Decoding the bundled sample messages instead; try ./paxgate parse FILE... on your own.");
        out.println();
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
            }
            out.println();
        }
        out.flush();
        return 0;
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
