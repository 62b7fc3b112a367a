package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.problem.Problem;
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

class InterchangeReaderTest {

    @Test
    void interchangeWithoutUnaUsesTheDefaultSeparators() {
        DecodeResult r = read(interchange("UNOA:4", "1", paxlst("M1", "O?'BRIEN:SEAN")));
        assertEquals(List.of("O'BRIEN"), surnames(onlyPaxlst(r)));
        assertTrue(r.allProblems().isEmpty(), r.allProblems().toString());
    }

    @Test
    void unaWithStarElementSeparatorAndTildeTerminatorIsHonoured() {
        String text = "UNA:*.? ~" + Edi.withSeparators(interchange("UNOA:3", "1", paxlst("M1", "O?~NEIL:JO?*ANN")),
                ':', '*', '?', '~');
        PaxlstMessage m = onlyPaxlst(read(text));
        assertEquals("O~NEIL", m.travellers.get(0).surname);
        assertEquals("JO*ANN", m.travellers.get(0).givenNames);
        assertEquals("LH", m.flight.carrier);
    }

    @Test
    void unaWithBackslashReleaseIsHonoured() {
        String text = "UNA:+.\\*'" + Edi.withSeparators(interchange("UNOA:4", "1", paxlst("M1", "D?'ARCY:ANN")),
                ':', '+', '\\', '\'');
        assertEquals(List.of("D'ARCY"), surnames(onlyPaxlst(read(text))));
    }

    @Test
    void unaWithMinusElementSeparatorIsHonoured() {
        String text = "UNA:-.? *\r\n" + Edi.withSeparators(interchange("UNOA:3", "1", paxlst("M1", "SMITH?+JONES:ANN")),
                ':', '-', '?', '*');
        PaxlstMessage m = onlyPaxlst(read(text));
        assertEquals("SMITH-JONES", m.travellers.get(0).surname);
        assertEquals("FRA", m.flight.departureAirport);
    }

    @Test
    void starIsDataInSyntaxVersion3() {
        DecodeResult r = read("UNA:+.? '" + interchange("UNOA:3", "1", paxlst("M1", "STAR*GAZER:ANN")));
        assertEquals(List.of("STAR*GAZER"), surnames(onlyPaxlst(r)));
    }

    @Test
    void starIsDataInIataSyntaxEvenWhenUnaNamesIt() {
        DecodeResult r = read("UNA:+.?*'" + interchange("IATA:1", "1", paxlst("M1", "STAR*GAZER:ANN")));
        assertEquals(List.of("STAR*GAZER"), surnames(onlyPaxlst(r)));
    }

    @Test
    void starIsTheRepetitionSeparatorInSyntaxVersion4() {
        DecodeResult r = read("UNA:+.?*'" + interchange("UNOA:4", "1", paxlst("M1", "STAR*GAZER:ANN")));
        assertEquals(List.of("STAR"), surnames(onlyPaxlst(r)));
    }

    @Test
    void fiveCharacterUnaIsReportedAndTheInterchangeStillDecoded() {
        DecodeResult r = read("UNA:+.?'\n" + interchange("UNOA:4", "1", paxlst("M1", "MUELLER:ANNA")));
        assertEquals(List.of("MUELLER"), surnames(onlyPaxlst(r)));
        Problem p = problemsOf(r, ProblemCode.MALFORMED_UNA).get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(0, p.offset());
    }

    @Test
    void unaWithLettersAsSeparatorsIsReportedAndTheInterchangeStillDecoded() {
        DecodeResult r = read("UNA:+.?*X" + interchange("UNOA:4", "1", paxlst("M1", "MUELLER:ANNA")));
        assertEquals(List.of("MUELLER"), surnames(onlyPaxlst(r)));
        assertTrue(has(r, ProblemCode.MALFORMED_UNA));
    }

    @Test
    void severalInterchangesInOneInputAreAllRead() {
        DecodeResult r = read(interchange("UNOA:4", "1", paxlst("M1", "ONE:A"))
                + "UNA:+.? '" + interchange("UNOA:3", "2", paxlst("M2", "TWO:B")));
        assertEquals(2, r.interchanges().size());
        assertEquals(2, r.messages().size());
        assertEquals(List.of("TWO"), surnames(r.messages().get(1)));
        assertEquals(1, r.messages().get(1).source.interchangeIndex);
        assertTrue(r.allProblems().isEmpty(), r.allProblems().toString());
    }

    @Test
    void severalMessagesInOneInterchangeAreAllRead() {
        DecodeResult r = read(interchange("UNOA:4", "1", paxlst("M1", "ONE:A"), paxlst("M2", "TWO:B", "THREE:C")));
        assertEquals(2, r.messages().size());
        assertEquals(3, r.travellerCount());
        assertEquals(2, r.interchanges().get(0).messageCount());
        assertTrue(r.allProblems().isEmpty(), r.allProblems().toString());
    }

