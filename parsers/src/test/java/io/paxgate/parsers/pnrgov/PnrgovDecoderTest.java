package io.paxgate.parsers.pnrgov;

import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.Bag;
import io.paxgate.parsers.model.HistoryEntry;
import io.paxgate.parsers.model.NonAirSegment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.SpecialService;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.paxgate.parsers.pnrgov.PnrgovMessages.decode;
import static io.paxgate.parsers.pnrgov.PnrgovMessages.only;
import static io.paxgate.parsers.pnrgov.PnrgovMessages.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic PNRGOV pushes, one behaviour each. */
class PnrgovDecoderTest {

    /** A small whole PNR: locator, one adult with DOCS, a ticket and the pushed segment. */
    private static String[] pnr(String locator, String surname, String given) {
        return new String[] {
                "SRC",
                "RCI+LH:" + locator + "::010226:0935",
                "ORG+1A:MUC+12345675:FRAL12123",
                "TIF+" + surname + "+" + given + "MR:A:1",
                "SSR+DOCS:HK:1:LH:::::/P/DEU/X" + locator + "/DEU/01JAN80/M/01JAN30/" + surname + "/" + given + "+::1",
                "TKT+220" + locator.hashCode() + ":T:1",
                "FOP+CA::100.00",
                "TVL+140326:1415::1705+FRA+JFK+LH+400:Y",
                "RPI+1+HK",
        };
    }

