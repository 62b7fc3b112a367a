package io.paxgate.parsers.pnrgov;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.PnrgovMessage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One bad PNR never costs the others: a push of three PNRs (the sample's, under three record
 * locators) whose middle PNR is damaged anywhere after its SRC (bytes replaced or inserted: broken
 * dates, numbers, codes and names, separators where none belong) gives the first and the last
 * PNR exactly as the undamaged push does, field for field, and never throws.
 */
class BadPnrProperties {
    private static final String SAMPLE = new String(PnrgovMessages.resource("pnrgov_13_1_1pnr_2pax.edi"), StandardCharsets.ISO_8859_1);
    /** No terminator, release character or line break (they move segment bounds), and no S, R or C (no new SRC). */
    private static final String DAMAGE = "ABDEFXYZ0123456789 +:./-";

    record Edit(double at, boolean insert, char c) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(true, false),
                Arbitraries.of(DAMAGE.chars().mapToObj(c -> (char) c).toList())).as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 400)
    void aDamagedPnrLeavesTheOthersWhole(@ForAll("edits") List<Edit> edits) {
        String good = push(block("ABC12E"));
        String bad = push(damage(block("ABC12E"), edits));
        PnrgovMessage want = (PnrgovMessage) decode(good).messages().get(0);
        PnrgovMessage got = (PnrgovMessage) decode(bad).messages().get(0);
        assertEquals(3, got.pnrs.size(), bad);
        assertEquals(ModelDump.of(want.pnrs.get(0)), ModelDump.of(got.pnrs.get(0)), bad);
        assertEquals(ModelDump.of(want.pnrs.get(2)), ModelDump.of(got.pnrs.get(2)), bad);
        assertEquals(ModelDump.of(want.flight), ModelDump.of(got.flight), bad);
    }

    private static DecodeResult decode(String s) {
        return new InputDecoder().decode(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The sample's PNR (SRC up to UNT) under another record locator. */
    private static String block(String locator) {
        return SAMPLE.substring(SAMPLE.indexOf("SRC'"), SAMPLE.indexOf("UNT+")).replace("ABC12D", locator);
    }

    /** The sample's header, the sample's PNR, {@code middle}, a third PNR, and the trailer. */
    private static String push(String middle) {
        return SAMPLE.substring(0, SAMPLE.indexOf("SRC'")).replace("EQN+1'", "EQN+3'")
                + block("ABC12D") + middle + block("ABC12F") + SAMPLE.substring(SAMPLE.indexOf("UNT+"));
    }

    /** Edits after the PNR's first line (its SRC) and before its last terminator. */
    private static String damage(String pnr, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(pnr);
        int from = pnr.indexOf('\n') + 1;
        for (Edit e : edits) {
            int to = sb.length() - 2; // the last terminator and line break stay
            int at = from + (int) (e.at() * (to - from));
            if (e.insert()) {
                sb.insert(at, e.c());
            } else if (sb.charAt(at) != '\'' && sb.charAt(at) != '\n' && sb.charAt(at) != '?') {
                sb.setCharAt(at, e.c());
            }
        }
        return sb.toString();
    }
}