    @Test
    void functionalGroupsAreReadAndCountedInUnz() {
        String text = "UNB+UNOA:4+S+R+260314:1810+7'\n"
                + "UNG+PAXLST+S+R+260314:1810+G1+UN+D:05B'\n" + paxlst("M1", "ONE:A") + paxlst("M2", "TWO:B") + "UNE+2+G1'\n"
                + "UNG+PAXLST+S+R+260314:1810+G2+UN+D:05B'\n" + paxlst("M3", "THREE:C") + "UNE+1+G2'\n"
                + "UNZ+2+7'";
        DecodeResult r = read(text);
        assertEquals(3, r.messages().size());
        assertEquals("G2", r.messages().get(2).source.groupReference);
        assertTrue(r.allProblems().isEmpty(), r.allProblems().toString());
    }

    @Test
    void untCountMismatchIsAWarningAndEveryValueIsKept() {
        String text = interchange("UNOA:4", "1", paxlst("M1", "ONE:A", "TWO:B").replaceAll("UNT\\+\\d+\\+M1", "UNT+99+M1"));
        DecodeResult r = read(text);
        assertEquals(List.of("ONE", "TWO"), surnames(onlyPaxlst(r)));
        Problem p = problemsOf(r, ProblemCode.UNT_COUNT_MISMATCH).get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertFalse(r.hasErrors());
    }

    @Test
    void uneCountMismatchIsAWarning() {
        String text = "UNB+UNOA:4+S+R+260314:1810+7'UNG+PAXLST+S+R+260314:1810+G1+UN+D:05B'"
                + paxlst("M1", "ONE:A") + "UNE+5+G1'UNZ+1+7'";
        DecodeResult r = read(text);
        assertEquals(Severity.WARNING, problemsOf(r, ProblemCode.UNE_COUNT_MISMATCH).get(0).severity());
        assertEquals(List.of("ONE"), surnames(onlyPaxlst(r)));
    }

    @Test
    void unzCountMismatchIsAWarning() {
        String text = interchange("UNOA:4", "1", paxlst("M1", "ONE:A")).replace("UNZ+1+1", "UNZ+3+1");
        DecodeResult r = read(text);
        assertEquals(Severity.WARNING, problemsOf(r, ProblemCode.UNZ_COUNT_MISMATCH).get(0).severity());
        assertFalse(r.hasErrors());
        assertEquals(1, r.travellerCount());
    }

    @Test
    void missingUntIsReportedAndTheMessageKept() {
        String text = interchange("UNOA:4", "1", paxlst("M1", "ONE:A").replaceAll("UNT\\+\\d+\\+M1'\n", ""));
        DecodeResult r = read(text);
        assertEquals(List.of("ONE"), surnames(onlyPaxlst(r)));
        assertTrue(has(r, ProblemCode.MISSING_UNT));
        assertFalse(has(r, ProblemCode.MISSING_UNZ));
    }

    @Test
    void missingUntBeforeTheNextUnhKeepsBothMessages() {
        String text = interchange("UNOA:4", "1", paxlst("M1", "ONE:A").replaceAll("UNT\\+\\d+\\+M1'\n", ""),
                paxlst("M2", "TWO:B"));
        DecodeResult r = read(text);
        assertEquals(2, r.messages().size());
        assertEquals(List.of("TWO"), surnames(r.messages().get(1)));
        assertTrue(has(r, ProblemCode.MISSING_UNT));
    }

    @Test
    void missingUnzIsReportedAndTheMessagesKept() {
        String text = interchange("UNOA:4", "1", paxlst("M1", "ONE:A")).replace("UNZ+1+1'\n", "");
        DecodeResult r = read(text);
        assertEquals(List.of("ONE"), surnames(onlyPaxlst(r)));
        assertTrue(has(r, ProblemCode.MISSING_UNZ));
        assertFalse(r.interchanges().get(0).complete());
    }

    @Test
    void missingUnzBeforeTheNextInterchangeKeepsBoth() {
        String text = interchange("UNOA:4", "1", paxlst("M1", "ONE:A")).replace("UNZ+1+1'\n", "")
                + interchange("UNOA:4", "2", paxlst("M2", "TWO:B"));
        DecodeResult r = read(text);
        assertEquals(2, r.interchanges().size());
        assertEquals(2, r.travellerCount());
        assertEquals(1, problemsOf(r, ProblemCode.MISSING_UNZ).size());
    }

    @Test
    void messageTypesOtherThanPaxlstAreKeptAndReported() {
        DecodeResult r = read(interchange("UNOA:4", "1", Edi.message("C1", "CUSRES:D:05B:UN:IATA", "BGM+962")));
        assertEquals("CUSRES", r.messages().get(0).type);
        assertTrue(has(r, ProblemCode.UNSUPPORTED_MESSAGE_TYPE));
    }

    @Test
    void unhHeaderIsRecordedInTheMessageSource() {
        DecodeResult r = read(interchange("UNOA:4", "9", Edi.paxlstPart("M1", "LH400/260314/1415", "02", "ONE:A")));
        var source = r.messages().get(0).source;
        assertEquals("M1", source.messageReference);
        assertEquals("D:05B:UN:IATA", source.messageVersion);
        assertEquals("LH400/260314/1415", source.commonAccessReference);
        assertEquals(2, source.sequenceNumber);
        assertEquals("LHAPI", source.sender);
        assertEquals("9", source.interchangeReference);
    }
}
