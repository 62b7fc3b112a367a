package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.paxgate.parsers.edifact.Edi.has;
import static io.paxgate.parsers.edifact.Edi.interchange;
import static io.paxgate.parsers.edifact.Edi.paxlst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostileInputTest {
    private final InputDecoder decoder = new InputDecoder(ParserLimits.DEFAULT, Edi.CLOCK);

    /** Every problem says what, how bad, where and why. */
    static void assertWellFormed(DecodeResult r) {
        for (Problem p : r.allProblems()) {
            assertNotNull(p.code(), p::toString);
            assertNotNull(p.severity(), p::toString);
            assertNotNull(p.message(), p::toString);
            assertFalse(p.message().isBlank(), p::toString);
            boolean summary = p.code() == ProblemCode.LIMIT_EXCEEDED && p.message().contains("more problems");
            assertTrue(summary || p.offset() >= 0, () -> "no byte offset: " + p);
        }
    }

    private static byte[] valid(String ref, String surname) {
        return Edi.latin1("UNA:+.?*'" + interchange("UNOA:4", ref, paxlst("M" + ref, surname + ":ANNA")));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void messageCutMidSegmentKeepsWhatWasReadAndSaysItIsTruncated() {
        byte[] full = valid("1", "MUELLER");
        String text = new String(full, 0, full.length - 30, java.nio.charset.StandardCharsets.ISO_8859_1);
        DecodeResult r = decoder.decode(Edi.latin1(text));
        assertEquals(1, r.travellerCount());
        assertTrue(has(r, ProblemCode.UNTERMINATED_SEGMENT) || has(r, ProblemCode.MISSING_UNT), r.allProblems().toString());
        assertTrue(has(r, ProblemCode.MISSING_UNZ));
        assertWellFormed(r);
    }

    @Test
    void aStrayAngleBracketBeforeAnInterchangeIsJunkNotXml() {
        // the first byte made the input look like XML: the XML reader gives up at once, and the
        // interchange after the junk is still read
        DecodeResult r = decoder.decode(concat(Edi.latin1("<\n"), valid("1", "MUELLER")));
        assertEquals(1, r.travellerCount(), r.allProblems().toString());
        assertTrue(has(r, ProblemCode.JUNK_BEFORE_INTERCHANGE), r.allProblems().toString());
        assertWellFormed(r);
        // broken XML, and junk that is neither, are still reported by the XML reader
        for (String notEdifact : new String[] {"<IATA_PNRGOV_NotifRQ><PNRs>", "<<<>"}) {
            DecodeResult x = decoder.decode(Edi.latin1(notEdifact));
            assertTrue(x.hasErrors(), x.allProblems().toString());
            assertFalse(has(x, ProblemCode.JUNK_BEFORE_INTERCHANGE), x.allProblems().toString());
            assertTrue(x.allProblems().stream().anyMatch(p -> p.code().name().startsWith("XML")), x.allProblems().toString());
        }
    }

    @Test
    void randomBytesGiveAResultWithErrors() {
        byte[] junk = new byte[64 * 1024];
        new Random(42).nextBytes(junk);
        DecodeResult r = decoder.decode(junk);
        assertTrue(r.hasErrors());
        assertTrue(r.messages().isEmpty());
        assertWellFormed(r);
    }

    @Test
    void junkBetweenTwoValidInterchangesIsSkippedAndBothRead() {
        byte[] junk = new byte[500];
        new Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == 'U') {
                junk[i] = 0; // keep the junk from looking like UNA/UNB by chance
            }
        }
        DecodeResult r = decoder.decode(concat(valid("1", "FIRST"), junk, valid("2", "SECOND")));
        assertEquals(2, r.messages().size());
        assertEquals(2, r.travellerCount());
        assertTrue(has(r, ProblemCode.JUNK_BEFORE_INTERCHANGE));
        assertWellFormed(r);
    }

    @Test
    void hugeUnterminatedInputEndsWithALimitError() {
        byte[] head = Edi.latin1("UNA:+.?*'UNB+UNOA:4+S+R+260314:1810+1'UNH+1+PAXLST:D:05B:UN:IATA'FTX+AAI+++");
        byte[] input = Arrays.copyOf(head, 20 * 1024 * 1024);
        Arrays.fill(input, head.length, input.length, (byte) 'A');
        DecodeResult r = decoder.decode(input);
        assertTrue(has(r, ProblemCode.LIMIT_EXCEEDED) || has(r, ProblemCode.UNTERMINATED_SEGMENT));
        assertTrue(r.allProblems().size() < 20, r.allProblems().toString());
        assertWellFormed(r);
    }

    @Test
    void inputOverTheByteLimitIsRefusedWithALimitError() {
        InputDecoder small = new InputDecoder(ParserLimits.DEFAULT.withMaxInputBytes(100), Edi.CLOCK);
        DecodeResult r = small.decode(valid("1", "MUELLER"));
        assertEquals(List.of(ProblemCode.LIMIT_EXCEEDED), r.allProblems().stream().map(Problem::code).toList());
        assertTrue(r.messages().isEmpty());
    }

    @Test
    void readerRefusesInputOverTheByteLimitToo() {
        DecodeResult r = Edi.reader(ParserLimits.DEFAULT.withMaxInputBytes(100)).read(valid("1", "MUELLER"));
        assertTrue(has(r, ProblemCode.LIMIT_EXCEEDED));
        assertWellFormed(r);
    }

    @Test
    void segmentWithThousandsOfSeparatorsIsReportedAndTheMessageStillRead() {
        String text = "UNB+UNOA:4+S+R+260314:1810+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+LH400+++LH'"
                + "FTX+AAI+++" + "A:+".repeat(20_000) + "'NAD+FL+++MUELLER:ANNA'UNT+5+1'UNZ+1+1'";
        DecodeResult r = decoder.decode(Edi.latin1(text));
        assertEquals(1, r.travellerCount());
        assertTrue(has(r, ProblemCode.LIMIT_EXCEEDED));
        assertWellFormed(r);
    }

    @Test
    void emptyInputIsReported() {
        DecodeResult r = decoder.decode(new byte[0]);
        assertTrue(has(r, ProblemCode.EMPTY_INPUT));
    }

    @Test
    void manyEmptySegmentsAreReportedWithABoundedProblemList() {
        String text = "UNB+UNOA:4+S+R+260314:1810+1'" + "'".repeat(200_000) + "UNZ+0+1'";
        DecodeResult r = decoder.decode(Edi.latin1(text));
        assertTrue(r.allProblems().size() <= ParserLimits.DEFAULT.maxProblems() + 1);
        assertWellFormed(r);
    }

    @Test
    void aFloodOfTinyMessagesStopsAtTheMessageLimitWithAnError() {
        StringBuilder sb = new StringBuilder("UNB+UNOA:4+S+R+260314:1200+1'");
        for (int i = 0; i < 5_000; i++) {
            sb.append("UNH+").append(i).append("+PAXLST:D:05B:UN:IATA'UNT+2+").append(i).append("'");
        }
        DecodeResult r = Edi.reader(ParserLimits.DEFAULT.withMaxMessagesPerInput(50)).read(Edi.latin1(sb.toString()));
        assertTrue(r.messages().size() <= 50, "messages kept: " + r.messages().size());
        assertTrue(r.problems().stream().anyMatch(p -> p.code() == ProblemCode.LIMIT_EXCEEDED && p.isError()));
        assertWellFormed(r);
    }

    @Test
    void aUtf8ByteOrderMarkBeforeTheInterchangeIsNotJunk() {
        byte[] body = Edi.resource("samples/paxlst_d12b_2pax.edi");
        byte[] in = new byte[body.length + 3];
        in[0] = (byte) 0xEF;
        in[1] = (byte) 0xBB;
        in[2] = (byte) 0xBF;
        System.arraycopy(body, 0, in, 3, body.length);
        DecodeResult r = decoder.decode(in);
        assertEquals(List.of(), r.allProblems());
        assertEquals(2, r.travellerCount());
    }
}