    private static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] p : parts) {
            all.addAll(Arrays.asList(p));
        }
        return all.toArray(new String[0]);
    }

    private static List<ProblemCode> codes(List<Problem> problems) {
        return problems == null ? List.of() : problems.stream().map(Problem::code).toList();
    }

    @Test
    void brokenPnrInTheMiddleIsFlaggedAndTheOthersComeThroughWhole() {
        byte[] in = push(3, concat(pnr("AAA111", "ONE", "PETER"), pnr("BBB222", "BROKEN", "PAUL"),
                pnr("CCC333", "THREE", "MARY")));
        DecodeResult r = PnrgovMessages.decodeWithProbe(in, s -> {
            if (s.tagName().equals("SSR") && s.raw().contains("/BROKEN/")) {
                throw new IllegalStateException("simulated decoder fault");
            }
        });
        PnrgovMessage m = only(r);
        assertEquals(3, m.pnrs.size());
        Pnr first = m.pnrs.get(0);
        Pnr broken = m.pnrs.get(1);
        Pnr last = m.pnrs.get(2);
        assertFalse(first.hasErrors());
        assertFalse(last.hasErrors());
        assertEquals(1, first.itinerary.size());
        assertEquals("THREE", last.travellers.get(0).surname);
        assertEquals("X" + "CCC333", last.travellers.get(0).document("P").number);
        assertEquals(1, last.tickets.size());
        assertEquals(1, last.itinerary.size());

        assertTrue(broken.hasErrors());
        assertEquals("BBB222", broken.recordLocator);
        assertEquals("BROKEN", broken.travellers.get(0).surname); // what came before the fault is kept
        assertNull(broken.tickets); // the rest of the broken PNR was skipped
        assertNull(broken.itinerary);
        Problem p = broken.problems.stream().filter(x -> x.code() == ProblemCode.PNR_DECODE_FAILED).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("SSR", p.tag());
        assertEquals(19, p.segmentIndex()); // 5 level-0 segments, 9 in the first PNR, then SRC RCI ORG TIF SSR
        assertTrue(p.offset() > 0);
        assertTrue(p.message().contains("BBB222"));
        assertTrue(m.problems.contains(p));
        assertFalse(codes(m.problems).contains(ProblemCode.COUNT_MISMATCH));
    }

    @Test
    void updatePushIsMsg141() {
        byte[] in = PnrgovMessages.message(concat(new String[] {"MSG+:141", "ORG+LH:FRA",
                "TVL+140326:1415:140326:1705+FRA+JFK+LH+400", "EQN+1"}, pnr("AAA111", "ONE", "PETER")));
        PnrgovMessage m = only(decode(in));
        assertEquals("update", m.pushType);
        assertEquals(1, m.pnrs.size());
    }

    @Test
    void emptySrcRciAndEmptyOrgIsACancelledPnr() {
        PnrgovMessage m = only(decode(push(2, concat(new String[] {"SRC", "RCI+LH:ZZZ999", "ORG"},
                pnr("AAA111", "ONE", "PETER")))));
        assertEquals(2, m.pnrs.size());
        Pnr cancelled = m.pnrs.get(0);
        assertTrue(cancelled.cancelled);
        assertEquals("ZZZ999", cancelled.recordLocator);
        assertTrue(cancelled.travellers.isEmpty());
        assertFalse(codes(cancelled.problems).contains(ProblemCode.MISSING_SEGMENT));
        assertFalse(m.pnrs.get(1).cancelled);
    }

    @Test
    void ssrDocsOutsideGr2IsAttachedByTravellerReference() {
        // 15.1 style: the DOCS sit in Gr1, before the travellers they belong to
        PnrgovMessage m = only(decode(push(1,
                "SRC", "RCI+LH:DOC151",
                "SSR+DOCS:HK:1:LH:::::/P/FRA/11AA22222/FRA/02MAR90/F/05MAY33/DURAND/CLAIRE+::2",
                "SSR+DOCS:HK:1:LH:::::/P/FRA/11AA11111/FRA/01FEB88/M/04APR32/DURAND/LUC+::1",
                "TIF+DURAND+LUC MR:A:1", "TIF+DURAND+CLAIRE MRS:A:2",
                "TVL+140326:1415::1705+FRA+JFK+LH+400:Y")));
        Pnr p = m.pnrs.get(0);
        Traveller luc = p.travellers.get(0);
        Traveller claire = p.travellers.get(1);
        assertEquals("LUC", luc.givenNames);
        assertEquals("11AA11111", luc.document("P").number);
        assertEquals(LocalDate.of(1988, 2, 1), luc.birthDate);
        assertEquals("CLAIRE", claire.givenNames);
        assertEquals("MRS", claire.title);
        assertEquals("11AA22222", claire.document("P").number);
        assertEquals("F", claire.sex);
        assertEquals(1, luc.documents.size());
        assertEquals(1, claire.documents.size());
    }

    @Test
    void ssrDocsAfterTheItineraryWithoutReferenceGoesToTheOnlyTraveller() {
        PnrgovMessage m = only(decode(push(1,
                "SRC", "RCI+LH:DOC152", "TIF+NOVAK+JAN:A:1",
                "TVL+140326:1415::1705+FRA+JFK+LH+400:Y",
                "SSR+DOCS:HK:1:LH:::::/P/CZE/99887766/CZE/12DEC79/M/01JAN28/NOVAK/JAN")));
        Traveller jan = m.pnrs.get(0).travellers.get(0);
        assertEquals("99887766", jan.document("P").number);
        assertEquals("CZE", jan.nationality);
        assertFalse(m.pnrs.get(0).hasErrors());
    }

    @Test
    void eqnDeclaringMorePnrsThanSentIsACountMismatch() {
        PnrgovMessage m = only(decode(push(3, pnr("AAA111", "ONE", "PETER"))));
        Problem p = m.problems.stream().filter(x -> x.code() == ProblemCode.COUNT_MISMATCH).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("EQN", p.tag());
        assertTrue(p.message().contains("3") && p.message().contains("1"));
    }

    @Test
    void eqnZeroIsNotCheckedAgainstThePnrCount() {
        PnrgovMessage m = only(decode(push(0, pnr("AAA111", "ONE", "PETER"))));
        assertFalse(codes(m.problems).contains(ProblemCode.COUNT_MISMATCH));
        assertEquals(1, m.pnrs.size());
    }

    @Test
    void bagPoolsAreRecordedAsSentAndNeverFollowed() {
        // a pool whose members point at each other: a decoder that chases pool references loops
        PnrgovMessage m = only(decode(push(1,
                "SRC", "RCI+LH:BAG001", "TIF+A+ONE:A:1", "TIF+B+TWO:A:2", "TIF+C+THREE:A:3",
                "TVL+140326:1415::1705+FRA+JFK+LH+400:Y", "DAT+2:140326:1200",
                "TRI++FRA-1:::1", "TIF+A+ONE:A:1", "TBD++3:60:700++HP:2+LH:0220000001:3:JFK",
                "TRI++FRA-2:::2", "TIF+B+TWO:A:2", "TBD++++MP:3",
                "TRI++FRA-3:::3", "TIF+C+THREE:A:3", "TBD++++MP:2",
                "TBD++1:70:701")));
        List<Bag> bags = m.pnrs.get(0).bags;
        assertEquals(4, bags.size());
        assertEquals("head", bags.get(0).poolRole);
        assertEquals(List.of("LH0220000001", "LH0220000002", "LH0220000003"), bags.get(0).tags);
        assertEquals(60, bags.get(0).weightKg);
        assertEquals("member", bags.get(1).poolRole);
        assertEquals("3", bags.get(1).poolReference);
        assertEquals("2", bags.get(1).travellerReference);
        assertEquals("member", bags.get(2).poolRole);
        assertEquals(32, bags.get(3).weightKg); // 70 lb
        assertEquals(3, m.pnrs.get(0).itinerary.get(0).checkIns.size());
    }

    @Test
    void nonAirMessageGroupBecomesAHotelSegment() {
        PnrgovMessage m = only(decode(push(1, concat(pnr("HTL001", "ONE", "PETER"), new String[] {
                "MSG+8", "TVL+140326::170326+JFK++HY", "IFT+4:28+GRAND HYATT NEW YORK"}))));
        Pnr p = m.pnrs.get(0);
        assertEquals(1, p.itinerary.size());
        NonAirSegment hotel = p.nonAir.get(0);
        assertEquals("hotel", hotel.type);
        assertEquals("JFK", hotel.location);
        assertTrue(hotel.text.contains("GRAND HYATT NEW YORK"));
        assertNull(p.remarks);
    }

    @Test
    void ltsLinesAreKeptAsRawHistory() {
        PnrgovMessage m = only(decode(push(1, concat(pnr("LTS001", "ONE", "PETER"), new String[] {
                "LTS+0/O/12MAR 1402 FRAL12123 XS SEAT 31A", "LTS+0/O/12MAR 1402 FRAL12123 AS SPML DIABETIC"}))));
        List<HistoryEntry> h = m.pnrs.get(0).history;
        assertEquals(2, h.size());
        assertEquals("0/O/12MAR 1402 FRAL12123 XS SEAT 31A", h.get(0).text);
        assertFalse(h.get(0).sensitive);
        assertTrue(h.get(1).sensitive);
        assertEquals("health", h.get(1).sensitiveCategory);
    }

    @Test
    void infantTifIsLinkedToTheAdultBeforeIt() {
        PnrgovMessage m = only(decode(push(1,
                "SRC", "RCI+LH:INF001",
                "TIF+KOWALSKA+EWAMRS:A:1",
                "SSR+INFT:HK:1:LH:::::KOWALSKA/ZOFIA 05JAN25+::1",
                "SSR+DOCS:HK:1:LH:::::/P/POL/EA1234567/POL/03MAR90/F/01JAN30/KOWALSKA/EWA+::1",
                "SSR+DOCS:HK:1:LH:::::/P/POL/EB7654321/POL/05JAN25/FI/05JAN30/KOWALSKA/ZOFIA+::1",
                "TIF+KOWALSKA+ZOFIA:IN:1",
                "TVL+140326:1415::1705+FRA+JFK+LH+400:Y")));
        Pnr p = m.pnrs.get(0);
        Traveller ewa = p.travellers.get(0);
        assertEquals("EWA", ewa.givenNames);
        assertEquals("EA1234567", ewa.document("P").number);
        Traveller zofia = ewa.infant;
        assertEquals("IN", zofia.passengerType);
        assertEquals("ZOFIA", zofia.givenNames);
        assertEquals(LocalDate.of(2025, 1, 5), zofia.birthDate);
        assertEquals("F", zofia.sex);
        assertEquals("EB7654321", zofia.document("P").number);
        assertTrue(p.travellers.contains(zofia));
        assertTrue(p.services.stream().anyMatch(s -> s.code.equals("INFT")));
    }

    @Test
    void infantOnlyInTifIsLinkedToTheAdult() {
        PnrgovMessage m = only(decode(push(1,
                "SRC", "RCI+LH:INF002", "TIF+BERG+LARS MR:A:1", "TIF+BERG+NILS:IN:1",
                "TVL+140326:1415::1705+FRA+JFK+LH+400:Y")));
        Pnr p = m.pnrs.get(0);
        assertEquals(2, p.travellers.size());
        assertSame(p.travellers.get(1), p.travellers.get(0).infant);
    }

    @Test
    void pnrWithoutTifKeepsItsItineraryAndWarns() {
        PnrgovMessage m = only(decode(push(1,
                "SRC", "RCI+LH:NOTIF1", "ORG+1A:MUC+12345675:FRAL12123",
                "TVL+140326:1415::1705+FRA+JFK+LH+400:Y", "RPI+1+HK")));
        Pnr p = m.pnrs.get(0);
        assertTrue(p.travellers.isEmpty());
        assertEquals(1, p.itinerary.size());
        assertFalse(p.cancelled);
        assertTrue(codes(p.problems).contains(ProblemCode.MISSING_SEGMENT));
        assertFalse(p.hasErrors());
    }

    @Test
    void pnrsOverTheLimitAreNotReadAndReportedOnce() {
        byte[] in = push(3, concat(pnr("AAA111", "ONE", "PETER"), pnr("BBB222", "TWO", "PAUL"),
                pnr("CCC333", "THREE", "MARY")));
        PnrgovMessage m = only(decode(in, ParserLimits.DEFAULT.withMaxPnrsPerMessage(2)));
        assertEquals(2, m.pnrs.size());
        assertEquals("BBB222", m.pnrs.get(1).recordLocator);
        assertEquals(1, m.pnrs.get(1).itinerary.size());
        List<Problem> limits = m.problems.stream().filter(p -> p.code() == ProblemCode.LIMIT_EXCEEDED).toList();
        assertEquals(1, limits.size());
        assertEquals("SRC", limits.get(0).tag());
        assertFalse(codes(m.problems).contains(ProblemCode.COUNT_MISMATCH));
    }

    @Test
    void travellersOverTheLimitAreNotRead() {
        byte[] in = push(2, concat(pnr("AAA111", "ONE", "PETER"), pnr("BBB222", "TWO", "PAUL")));
        PnrgovMessage m = only(decode(in, ParserLimits.DEFAULT.withMaxTravellersPerMessage(1)));
        assertEquals(1, m.travellerCount());
        assertTrue(m.pnrs.get(1).travellers.isEmpty());
        assertNull(m.pnrs.get(1).tickets);
        assertTrue(codes(m.pnrs.get(1).problems).contains(ProblemCode.LIMIT_EXCEEDED));
    }

    @Test
    void sensitiveIftTextIsMarkedAndNotKeptAsARemark() {
        PnrgovMessage m = only(decode(push(1, concat(pnr("IFT001", "ONE", "PETER"), new String[] {
                "IFT+4:28::LH+PAX NEEDS WHEELCHAIR TO GATE"}))));
        Pnr p = m.pnrs.get(0);
        assertNull(p.remarks);
        SpecialService s = p.services.get(0);
        assertEquals("IFT", s.code);
        assertTrue(s.sensitive);
        assertEquals("health", s.sensitiveCategory);
        Problem info = p.problems.stream().filter(x -> x.code() == ProblemCode.SENSITIVE_DATA).findFirst().orElseThrow();
        assertFalse(info.message().contains("WHEELCHAIR"));
    }

    @Test
    void medicalSsrIsMarkedHealth() {
        PnrgovMessage m = only(decode(push(1, "SRC", "RCI+LH:MED001", "TIF+ONE+PETER:A:1",
                "SSR+WCHR:HK:1:LH+::1", "SSR+KSML:HK:1:LH+::1", "SSR+BIKE:HK:1:LH+::1")));
        List<SpecialService> s = m.pnrs.get(0).services;
        assertEquals("health", s.get(0).sensitiveCategory);
        assertEquals("religion", s.get(1).sensitiveCategory);
        assertFalse(s.get(2).sensitive);
    }

    @Test
    void gluedTitleIsKeptWhenTheNameCouldEndThatWay() {
        PnrgovMessage m = only(decode(push(1, "SRC", "RCI+LH:TTL001", "TIF+IVANOV+ALEXANDR:A:1",
                "TIF+HASSAN+AMR:A:2", "TIF+SMITH+JOHN DR:A:3")));
        List<Traveller> t = m.pnrs.get(0).travellers;
        assertEquals("ALEXANDR", t.get(0).givenNames);
        assertNull(t.get(0).title);
        assertEquals("AMR", t.get(1).givenNames);
        assertEquals("JOHN", t.get(2).givenNames);
        assertEquals("DR", t.get(2).title);
    }

    @Test
    void gluedDoctorTitleIsTakenOffWhenDocsConfirmsIt() {
        PnrgovMessage m = only(decode(push(1, "SRC", "RCI+LH:TTL002", "TIF+WEBER+KLAUSDR:A:1",
                "SSR+DOCS:HK:1:LH:::::/P/DEU/C1234567/DEU/01JAN70/M/01JAN30/WEBER/KLAUS+::1")));
        Traveller t = m.pnrs.get(0).travellers.get(0);
        assertEquals("KLAUS", t.givenNames);
        assertEquals("DR", t.title);
    }

    @Test
    void splitPnrLocatorsAreKept() {
        PnrgovMessage m = only(decode(push(1, concat(pnr("SPL001", "ONE", "PETER"), new String[] {
                "EQN+2", "RCI+LH:SPL002+LH:SPL003"}))));
        Pnr p = m.pnrs.get(0);
        assertEquals(2, p.splitPnrCount);
        assertEquals(List.of("LH:SPL002", "LH:SPL003"), p.splitLocators);
    }
}
