package io.paxgate.parsers.paxlst;

import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.FlightLeg;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.model.TravellerRole;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.paxgate.parsers.edifact.Edi.interchange;
import static io.paxgate.parsers.edifact.Edi.message;
import static io.paxgate.parsers.edifact.Edi.onlyPaxlst;
import static io.paxgate.parsers.edifact.Edi.problemsOf;
import static io.paxgate.parsers.edifact.Edi.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaxlstDecoderTest {
    private static final String FLIGHT = "TDT+20+LH400+++LH'LOC+125+FRA'DTM+189:2603141415:201'LOC+87+JFK'DTM+232:2603141705:201";

    private static DecodeResult sample() {
        return Edi.reader().read(Edi.resource("samples/paxlst_d12b_2pax.edi"));
    }

    private static PaxlstMessage decode(String version, String... segments) {
        return onlyPaxlst(read(interchange("UNOA:4", "1", message("M1", version, segments))));
    }

    private static PaxlstMessage decode(String... segments) {
        return decode("PAXLST:D:05B:UN:IATA", segments);
    }

    private static String[] segs(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.addAll(List.of(p.split("'")));
        }
        return out.toArray(new String[0]);
    }

    @Test
    void sampleDecodesWithoutProblems() {
        DecodeResult r = sample();
        assertTrue(r.allProblems().isEmpty(), r.allProblems().toString());
        PaxlstMessage m = onlyPaxlst(r);
        assertEquals("745", m.documentCode);
        assertEquals("passenger_list", m.documentKind);
        assertEquals("LH400260314001", m.transactionReference);
        assertEquals("LH OPS CONTROL FRA", m.reportingParty.name);
        assertEquals("49 69 6960", m.reportingParty.phone);
        assertEquals("49 69 6961", m.reportingParty.fax);
        assertEquals("D:12B:UN:IATA", m.source.messageVersion);
    }

    @Test
    void sampleFlightIsLh400FromFrankfurtToNewYorkWithTimes() {
        PaxlstMessage m = onlyPaxlst(sample());
        assertEquals("LH", m.flight.carrier);
        assertEquals("400", m.flight.number);
        assertEquals("FRA", m.flight.departureAirport);
        assertEquals("JFK", m.flight.arrivalAirport);
        assertEquals(LocalDateTime.of(2026, 3, 14, 14, 15), m.flight.departureTime);
        assertEquals(LocalDateTime.of(2026, 3, 14, 17, 5), m.flight.arrivalTime);
        assertEquals(1, m.flight.legs.size());
    }

    @Test
    void sampleFirstPassengerIsFullyRead() {
        Traveller t = onlyPaxlst(sample()).travellers.get(0);
        assertEquals(TravellerRole.PASSENGER, t.role);
        assertEquals("MUELLER", t.surname);
        assertEquals("ANNA MARIA", t.givenNames);
        assertEquals("F", t.sex);
        assertEquals(LocalDate.of(1985, 6, 17), t.birthDate);
        assertEquals("DEU", t.nationality);
        assertEquals("DEU", t.residenceCountry);
        assertEquals("FRANKFURT AM MAIN DEU", t.birthPlace);
        assertEquals("FRA", t.embarkationAirport);
        assertEquals("JFK", t.debarkationAirport);
        assertEquals(Boolean.TRUE, t.verified);
        assertEquals("ABC12D", t.bookingReference);
        assertEquals("0220LH400001", t.passengerReference);
        assertEquals("23A", t.seat);
        assertEquals("WIESENWEG 12", t.address.street);
        assertEquals("FRANKFURT", t.address.city);
        assertEquals("60311", t.address.postcode);
        assertEquals("DEU", t.address.country);
    }

    @Test
    void sampleFirstPassengerBagsAreRead() {
        Traveller t = onlyPaxlst(sample()).travellers.get(0);
        assertEquals(1, t.bagCount);
        assertEquals(18, t.bagWeightKg);
        assertEquals(List.of("LH0220123456"), t.bagTags);
    }

    @Test
    void sampleFirstPassengerPassportIsRead() {
        TravelDocument d = onlyPaxlst(sample()).travellers.get(0).documents.get(0);
        assertEquals("P", d.type);
        assertEquals("C01X00T47", d.number);
        assertEquals(LocalDate.of(2031, 5, 30), d.expiryDate);
        assertEquals("DEU", d.issuingCountry);
    }

    @Test
    void sampleSecondPassengerCarriesPassportAndVisa() {
        Traveller t = onlyPaxlst(sample()).travellers.get(1);
        assertEquals("SHARMA", t.surname);
        assertEquals("RAHUL", t.givenNames);
        assertEquals("M", t.sex);
        assertEquals(LocalDate.of(1990, 1, 2), t.birthDate);
        assertEquals("IND", t.nationality);
        assertEquals("XK9P2Q", t.bookingReference);
        assertEquals("23B", t.seat);
        assertEquals(2, t.documents.size());
        TravelDocument visa = t.documents.get(1);
        assertEquals("V", visa.type);
        assertEquals("F12345678", visa.number);
        assertEquals(LocalDate.of(2030, 1, 1), visa.expiryDate);
        assertEquals("USA", visa.issuingCountry);
        assertEquals("IND", t.documents.get(0).issuingCountry);
    }

    @Test
    void crewListReadsCrewWithTheirRoles() {
        PaxlstMessage m = decode(segs("BGM+250+C", FLIGHT, "NAD+FM+++KOWALSKI:PIOTR'ATT+2++M'EMP+1+CR1:110:111",
                "NAD+FM+++LEE:MIN'EMP+1+CR3:110:111'CNT+41:2"));
        assertEquals("crew_list", m.documentKind);
        assertEquals("C", m.functionCode);
        assertEquals(List.of(TravellerRole.CREW, TravellerRole.CREW), m.travellers.stream().map(t -> t.role).toList());
        assertEquals("CR1", m.travellers.get(0).crewRole);
        assertEquals(2, m.declaredCrew);
        assertTrue(m.problems.isEmpty(), m.problems.toString());
    }

    @Test
    void inTransitPassengersAndCrewAreMarkedAsInTransit() {
        PaxlstMessage m = decode(segs("BGM+745", FLIGHT, "NAD+DDU+++TRANSIT:PAX'LOC+22+JFK", "NAD+DDT+++TRANSIT:CREW"));
        assertEquals(TravellerRole.IN_TRANSIT_PASSENGER, m.travellers.get(0).role);
        assertEquals("JFK", m.travellers.get(0).clearanceAirport);
        assertEquals(TravellerRole.IN_TRANSIT_CREW, m.travellers.get(1).role);
    }

    @Test
    void progressiveFlightGivesEveryLegItsAirportsAndTimes() {
        PaxlstMessage m = decode(segs("BGM+745", "TDT+20+LH400+++LH",
                "LOC+125+FRA'DTM+189:2603141000:201",
                "LOC+92+LHR'DTM+232:2603141100:201'DTM+189:2603141300:201",
                "LOC+87+JFK'DTM+232:2603141700:201",
                "NAD+FL+++ONE:A"));
        List<FlightLeg> legs = m.flight.legs;
        assertEquals(2, legs.size());
        assertEquals("FRA", legs.get(0).departureAirport);
        assertEquals("LHR", legs.get(0).arrivalAirport);
        assertEquals(LocalDateTime.of(2026, 3, 14, 10, 0), legs.get(0).departureTime);
        assertEquals(LocalDateTime.of(2026, 3, 14, 11, 0), legs.get(0).arrivalTime);
        assertEquals("LHR", legs.get(1).departureAirport);
        assertEquals("JFK", legs.get(1).arrivalAirport);
        assertEquals(LocalDateTime.of(2026, 3, 14, 13, 0), legs.get(1).departureTime);
        assertEquals(LocalDateTime.of(2026, 3, 14, 17, 0), legs.get(1).arrivalTime);
    }

    @Test
    void repeatedDepartureAndArrivalPairsGiveOneLegEach() {
        PaxlstMessage m = decode(segs("BGM+745", "TDT+20+LH400+++LH",
                "LOC+125+FRA'DTM+189:2603141000:201'LOC+87+LHR'DTM+232:2603141100:201",
                "LOC+125+LHR'DTM+189:2603141300:201'LOC+87+JFK'DTM+232:2603141700:201",
                "NAD+FL+++ONE:A"));
        assertEquals(2, m.flight.legs.size());
        assertEquals("FRA", m.flight.departureAirport);
        assertEquals(LocalDateTime.of(2026, 3, 14, 10, 0), m.flight.departureTime);
        assertEquals("LHR", m.flight.legs.get(1).departureAirport);
        assertEquals("JFK", m.flight.legs.get(1).arrivalAirport);
        assertEquals(LocalDateTime.of(2026, 3, 14, 17, 0), m.flight.legs.get(1).arrivalTime);
        assertEquals("JFK", m.flight.finalDestination);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CP", "XR", "RP", "CL", "CLNB", "CLOB", "XF", "CF"})
    void bgmFunctionCodeIsKept(String function) {
        PaxlstMessage m = decode(segs("BGM+745+" + function, FLIGHT, "NAD+FL+++ONE:A"));
        assertEquals(function, m.functionCode);
        assertEquals("passenger_list", m.documentKind);
        assertTrue(m.problems.isEmpty(), m.problems.toString());
    }

    @Test
    void cntCountMismatchIsAWarningAtTheCntSegment() {
        PaxlstMessage m = decode(segs("BGM+745", FLIGHT, "NAD+FL+++ONE:A'NAD+FL+++TWO:B'CNT+42:3"));
        assertEquals(2, m.travellers.size());
        Problem p = m.problems.stream().filter(x -> x.code() == ProblemCode.COUNT_MISMATCH).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("CNT", p.tag());
        assertEquals(10, p.segmentIndex());
        assertTrue(p.offset() > 0);
    }

    @Test
    void missingFlightIsReportedAtTheMessage() {
        PaxlstMessage m = decode(segs("BGM+745", "NAD+FL+++ONE:A"));
        Problem p = m.problems.stream().filter(x -> x.code() == ProblemCode.MISSING_SEGMENT).findFirst().orElseThrow();
        assertEquals(m.source.offset, p.offset());
        assertTrue(p.offset() > 0);
    }

    @Test
    void usAceManifestIsReportedAsANationalVariantAndNotReadAsIataPersons() {
        PaxlstMessage m = decode("PAXLST:D:02B:UN:IATA", segs("BGM+10", FLIGHT,
                "NAD+VW+++SMITH:JOHN'DOC+5K+12345", "NAD+FL+++DOE:JANE'DOC+P+X123"));
        assertEquals("US_ACE", m.variant);
        assertTrue(m.travellers.isEmpty(), () -> "read as IATA persons: " + m.travellers.size());
        assertEquals(1, m.problems.stream().filter(p -> p.code() == ProblemCode.NATIONAL_VARIANT).count());
    }

    @Test
    void aceDocumentCodeInAnIataListIsReportedAsANationalVariant() {
        PaxlstMessage m = decode(segs("BGM+745", FLIGHT, "NAD+FL+++DOE:JANE'DOC+5K+12345"));
        assertEquals("US_ACE", m.variant);
        assertTrue(m.problems.stream().anyMatch(p -> p.code() == ProblemCode.NATIONAL_VARIANT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAXLST:D:02B:UN:IATA", "PAXLST:D:05B:UN:IATA", "PAXLST:D:12B:UN:IATA", "PAXLST:D:15B:UN:IATA"})
    void everyDirectoryVersionIsRead(String version) {
        PaxlstMessage m = decode(version, segs("BGM+745", FLIGHT, "NAD+FL+++ONE:A'DTM+329:850617"));
        assertEquals(version.substring(7), m.source.messageVersion);
        assertEquals("ONE", m.travellers.get(0).surname);
        assertEquals(LocalDate.of(1985, 6, 17), m.travellers.get(0).birthDate);
    }

    @Test
    void personsOverTheTravellerLimitAreReportedAndTheFirstOnesKept() {
        List<String> s = new ArrayList<>(List.of(segs("BGM+745", FLIGHT)));
        for (int i = 0; i < 12; i++) {
            s.add("NAD+FL+++P" + i + ":A");
        }
        s.add("CNT+42:12");
        String text = interchange("UNOA:4", "1", message("M1", "PAXLST:D:05B:UN:IATA", s.toArray(new String[0])));
        DecodeResult r = Edi.reader(ParserLimits.DEFAULT.withMaxTravellersPerMessage(10)).read(Edi.latin1(text));
        PaxlstMessage m = onlyPaxlst(r);
        assertEquals(10, m.travellers.size());
        assertEquals(1, problemsOf(r, ProblemCode.LIMIT_EXCEEDED).size());
        assertFalse(m.problems.stream().anyMatch(p -> p.code() == ProblemCode.COUNT_MISMATCH));
    }

    @Test
    void bagTagRangeIsExpanded() {
        Traveller t = decode(segs("BGM+745", FLIGHT, "NAD+FL+++ONE:A'FTX+BAG+++LH0220000098:3")).travellers.get(0);
        assertEquals(List.of("LH0220000098", "LH0220000099", "LH0220000100"), t.bagTags);
    }

    @Test
    void weightInPoundsIsConvertedToKilograms() {
        assertEquals(10, decode(segs("BGM+745", FLIGHT, "NAD+FL+++ONE:A'MEA+WT++LBR:22")).travellers.get(0).bagWeightKg);
    }

    @Test
    void invalidBirthDateIsAWarningAndThePersonKept() {
        PaxlstMessage m = decode(segs("BGM+745", FLIGHT, "NAD+FL+++ONE:A'DTM+329:851317"));
        assertNull(m.travellers.get(0).birthDate);
        assertTrue(m.problems.stream().anyMatch(p -> p.code() == ProblemCode.INVALID_DATE));
    }
}
