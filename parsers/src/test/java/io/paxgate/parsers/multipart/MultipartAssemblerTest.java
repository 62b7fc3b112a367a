package io.paxgate.parsers.multipart;

import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.paxgate.parsers.edifact.Edi.interchange;
import static io.paxgate.parsers.edifact.Edi.paxlstPart;
import static io.paxgate.parsers.edifact.Edi.read;
import static io.paxgate.parsers.edifact.Edi.surnames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartAssemblerTest {
    private static final String CAR = "LH400/260314/1415";

    private static String part(String sequence, String... names) {
        return paxlstPart("M" + sequence.charAt(1), CAR, sequence, names);
    }

    private static List<Problem> problems(DecodedMessage m, ProblemCode code) {
        return m.problems.stream().filter(p -> p.code() == code).toList();
    }

    @Test
    void partsOutOfOrderInOneInputAreJoinedInPartOrder() {
        DecodeResult r = read(interchange("UNOA:4", "1", part("02", "C:X", "D:X"), part("03:F", "E:X"), part("01:C", "A:X", "B:X")));
        List<DecodedMessage> out = MultipartAssembler.assemble(r.messages());
        assertEquals(1, out.size());
        assertEquals(List.of("A", "B", "C", "D", "E"), surnames(out.get(0)));
        assertEquals(List.of(1, 2, 3), out.get(0).source.parts);
        assertTrue(out.get(0).problems.isEmpty(), out.get(0).problems.toString());
    }

    @Test
    void partsOutOfOrderAcrossInputsAreJoinedInPartOrder() {
        List<DecodedMessage> all = new ArrayList<>();
        all.addAll(read(interchange("UNOA:4", "3", part("03:F", "E:X"))).messages());
        all.addAll(read(interchange("UNOA:4", "1", part("01:C", "A:X"))).messages());
        all.addAll(read(interchange("UNOA:4", "2", part("02", "C:X"))).messages());
        List<DecodedMessage> out = MultipartAssembler.assemble(all);
        assertEquals(1, out.size());
        assertEquals(List.of("A", "C", "E"), surnames(out.get(0)));
        assertEquals("LH", ((PaxlstMessage) out.get(0)).flight.carrier);
    }

    @Test
    void missingMiddlePartIsReportedAndTheReceivedTravellersKept() {
        DecodeResult r = read(interchange("UNOA:4", "1", part("01:C", "A:X"), part("03:F", "E:X")));
        DecodedMessage m = MultipartAssembler.assemble(r.messages()).get(0);
        assertEquals(List.of("A", "E"), surnames(m));
        Problem p = problems(m, ProblemCode.MULTIPART_INCOMPLETE).get(0);
        assertTrue(p.message().contains("[2]"), p.message());
        assertTrue(p.offset() >= 0);
    }

    @Test
    void setWithoutAFinalPartIsReportedAndTheReceivedTravellersKept() {
        DecodeResult r = read(interchange("UNOA:4", "1", part("02", "C:X"), part("01:C", "A:X")));
        DecodedMessage m = MultipartAssembler.assemble(r.messages()).get(0);
        assertEquals(List.of("A", "C"), surnames(m));
        assertTrue(problems(m, ProblemCode.MULTIPART_INCOMPLETE).get(0).message().contains("no final part"));
    }

    @Test
    void duplicatePartIsReportedAndUsedOnce() {
        DecodeResult r = read(interchange("UNOA:4", "1", part("01:C", "A:X"), part("02", "C:X"), part("02", "C:X"),
                part("03:F", "E:X")));
        DecodedMessage m = MultipartAssembler.assemble(r.messages()).get(0);
        assertEquals(List.of("A", "C", "E"), surnames(m));
        assertEquals(1, problems(m, ProblemCode.MULTIPART_DUPLICATE_PART).size());
        assertTrue(problems(m, ProblemCode.MULTIPART_INCOMPLETE).isEmpty());
    }

    @Test
    void singleMessagesAndDifferentSetsAreKeptApart() {
        DecodeResult r = read(interchange("UNOA:4", "1", Edi.paxlst("S1", "SOLO:X"), part("01:C", "A:X"),
                paxlstPart("O2", "OTHER", "02:F", "Z:X"), part("02:F", "B:X")));
        List<DecodedMessage> out = MultipartAssembler.assemble(r.messages());
        assertEquals(3, out.size());
        assertEquals(List.of("SOLO"), surnames(out.get(0)));
        assertEquals(List.of("A", "B"), surnames(out.get(1)));
        assertEquals(List.of("Z"), surnames(out.get(2)));
    }
}
