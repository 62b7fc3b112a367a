package io.paxgate.parsers.encode;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.Syntax;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.envelope.Interchange;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.paxgate.parsers.encode.Lexed.all;
import static io.paxgate.parsers.encode.Lexed.first;
import static io.paxgate.parsers.encode.Lexed.lex;
import static io.paxgate.parsers.encode.Lexed.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContrlEncoderTest {
    private static final Path PAXLST = Path.of("..", "config", "samples", "paxlst_d12b_2pax.edi");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T12:11:00Z"), ZoneOffset.UTC);

    private final ContrlEncoder encoder = new ContrlEncoder(CLOCK);

    @Test
    void acceptsCleanInterchangeWithUciAction7AndNoUcm() throws IOException {
        DecodeResult decoded = new InputDecoder().decode(Files.readAllBytes(PAXLST));
        assertFalse(decoded.hasErrors(), () -> "sample should decode cleanly: " + decoded.allProblems());

        List<Lexed.Seg> contrl = lex(encoder.encode(decoded, 0, "C0001"));

        assertEquals(List.of("UNB", "UNH", "UCI", "UNT", "UNZ"), tags(contrl));
        Lexed.Seg uci = first(contrl, "UCI");
        assertEquals("000000701", uci.v(1, 1));
        assertEquals("LHAPI", uci.v(2, 1));
        assertEquals("ZZ", uci.v(2, 2));
        assertEquals("GOVAPIS", uci.v(3, 1));
        assertEquals("7", uci.v(4, 1));
        assertEquals(4, uci.elementCount());
    }

    @Test
    void badSegmentInAReceivedPaxlstIsReportedAtItsPositionInTheMessage() throws IOException {
        String paxlst = Files.readString(PAXLST, StandardCharsets.ISO_8859_1).replace("NAT+2+DEU'", "N@T+2+DEU'");
        DecodeResult decoded = new InputDecoder().decode(paxlst.getBytes(StandardCharsets.ISO_8859_1));

        List<Lexed.Seg> contrl = lex(encoder.encode(decoded, 0, "C0001"));

        assertEquals(List.of("UNB", "UNH", "UCI", "UCM", "UCS", "UNT", "UNZ"), tags(contrl));
        assertEquals("PAX001", first(contrl, "UCM").v(1, 1));
        assertEquals("4", first(contrl, "UCM").v(3, 1));
        Lexed.Seg ucs = first(contrl, "UCS");
        assertEquals("22", ucs.v(1, 1)); // UNH is 1, NAT of the first passenger is 22
        assertEquals("14", ucs.v(2, 1)); // 0085 14: invalid segment tag
    }

    @Test
    void unbGoesFromUsBackToTheSenderWithClockTimeAndFreshReference() {
        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(), List.of(), "C0001"));

        Lexed.Seg unb = first(contrl, "UNB");
        assertEquals("UNOA", unb.v(1, 1));
        assertEquals("4", unb.v(1, 2));
        assertEquals("PAXGATE", unb.v(2, 1));
        assertEquals("LHAPI", unb.v(3, 1));
        assertEquals("ZZ", unb.v(3, 2));
        assertEquals("260314", unb.v(4, 1));
        assertEquals("1211", unb.v(4, 2));
        assertEquals("C0001", unb.v(5, 1));
        assertEquals("C0001", first(contrl, "UNZ").v(2, 1));
    }

    @Test
    void senderIdIsConfigurable() {
        ContrlEncoder custom = new ContrlEncoder("GOVAPIS", CLOCK, false);

        List<Lexed.Seg> contrl = lex(custom.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(), List.of(), "C0001"));

        assertEquals("GOVAPIS", first(contrl, "UNB").v(2, 1));
    }

    @Test
    void unaEchoesTheReceivedSeparators() {
        Syntax received = new Syntax((byte) ':', (byte) '*', (byte) '.', (byte) '?', (byte) 0, (byte) '~');

        String contrl = encoder.encode(interchange(received, "UNOA", "3", true), List.of(), List.of(), "C0001");

        assertTrue(contrl.startsWith("UNA:*.? ~UNB*UNOA:3*PAXGATE:ZZ*LHAPI:ZZ*260314:1211*C0001~"), contrl);
        assertEquals("7", first(lex(contrl), "UCI").v(4, 1));
    }

    @Test
    void unhNamesContrl4ForSyntax4() {
        Lexed.Seg unh = first(lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(), List.of(), "C0001")), "UNH");

        assertEquals(List.of("CONTRL", "4", "1", "UN"), List.of(unh.v(2, 1), unh.v(2, 2), unh.v(2, 3), unh.v(2, 4)));
    }

    @Test
    void unhNamesContrlD3ForIataSyntax() {
        Lexed.Seg unh = first(lex(encoder.encode(interchange(Syntax.DEFAULT, "IATA", "1", true),
                List.of(), List.of(), "C0001")), "UNH");

        assertEquals(List.of("CONTRL", "D", "3", "UN"), List.of(unh.v(2, 1), unh.v(2, 2), unh.v(2, 3), unh.v(2, 4)));
    }

    @Test
    void elementErrorRejectsMessageWithUcsPositionAndUcdCodeAndElementComponent() {
        PaxlstMessage m = message("PAX001", new Problem(ProblemCode.INVALID_VALUE, Severity.ERROR, 0, 0, 14, "NAD",
                4, 2, 300, "surname missing"));

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(m), List.of(), "C0001"));

        assertEquals(List.of("UNB", "UNH", "UCI", "UCM", "UCS", "UCD", "UNT", "UNZ"), tags(contrl));
        assertEquals(ContrlEncoder.ACTION_RECEIVED_WITH_ERRORS, first(contrl, "UCI").v(4, 1));
        Lexed.Seg ucm = first(contrl, "UCM");
        assertEquals("PAX001", ucm.v(1, 1));
        assertEquals(List.of("PAXLST", "D", "12B", "UN", "IATA"), ucm.elements().get(1));
        assertEquals("4", ucm.v(3, 1));
        assertEquals("14", first(contrl, "UCS").v(1, 1));
        Lexed.Seg ucd = first(contrl, "UCD");
        assertEquals("12", ucd.v(1, 1));
        assertEquals("4", ucd.v(2, 1));
        assertEquals("2", ucd.v(2, 2));
    }

    @Test
    void segmentErrorPutsItsCodeInUcsWithoutUcd() {
        PaxlstMessage m = message("PAX001", new Problem(ProblemCode.INVALID_SEGMENT_TAG, Severity.ERROR, 0, 0, 7, null,
                -1, -1, 120, "bad tag"));

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(m), List.of(), "C0001"));

        Lexed.Seg ucs = first(contrl, "UCS");
        assertEquals("7", ucs.v(1, 1));
        assertEquals("14", ucs.v(2, 1));
        assertTrue(all(contrl, "UCD").isEmpty());
    }

    @Test
    void errorsInOneSegmentShareOneUcs() {
        PaxlstMessage m = message("PAX001",
                new Problem(ProblemCode.INVALID_DATE, Severity.ERROR, 0, 0, 9, "DTM", 1, 2, 80, "bad date"),
                new Problem(ProblemCode.MISSING_VALUE, Severity.ERROR, 0, 0, 9, "DTM", 1, 3, 80, "no format"));

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(m), List.of(), "C0001"));

        assertEquals(1, all(contrl, "UCS").size());
        List<Lexed.Seg> ucd = all(contrl, "UCD");
        assertEquals(List.of("12", "13"), List.of(ucd.get(0).v(1, 1), ucd.get(1).v(1, 1)));
    }

    @Test
    void messageWithoutUntIsRejectedAtMessageLevel() {
        PaxlstMessage m = message("PAX001", new Problem(ProblemCode.MISSING_UNT, Severity.ERROR, 0, 0, 30, null,
                -1, -1, 900, "no UNT"));

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(m), List.of(), "C0001"));

        Lexed.Seg ucm = first(contrl, "UCM");
        assertEquals("4", ucm.v(3, 1));
        assertEquals("13", ucm.v(4, 1));
        assertEquals("UNT", ucm.v(5, 1));
        assertTrue(all(contrl, "UCS").isEmpty());
    }

    @Test
    void warningsDoNotRejectTheMessage() {
        PaxlstMessage m = message("PAX001", new Problem(ProblemCode.UNT_COUNT_MISMATCH, Severity.WARNING, 0, 0, 48,
                "UNT", 1, 1, 900, "count off"));

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(m), List.of(), "C0001"));

        assertEquals("7", first(contrl, "UCI").v(4, 1));
        assertTrue(all(contrl, "UCM").isEmpty());
    }

    @Test
    void acceptedMessagesAreListedWithAction7WhenConfigured() {
        ContrlEncoder listing = new ContrlEncoder(ContrlEncoder.DEFAULT_SENDER_ID, CLOCK, true);

        List<Lexed.Seg> contrl = lex(listing.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(message("PAX001")), List.of(), "C0001"));

        Lexed.Seg ucm = first(contrl, "UCM");
        assertEquals("7", ucm.v(3, 1));
        assertNull(ucm.v(4, 1));
    }

    @Test
    void brokenEnvelopeRejectsTheInterchangeWithItsErrorCode() {
        Problem noUnz = new Problem(ProblemCode.MISSING_UNZ, Severity.ERROR, 0, -1, 50, null, -1, -1, 2000,
                "input ended before UNZ");

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", false),
                List.of(message("PAX001")), List.of(noUnz), "C0001"));

        Lexed.Seg uci = first(contrl, "UCI");
        assertEquals("4", uci.v(4, 1));
        assertEquals("13", uci.v(5, 1));
        assertEquals("UNZ", uci.v(6, 1));
    }

    @Test
    void envelopeErrorsOfOtherInterchangesAreIgnored() {
        Problem otherInterchange = new Problem(ProblemCode.MISSING_UNZ, Severity.ERROR, 1, -1, 50, null, -1, -1, 2000,
                "input ended before UNZ");

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(), List.of(otherInterchange), "C0001"));

        assertEquals("7", first(contrl, "UCI").v(4, 1));
    }

    @Test
    void separatorsInValuesAreEscapedWithTheReleaseCharacter() {
        Interchange odd = new Interchange(0, 0, 100, Syntax.DEFAULT_V4, "UNOA", "4", "O'HARE+CO", "ZZ",
                "GOV:API", "ZZ", "260314", "1810", "REF?1*2", 1, true);

        String contrl = encoder.encode(odd, List.of(), List.of(), "C0001");

        assertTrue(contrl.contains("UCI+REF??1?*2+O?'HARE?+CO:ZZ+GOV?:API:ZZ+7'"), contrl);
        Lexed.Seg uci = first(lex(contrl), "UCI");
        assertEquals("REF?1*2", uci.v(1, 1));
        assertEquals("O'HARE+CO", uci.v(2, 1));
        assertEquals("GOV:API", uci.v(3, 1));
    }

    @Test
    void receivedUnaWithoutReleaseCharacterGetsOneSoValuesCanBeEscaped() {
        Syntax noRelease = new Syntax((byte) ':', (byte) '+', (byte) '.', (byte) 0, (byte) 0, (byte) '\'');
        Interchange odd = new Interchange(0, 0, 100, noRelease, "UNOA", "3", "O'HARE", null,
                "GOVAPIS", null, "260314", "1810", "1", 0, true);

        String contrl = encoder.encode(odd, List.of(), List.of(), "C0001");

        assertTrue(contrl.startsWith("UNA:+.? '"), contrl);
        assertEquals("O'HARE", first(lex(contrl), "UCI").v(2, 1));
    }

    @Test
    void untCountsTheSegmentsFromUnhToUnt() {
        PaxlstMessage m = message("PAX001",
                new Problem(ProblemCode.INVALID_DATE, Severity.ERROR, 0, 0, 9, "DTM", 1, 2, 80, "bad date"),
                new Problem(ProblemCode.INVALID_SEGMENT_TAG, Severity.ERROR, 0, 0, 12, null, -1, -1, 120, "bad tag"));

        List<Lexed.Seg> contrl = lex(encoder.encode(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true),
                List.of(m, message("PAX002")), List.of(), "C0001"));

        assertEquals(String.valueOf(Lexed.messageSegmentCount(contrl)), first(contrl, "UNT").v(1, 1));
        assertEquals("1", first(contrl, "UNT").v(2, 1));
    }

    @Test
    void outputReadsBackThroughTheInterchangeReaderWithoutEnvelopeProblems() {
        PaxlstMessage m = message("PAX001",
                new Problem(ProblemCode.INVALID_DATE, Severity.ERROR, 0, 0, 9, "DTM", 1, 2, 80, "bad date"));
        byte[] contrl = encoder.encodeBytes(interchange(Syntax.DEFAULT_V4, "UNOA", "4", true), List.of(m),
                List.of(), "C0001");

        DecodeResult back = new InputDecoder().decode(contrl);

        assertEquals(1, back.interchanges().size());
        assertEquals(1, back.messages().size());
        DecodedMessage read = back.messages().get(0);
        assertEquals("CONTRL", read.type);
        // CONTRL is not a type Paxgate decodes; everything else about the envelope must be clean
        for (Problem p : back.allProblems()) {
            assertEquals(ProblemCode.UNSUPPORTED_MESSAGE_TYPE, p.code(), p::toString);
        }
    }

    private static Interchange interchange(Syntax syntax, String syntaxId, String version, boolean complete) {
        return new Interchange(0, 0, 1000, syntax, syntaxId, version, "LHAPI", "ZZ", "GOVAPIS", "ZZ",
                "260314", "1810", "000000701", 1, complete);
    }

    private static PaxlstMessage message(String reference, Problem... problems) {
        PaxlstMessage m = new PaxlstMessage();
        m.source.interchangeIndex = 0;
        m.source.messageIndex = 0;
        m.source.messageReference = reference;
        m.source.messageVersion = "D:12B:UN:IATA";
        m.problems.addAll(List.of(problems));
        return m;
    }
}
