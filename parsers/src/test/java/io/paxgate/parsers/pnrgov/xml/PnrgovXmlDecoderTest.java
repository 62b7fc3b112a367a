package io.paxgate.parsers.pnrgov.xml;

import io.paxgate.parsers.model.SpecialService;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.Bag;
import io.paxgate.parsers.model.ItinerarySegment;
import io.paxgate.parsers.model.Payment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PnrgovXmlDecoderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T06:00:00Z"), ZoneOffset.UTC);
    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<IATA_PNRGOV_NotifRQ xmlns=\"http://www.iata.org/IATA/2007/00\" Version=\"13.1\">\n"
            + "<Originator AirlineCode=\"LH\"/>\n<PNRs>\n";
    private static final String CLOSE = "</PNRs>\n</IATA_PNRGOV_NotifRQ>\n";

    private final PnrgovXmlDecoder decoder = new PnrgovXmlDecoder(ParserLimits.DEFAULT, CLOCK);

    private static byte[] sample() throws IOException {
        try (InputStream in = PnrgovXmlDecoderTest.class.getResourceAsStream("/pnrgov-xml/two-pnrs.xml")) {
            return in.readAllBytes();
        }
    }

    private static String pnr(String locator, String body) {
        return "<PNR><BookingRefID ID=\"" + locator + "\"/>" + body + "</PNR>\n";
    }

    private static String passenger(String rph, String surname) {
        return "<PassengerInfo><Passenger RPH=\"" + rph + "\"><PersonName><Surname>" + surname
                + "</Surname></PersonName></Passenger></PassengerInfo>";
    }

    private DecodeResult decode(String xml) {
        return decoder.decode(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static PnrgovMessage message(DecodeResult r) {
        assertEquals(1, r.messages().size(), () -> "problems: " + r.allProblems());
        return (PnrgovMessage) r.messages().get(0);
    }

    private static Problem only(DecodeResult r, ProblemCode code) {
        List<Problem> found = r.allProblems().stream().filter(p -> p.code() == code).toList();
        assertEquals(1, found.size(), () -> "expected one " + code + " in " + r.allProblems());
        return found.get(0);
    }

    @Test
    void sampleDecodesWithoutProblemsBeyondTheSensitiveDataNotice() throws IOException {
        DecodeResult r = decoder.decode(sample());
        assertEquals(List.of(ProblemCode.SENSITIVE_DATA),
                r.allProblems().stream().map(Problem::code).distinct().toList());
        assertEquals(2, message(r).pnrs.size());
        assertEquals(3, r.travellerCount());
    }

    @Test
    void medicalSsrIsMarkedSensitiveAsInEdifact() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(0);
        SpecialService wchr = p.services.stream().filter(x -> "WCHR".equals(x.code)).findFirst().orElseThrow();
        assertTrue(wchr.sensitive);
        assertEquals("health", wchr.sensitiveCategory);
        SpecialService ctce = p.services.stream().filter(x -> "CTCE".equals(x.code)).findFirst().orElseThrow();
        assertFalse(ctce.sensitive);
    }

    @Test
    void remarkRevealingReligionIsKeptOutOfPlainRemarks() {
        String xml = """
                <IATA_PNRGOV_NotifRQ xmlns="http://www.iata.org/IATA/2007/00" Version="13.1">
                  <PNRs NumberOfPnrs="1"><PNR><BookingRefID ID="REM001"/>
                    <Remarks><Remark>PAX REQUESTS HALAL MEAL</Remark><Remark>VIP GUEST</Remark></Remarks>
                  </PNR></PNRs>
                </IATA_PNRGOV_NotifRQ>""";
        Pnr p = message(decoder.decode(xml.getBytes(StandardCharsets.UTF_8))).pnrs.get(0);
        assertEquals(List.of("VIP GUEST"), p.remarks);
        assertTrue(p.services.get(0).sensitive);
        assertEquals("religion", p.services.get(0).sensitiveCategory);
    }

    @Test
    void headerGivesTypeVersionSenderAndPushedFlight() throws IOException {
        PnrgovMessage m = message(decoder.decode(sample()));
        assertEquals("PNRGOV", m.type);
        assertEquals("13.1", m.source.messageVersion);
        assertEquals("PUSH0001", m.source.messageReference);
        assertEquals("LH", m.source.sender);
        assertEquals("LH", m.sender.system);
        assertEquals(2, m.declaredPnrCount);
        assertEquals("LH400", m.flight.designator());
        assertEquals("FRA", m.flight.departureAirport);
        assertEquals("JFK", m.flight.arrivalAirport);
        assertEquals(LocalDateTime.of(2025, 6, 1, 10, 15), m.flight.departureTime);
        assertEquals(1, m.flight.legs.size());
    }

    @Test
    void pnrGivesLocatorsDatesAndBookingOriginator() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(0);
        assertEquals("ABC123", p.recordLocator);
        assertEquals("LH", p.carrier);
        assertEquals(List.of("1A:Z9Y8X7"), p.otherLocators);
        assertEquals(LocalDateTime.of(2025, 5, 30, 21, 4), p.bookingDate);
        assertEquals(LocalDateTime.of(2025, 5, 31, 8, 0), p.lastModified);
        assertEquals("FRAL12345", p.originator.agencyOffice);
        assertEquals("0001AA", p.originator.agentId);
        assertEquals("23456789", p.originator.travelAgentNumber);
        assertEquals("DE", p.originator.country);
        assertEquals("EUR", p.originator.currency);
        assertEquals("+49 69 1234567", p.contacts.get(0).value);
        assertEquals("email", p.contacts.get(1).type);
    }

    @Test
    void travellersGetNamesDocumentsContactsAndFrequentFlyer() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(0);
        assertEquals(2, p.travellers.size());
        Traveller anna = p.travellers.get(0);
        assertEquals("1", anna.reference);
        assertEquals("A", anna.passengerType);
        assertEquals("MUELLER", anna.surname);
        assertEquals("ANNA MARIA", anna.givenNames);
        assertEquals(LocalDate.of(1985, 6, 17), anna.birthDate);
        assertEquals("F", anna.sex);
        assertEquals("DEU", anna.nationality);
        TravelDocument passport = anna.document("P");
        assertEquals("C01X00T47", passport.number);
        assertEquals("DEU", passport.issuingCountry);
        assertEquals(LocalDate.of(2031, 5, 30), passport.expiryDate);
        assertEquals("mobile", anna.contacts.get(0).type);
        assertEquals("+491701234567", anna.contacts.get(0).value);
        assertEquals("ANNA.MUELLER@EXAMPLE.COM", anna.contacts.get(1).value);
        assertEquals("992001234567890", anna.frequentFlyers.get(0).number);
        assertEquals("SEN", anna.frequentFlyers.get(0).tier);
        assertEquals("C02Y11U58", p.travellers.get(1).document("P").number);
        assertEquals("M", p.travellers.get(1).sex);
    }

    @Test
    void cardPaymentKeepsCardHolderAndBillingAddress() throws IOException {
        Payment pay = message(decoder.decode(sample())).pnrs.get(0).payments.get(0);
        assertEquals("CC", pay.form);
        assertEquals(new BigDecimal("2469.12"), pay.amount);
        assertEquals("VI", pay.cardType);
        assertEquals("XXXXXXXXXXXX1111", pay.cardNumber);
        assertEquals("0827", pay.cardExpiry);
        assertEquals("ANNA MUELLER", pay.payerName);
        assertEquals("HAUPTSTRASSE 1, 60311, FRANKFURT, DE", pay.payerAddress);
    }

    @Test
    void cashPaymentIsFormCa() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(1);
        assertEquals("DEF456", p.recordLocator);
        assertEquals(1, p.payments.size());
        assertEquals("CA", p.payments.get(0).form);
        assertEquals(new BigDecimal("98000"), p.payments.get(0).amount);
    }

    @Test
    void ticketsGiveTicketingDate() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(0);
        assertEquals(2, p.tickets.size());
        assertEquals("2202412345678", p.tickets.get(0).number);
        assertEquals("1", p.tickets.get(0).travellerReference);
        assertEquals(new BigDecimal("1234.56"), p.tickets.get(0).totalAmount);
        assertEquals("EUR", p.tickets.get(0).currency);
        assertEquals(LocalDateTime.of(2025, 5, 30, 21, 10), p.ticketingDate);
    }

    @Test
    void flightSegmentsCarrySeatsLinkedBySegmentReference() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(0);
        assertEquals(2, p.itinerary.size());
        ItinerarySegment first = p.itinerary.get(0);
        assertEquals("LH", first.carrier);
        assertEquals("400", first.flightNumber);
        assertEquals("FRA", first.departureAirport);
        assertEquals("JFK", first.arrivalAirport);
        assertEquals(LocalDateTime.of(2025, 6, 1, 10, 15), first.departureTime);
        assertEquals("Y", first.bookingClass);
        assertEquals("HK", first.status);
        assertEquals(2, first.partySize);
        assertEquals("748", first.equipment);
        assertEquals(List.of("31A", "31B"), first.seats.stream().map(s -> s.seat).toList());
        ItinerarySegment second = p.itinerary.get(1);
        assertEquals("UA1234", second.carrier + second.flightNumber);
        assertEquals("22C", second.seats.get(0).seat);
        assertEquals("1", second.seats.get(0).travellerReference);
        assertEquals("31A", p.travellers.get(0).seat);
    }

    @Test
    void bagsKeepCountWeightPoolAndTags() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(0);
        assertEquals(2, p.bags.size());
        Bag head = p.bags.get(0);
        assertEquals("1", head.travellerReference);
        assertEquals(2, head.count);
        assertEquals(40, head.weightKg);
        assertEquals("head", head.poolRole);
        assertEquals("LAX", head.destination);
        assertEquals(List.of("0220123456", "0220123457"), head.tags);
        assertEquals("member", p.bags.get(1).poolRole);
        assertEquals("2202412345678", p.bags.get(1).poolReference);
    }

    @Test
    void specialServiceRequestsAndHistoryAreKept() throws IOException {
        Pnr p = message(decoder.decode(sample())).pnrs.get(0);
        assertEquals(List.of("CTCE", "WCHR"), p.services.stream().map(s -> s.code).toList());
        assertEquals("ANNA.MUELLER//EXAMPLE.COM", p.services.get(0).text);
        assertEquals("LH", p.services.get(0).carrier);
        assertEquals("2", p.services.get(1).travellerReference);
        assertEquals(2, p.history.size());
        assertEquals("cancelled", p.history.get(0).action);
        assertEquals("SSR SEAT 30A", p.history.get(0).text);
        assertEquals("0001AA", p.history.get(0).agent);
    }

    @Test
    void ssrDocsFreeTextBecomesADocument() throws IOException {
        Traveller peter = message(decoder.decode(sample())).pnrs.get(1).travellers.get(0);
        TravelDocument d = peter.document("P");
        assertEquals("AK0123456", d.number);
        assertEquals("KEN", d.issuingCountry);
        assertEquals(LocalDate.of(2030, 1, 1), d.expiryDate);
        assertEquals(LocalDate.of(1990, 2, 2), peter.birthDate);
        assertEquals("KEN", peter.nationality);
        assertEquals("M", peter.sex);
        assertNull(message(decoder.decode(sample())).pnrs.get(1).services);
    }

    @Test
    void truncatedXmlIsMalformedWithLineColumnAndByteOffset() throws IOException {
        byte[] all = sample();
        int cut = new String(all, StandardCharsets.UTF_8).indexOf("<FormOfPayment");
        DecodeResult r = decoder.decode(all, 0, cut);
        Problem p = only(r, ProblemCode.XML_MALFORMED);
        assertTrue(p.isError());
        assertTrue(p.message().matches("(?s).*line \\d+, column \\d+ \\(byte \\d+\\).*"), p.message());
        assertTrue(p.offset() > 0 && p.offset() <= cut, () -> "offset " + p.offset());
    }

    @Test
    void malformedAfterFirstPnrKeepsThePnrsBeforeIt() {
        DecodeResult r = decode(OPEN + pnr("GOOD01", passenger("1", "SMITH")) + "<PNR><BookingRefID ID=\"BAD002\"></PNR>");
        assertEquals(List.of("GOOD01"), message(r).pnrs.stream().map(p -> p.recordLocator).toList());
        assertTrue(only(r, ProblemCode.XML_MALFORMED).isError());
    }

    @Test
    void byteOffsetCountsMultiByteCharactersAsBytes() {
        // same characters, but Ü, Ş and İ take two bytes each in UTF-8
        String ascii = OPEN + pnr("ABC123", passenger("1", "MULLER-SAHIN")) + "<PNR><Oops></PNR>";
        String utf8 = OPEN + pnr("ABC123", passenger("1", "MÜLLER-ŞAHİN")) + "<PNR><Oops></PNR>";
        long asciiOffset = only(decode(ascii), ProblemCode.XML_MALFORMED).offset();
        long utf8Offset = only(decode(utf8), ProblemCode.XML_MALFORMED).offset();
        assertTrue(asciiOffset > ascii.indexOf("<Oops>"), () -> "offset " + asciiOffset);
        assertEquals(asciiOffset + 3, utf8Offset);
    }

    @Test
    void problemPositionsCountCharsAsWoodstoxDoesWhicheverParserReadsThePush() {
        String line = "<PNR><BookingRefID ID=\"ABC123\"/><Remark>MÜLLER \uD83D\uDE00</Remark>"
                + "<FlightSegment DepartureDateTime=\"soon\"/></PNR>\n";
        String pushed = OPEN + line;
        // an element 100 deep is over Aalto's guard but within Woodstox's limit: Woodstox reads it all
        String deep = "<Deep>".repeat(99) + "</Deep>".repeat(99);
        DecodeResult aalto = decode(pushed + CLOSE);
        DecodeResult woodstox = decode(pushed + "</PNRs>\n" + deep + "</IATA_PNRGOV_NotifRQ>\n");

        Problem p = only(aalto, ProblemCode.INVALID_DATE);
        int at = pushed.indexOf("<FlightSegment");
        assertEquals(pushed.substring(0, at).getBytes(StandardCharsets.UTF_8).length, p.offset());
        assertTrue(p.message().contains("(line 5, column " + (at - OPEN.length() + 1) + ")"), p.message());
        assertEquals(aalto.allProblems(), woodstox.allProblems());
        assertEquals(message(aalto).source.offset, message(woodstox).source.offset);
        assertEquals(OPEN.indexOf("<IATA"), message(aalto).source.offset);
    }

    @Test
    void doctypeWithExternalEntityIsRefusedAndTheFileIsNotRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET-4711");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE IATA_PNRGOV_NotifRQ [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<IATA_PNRGOV_NotifRQ><PNRs><PNR><BookingRefID ID=\"&xxe;\"/>"
                + "</PNR></PNRs></IATA_PNRGOV_NotifRQ>";
        DecodeResult r = decode(xml);
        assertTrue(r.messages().isEmpty());
        Problem p = only(r, ProblemCode.XML_MALFORMED);
        assertTrue(p.message().contains("DOCTYPE"), p.message());
        assertFalse(r.allProblems().toString().contains("TOPSECRET"));
    }

    @Test
    void undeclaredEntityIsMalformedNotExpanded() {
        DecodeResult r = decode(OPEN + pnr("&xxe;", "") + CLOSE);
        assertTrue(only(r, ProblemCode.XML_MALFORMED).message().contains("xxe"));
        assertTrue(message(r).pnrs.isEmpty());
    }

    @Test
    void badDateInOnePnrOnlyAffectsThatPnr() {
        String bad = "<PNR PNR_CreationDate=\"2025-13-45T99:00\"><BookingRefID ID=\"BAD002\"/>"
                + passenger("1", "JONES") + "</PNR>\n";
        DecodeResult r = decode(OPEN + pnr("GOOD01", passenger("1", "SMITH")) + bad
                + pnr("GOOD03", passenger("1", "BROWN")) + CLOSE);
        PnrgovMessage m = message(r);
        assertEquals(3, m.pnrs.size());
        Pnr broken = m.pnrs.get(1);
        assertEquals("JONES", broken.travellers.get(0).surname);
        assertNull(broken.bookingDate);
        assertEquals(ProblemCode.INVALID_DATE, broken.problems.get(0).code());
        assertTrue(broken.problems.get(0).message().contains("PNR 2 (BAD002)"), broken.problems.get(0).message());
        assertEquals(broken.problems, m.problems);
        assertNull(m.pnrs.get(0).problems);
        assertEquals("BROWN", m.pnrs.get(2).travellers.get(0).surname);
        assertNull(m.pnrs.get(2).problems);
    }

    @Test
    void wrongRootElementIsRefusedAsUnsupportedMessageType() {
        DecodeResult r = decode("<?xml version=\"1.0\"?><OTA_AirBookRQ><PNR/></OTA_AirBookRQ>");
        assertTrue(r.messages().isEmpty());
        Problem p = only(r, ProblemCode.UNSUPPORTED_MESSAGE_TYPE);
        assertTrue(p.isError());
        assertTrue(p.message().contains("<OTA_AirBookRQ>") && p.message().contains("IATA_PNRGOV_NotifRQ"), p.message());
    }

    @Test
    void pnrsOverTheLimitAreNotReadAndReported() {
        PnrgovXmlDecoder small = new PnrgovXmlDecoder(ParserLimits.DEFAULT.withMaxPnrsPerMessage(2), CLOCK);
        String xml = OPEN + pnr("P1", "") + pnr("P2", "") + pnr("P3", "") + pnr("P4", "") + CLOSE;
        DecodeResult r = small.decode(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, message(r).pnrs.size());
        Problem p = only(r, ProblemCode.LIMIT_EXCEEDED);
        assertTrue(p.isError());
        assertTrue(p.offset() == xml.indexOf("<PNR><BookingRefID ID=\"P3\""), () -> "offset " + p.offset());
    }

    @Test
    void travellersOverTheLimitAreNotReadAndReported() {
        PnrgovXmlDecoder small = new PnrgovXmlDecoder(ParserLimits.DEFAULT.withMaxTravellersPerMessage(2), CLOCK);
        String two = "<PassengerInfo><Passenger RPH=\"1\"/><Passenger RPH=\"2\"/></PassengerInfo>";
        String xml = OPEN + pnr("P1", passenger("1", "A")) + pnr("P2", two) + pnr("P3", passenger("1", "C")) + CLOSE;
        DecodeResult r = small.decode(xml.getBytes(StandardCharsets.UTF_8));
        PnrgovMessage m = message(r);
        assertEquals(2, m.pnrs.size());
        assertEquals(2, r.travellerCount());
        assertTrue(only(r, ProblemCode.LIMIT_EXCEEDED).isError());
        assertTrue(m.pnrs.get(1).hasErrors());
    }

    @Test
    void inputOverTheByteLimitIsNotRead() {
        PnrgovXmlDecoder small = new PnrgovXmlDecoder(ParserLimits.DEFAULT.withMaxInputBytes(100), CLOCK);
        DecodeResult r = small.decode((OPEN + pnr("P1", "") + CLOSE).getBytes(StandardCharsets.UTF_8));
        assertTrue(r.messages().isEmpty());
        assertTrue(only(r, ProblemCode.LIMIT_EXCEEDED).isError());
    }

    @Test
    void declaredPnrCountMismatchIsAWarning() {
        DecodeResult r = decode(OPEN.replace("<PNRs>", "<PNRs NumberOfPnrs=\"3\">") + pnr("P1", "") + CLOSE);
        Problem p = only(r, ProblemCode.COUNT_MISMATCH);
        assertFalse(p.isError());
    }

    @Test
    void namesMatchCaseInsensitivelyAndValuesMayBeElements() {
        String xml = "<iata_pnrgov_notifrq><pnr><bookingrefid>LOW123</bookingrefid>"
                + "<passenger rph=\"1\"><personname><surname>LEE</surname></personname></passenger>"
                + "<flightsegment><FlightNumber>88</FlightNumber><DepartureAirport>ICN</DepartureAirport>"
                + "<MarketingAirline>KE</MarketingAirline><DepartureDateTime>2025-06-02T09:00:00+09:00</DepartureDateTime>"
                + "</flightsegment></pnr></iata_pnrgov_notifrq>";
        Pnr p = message(decode(xml)).pnrs.get(0);
        assertEquals("LOW123", p.recordLocator);
        assertEquals("LEE", p.travellers.get(0).surname);
        assertEquals("KE88", p.itinerary.get(0).carrier + p.itinerary.get(0).flightNumber);
        assertEquals("ICN", p.itinerary.get(0).departureAirport);
        assertEquals(LocalDateTime.of(2025, 6, 2, 9, 0), p.itinerary.get(0).departureTime);
    }

    @Test
    void soapEnvelopeAroundTheRootIsUnwrapped() {
        String xml = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><x/></soap:Header>"
                + "<soap:Body>" + OPEN.substring(OPEN.indexOf("<IATA")) + pnr("SOAP01", "") + CLOSE
                + "</soap:Body></soap:Envelope>";
        DecodeResult r = decode(xml);
        assertEquals("SOAP01", message(r).pnrs.get(0).recordLocator);
        assertEquals(List.of(), r.allProblems());
    }

    @Test
    void inputDecoderSendsXmlToThePnrgovXmlDecoder() throws IOException {
        DecodeResult r = new InputDecoder(ParserLimits.DEFAULT, CLOCK).decode(sample());
        assertEquals("PNRGOV", r.messages().get(0).type);
        assertEquals(2, ((PnrgovMessage) r.messages().get(0)).pnrs.size());
    }
}
