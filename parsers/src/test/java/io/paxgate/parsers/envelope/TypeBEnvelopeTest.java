package io.paxgate.parsers.envelope;

import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.paxgate.parsers.edifact.Edi.has;
import static io.paxgate.parsers.edifact.Edi.interchange;
import static io.paxgate.parsers.edifact.Edi.onlyPaxlst;
import static io.paxgate.parsers.edifact.Edi.paxlst;
import static io.paxgate.parsers.edifact.Edi.problemsOf;
import static io.paxgate.parsers.edifact.Edi.read;
import static io.paxgate.parsers.edifact.Edi.surnames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeBEnvelopeTest {
    private static final String HEADING = "QU GYDAPXH FRAKLLH\r\n.FRAAPLH 141215\r\n";

    /** The interchange as one line, hard-wrapped at 69 columns the way Type B carries it. */
    private static String wrapped(String edifact) {
        String flat = edifact.replace("\n", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < flat.length(); i += 69) {
            sb.append(flat, i, Math.min(flat.length(), i + 69)).append("\r\n");
        }
        return sb.toString();
    }

    private static String manifest(String ref, String surname) {
        return "UNA:+.?*'" + interchange("UNOA:4", ref, paxlst("M" + ref, surname + ":ANNA:MARIA",
                "O?'BRIEN:SEAN", "DE LA CRUZ-VILLANUEVA:JUAN CARLOS"));
    }

    @Test
    void headingAndHardWrappedTextAreReadWithoutControlCharacters() {
        DecodeResult r = read(HEADING + wrapped(manifest("1", "MUELLER")));
        assertEquals(List.of("MUELLER", "O'BRIEN", "DE LA CRUZ-VILLANUEVA"), surnames(onlyPaxlst(r)));
        assertEquals(Severity.INFO, problemsOf(r, ProblemCode.TYPE_B_ENVELOPE).get(0).severity());
        assertFalse(r.hasErrors(), r.allProblems().toString());
    }

    @Test
    void headingWithSohStxEtxIsRemoved() {
        DecodeResult r = read("\u0001" + HEADING + "\u0002" + wrapped(manifest("1", "MUELLER")) + "\u0003");
        assertEquals(3, onlyPaxlst(r).travellers.size());
        assertTrue(has(r, ProblemCode.TYPE_B_ENVELOPE));
        assertFalse(has(r, ProblemCode.JUNK_BEFORE_INTERCHANGE), r.allProblems().toString());
    }

    @Test
    void trailingNnnnIsNotJunk() {
        DecodeResult r = read(HEADING + wrapped(manifest("1", "MUELLER")) + "\r\nNNNN\r\n");
        assertEquals(3, onlyPaxlst(r).travellers.size());
        assertTrue(r.allProblems().stream().allMatch(p -> p.code() == ProblemCode.TYPE_B_ENVELOPE), r.allProblems().toString());
    }

    @Test
    void twoTypeBMessagesBackToBackWithNnnnAreBothRead() {
        DecodeResult r = read(HEADING + wrapped(manifest("1", "FIRST")) + "NNNN\r\n"
                + HEADING + wrapped(manifest("2", "SECOND")) + "NNNN\r\n");
        assertEquals(2, r.messages().size());
        assertEquals("SECOND", surnames(r.messages().get(1)).get(0));
        assertEquals(2, problemsOf(r, ProblemCode.TYPE_B_ENVELOPE).size());
        assertFalse(has(r, ProblemCode.JUNK_BEFORE_INTERCHANGE), r.allProblems().toString());
    }

    @Test
    void twoTypeBMessagesBackToBackWithControlCharactersAreBothRead() {
        DecodeResult r = read("\u0001" + HEADING + "\u0002" + wrapped(manifest("1", "FIRST")) + "\u0003"
                + "\u0001" + HEADING + "\u0002" + wrapped(manifest("2", "SECOND")) + "\u0003");
        assertEquals(2, r.messages().size());
        assertFalse(has(r, ProblemCode.JUNK_BEFORE_INTERCHANGE), r.allProblems().toString());
        assertFalse(r.hasErrors(), r.allProblems().toString());
    }

    @Test
    void hardWrapsInsideDatesAndCountsKeepTheValues() {
        // narrow wrapping splits tags, dates and the UNT count
        String flat = manifest("1", "MUELLER").replace("\n", "");
        StringBuilder sb = new StringBuilder(HEADING).append(flat, 0, 69).append("\r\n"); // UNA and UNB
        for (int i = 69; i < flat.length(); i += 7) {
            sb.append(flat, i, Math.min(flat.length(), i + 7)).append("\r\n");
        }
        DecodeResult r = read(sb.toString());
        var m = onlyPaxlst(r);
        assertEquals(3, m.travellers.size());
        assertEquals("2026-03-14T14:15", m.flight.departureTime.toString());
        assertFalse(r.hasErrors(), r.allProblems().toString());
        assertFalse(has(r, ProblemCode.UNT_COUNT_MISMATCH), r.allProblems().toString());
    }
}
