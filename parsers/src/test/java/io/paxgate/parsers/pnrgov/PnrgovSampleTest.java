package io.paxgate.parsers.pnrgov;

import io.paxgate.parsers.model.Bag;
import io.paxgate.parsers.model.CheckIn;
import io.paxgate.parsers.model.HistoryEntry;
import io.paxgate.parsers.model.ItinerarySegment;
import io.paxgate.parsers.model.Payment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.SpecialService;
import io.paxgate.parsers.model.Ticket;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared sample samples/pnrgov_13_1_1pnr_2pax.edi decodes whole. */
class PnrgovSampleTest {
    private PnrgovMessage msg;
    private Pnr pnr;

    @BeforeEach
    void decode() {
        var result = PnrgovMessages.decode(PnrgovMessages.resource("pnrgov_13_1_1pnr_2pax.edi"));
        msg = PnrgovMessages.only(result);
        assertEquals(1, msg.pnrs.size());
        pnr = msg.pnrs.get(0);
    }

    @Test
    void decodesWithoutWarningsOrErrors() {
        for (Problem p : msg.problems) {
            assertEquals(Severity.INFO, p.severity(), p.toString());
        }
        assertFalse(pnr.hasErrors());
    }

    @Test
    void levelZeroDescribesTheFullPushOfLh400() {
        assertEquals("full", msg.pushType);
        assertEquals("LH", msg.sender.system);
        assertEquals("FRA", msg.sender.location);
        assertEquals("LH", msg.flight.carrier);
        assertEquals("400", msg.flight.number);
        assertEquals("FRA", msg.flight.departureAirport);
        assertEquals("JFK", msg.flight.arrivalAirport);
        assertEquals(LocalDateTime.of(2026, 3, 14, 14, 15), msg.flight.departureTime);
        assertEquals(LocalDateTime.of(2026, 3, 14, 17, 5), msg.flight.arrivalTime);
        assertEquals(1, msg.declaredPnrCount);
    }

    @Test
    void recordLocatorBookingDateAndOtherSystemLocator() {
        assertEquals("ABC12D", pnr.recordLocator);
        assertEquals("LH", pnr.carrier);
        assertEquals(LocalDateTime.of(2026, 2, 1, 9, 35), pnr.bookingDate);
        assertEquals(List.of("1A:7Q2XKM"), pnr.otherLocators);
        assertEquals(LocalDateTime.of(2026, 3, 12, 14, 2), pnr.lastModified);
        assertEquals(LocalDateTime.of(2026, 2, 2, 10, 15), pnr.ticketingDate);
        assertFalse(pnr.cancelled);
    }

    @Test
    void bookingOriginatorIsTheTravelAgency() {
        assertEquals("1A", pnr.originator.system);
        assertEquals("MUC", pnr.originator.location);
        assertEquals("12345675", pnr.originator.travelAgentNumber);
        assertEquals("FRAL12123", pnr.originator.agencyOffice);
        assertEquals("T", pnr.originator.originatorType);
        assertEquals("DE", pnr.originator.country);
        assertEquals("EUR", pnr.originator.currency);
        assertEquals("A78987", pnr.originator.agentId);
        assertEquals("WIESENWEG 12", pnr.addresses.get(0).street);
        assertEquals("60311", pnr.addresses.get(0).postcode);
        assertEquals(1, pnr.excessBags);
        assertEquals("mobile", pnr.contacts.get(0).type);
        assertEquals("4915112345678", pnr.contacts.get(0).value);
    }

    @Test
    void bothTravellersCarryTheirDocsFields() {
        assertEquals(2, pnr.travellers.size());
        Traveller anna = pnr.travellers.get(0);
        assertEquals("MUELLER", anna.surname);
        assertEquals("ANNA", anna.givenNames);
        assertEquals("MS", anna.title);
        assertEquals("A", anna.passengerType);
        assertEquals("1", anna.reference);
        assertEquals(LocalDate.of(1985, 6, 17), anna.birthDate);
        assertEquals("F", anna.sex);
        assertEquals("DEU", anna.nationality);
        TravelDocument passport = anna.document("P");
        assertEquals("P", passport.type);
        assertEquals("C01X00T47", passport.number);
        assertEquals("DEU", passport.issuingCountry);
        assertEquals(LocalDate.of(2031, 5, 30), passport.expiryDate);
        assertEquals("D", anna.address.type);
        assertEquals("USA", anna.address.country);
        assertEquals("NEW YORK", anna.address.city);
        assertEquals("email", anna.contacts.get(0).type);
        assertEquals("ANNA.MUELLER@EXAMPLE.DE", anna.contacts.get(0).value);
        assertEquals("LH", anna.frequentFlyers.get(0).carrier);
        assertEquals("992001234567890", anna.frequentFlyers.get(0).number);
        assertEquals("SEN", anna.frequentFlyers.get(0).tier);
        assertEquals("0220LH400001", anna.passengerReference);

        Traveller jonas = pnr.travellers.get(1);
        assertEquals("SCHMIDT", jonas.surname);
        assertEquals("JONAS", jonas.givenNames);
        assertEquals("MR", jonas.title);
        assertEquals(LocalDate.of(1984, 2, 3), jonas.birthDate);
        assertEquals("M", jonas.sex);
        assertEquals("C77Y11R02", jonas.document("P").number);
        assertEquals(LocalDate.of(2029, 11, 11), jonas.document("P").expiryDate);
    }

    @Test
    void ticketsAndCardPaymentsWithPayer() {
        assertEquals(2, pnr.tickets.size());
        Ticket t = pnr.tickets.get(0);
        assertEquals("2201234567890", t.number);
        assertEquals("T", t.documentType);
        assertEquals("1", t.travellerReference);
        assertEquals(new BigDecimal("850.00"), t.baseFare);
        assertEquals(new BigDecimal("1102.47"), t.totalAmount);
        assertEquals("EUR", t.currency);
        assertEquals("LH", t.issuingCarrier);
        assertEquals("FRA", t.issuePlace);
        assertEquals(LocalDateTime.of(2026, 2, 2, 10, 15), t.issueDate);
        assertEquals("2201234567891", pnr.tickets.get(1).number);
        assertEquals("2", pnr.tickets.get(1).travellerReference);

        assertEquals(2, pnr.payments.size());
        Payment p = pnr.payments.get(0);
        assertEquals("CC", p.form);
        assertEquals(new BigDecimal("1102.47"), p.amount);
        assertEquals("VI", p.cardType);
        assertEquals("XXXXXXXXXXXX4412", p.cardNumber);
        assertEquals("0928", p.cardExpiry);
        assertEquals("ANNA MUELLER", p.payerName);
        assertEquals("WIESENWEG 12 60311 FRANKFURT DE", p.payerAddress);
        assertEquals("4915112345678", p.payerPhone);
        assertNull(pnr.payments.get(1).payerName);
    }

    @Test
    void itineraryHasTwoSegmentsWithSeats() {
        assertEquals(2, pnr.itinerary.size());
        ItinerarySegment out = pnr.itinerary.get(0);
        assertEquals("LH", out.carrier);
        assertEquals("400", out.flightNumber);
        assertEquals("Y", out.bookingClass);
        assertEquals("FRA", out.departureAirport);
        assertEquals("JFK", out.arrivalAirport);
        assertEquals(LocalDateTime.of(2026, 3, 14, 14, 15), out.departureTime);
        assertEquals(LocalDateTime.of(2026, 3, 14, 17, 5), out.arrivalTime);
        assertEquals(2, out.partySize);
        assertEquals("HK", out.status);
        assertEquals("74H", out.equipment);
        assertEquals(2, out.seats.size());
        assertEquals("23A", out.seats.get(0).seat);
        assertEquals("1", out.seats.get(0).travellerReference);
        assertEquals("23B", out.seats.get(1).seat);
        assertEquals("2", out.seats.get(1).travellerReference);

        ItinerarySegment back = pnr.itinerary.get(1);
        assertEquals("401", back.flightNumber);
        assertEquals(LocalDateTime.of(2026, 3, 22, 7, 55), back.arrivalTime);
        assertNull(back.seats);
    }

    @Test
    void checkInWithSeatsAndBagPool() {
        List<CheckIn> checkIns = pnr.itinerary.get(0).checkIns;
        assertEquals(2, checkIns.size());
        CheckIn anna = checkIns.get(0);
        assertEquals("1", anna.travellerReference);
        assertEquals("FRA-117", anna.sequence);
        assertEquals("MUELLER", anna.surname);
        assertEquals("23A", anna.seat);
        assertEquals("Y", anna.cabin);
        assertEquals(LocalDateTime.of(2026, 3, 14, 12, 10), anna.time);
        assertEquals("FRA", anna.location);
        assertEquals("23B", checkIns.get(1).seat);

        assertEquals(2, pnr.bags.size());
        Bag head = pnr.bags.get(0);
        assertEquals("1", head.travellerReference);
        assertEquals(2, head.count);
        assertEquals(41, head.weightKg);
        assertEquals("head", head.poolRole);
        assertEquals(List.of("LH0220123456", "LH0220123457"), head.tags);
        assertEquals("JFK", head.destination);
        Bag member = pnr.bags.get(1);
        assertEquals("2", member.travellerReference);
        assertEquals("member", member.poolRole);
        assertEquals("2201234567890", member.poolReference);
        assertNull(member.tags);
    }

    @Test
    void historyShowsTheSeatChangeCancelledThenAdded() {
        assertEquals(2, pnr.history.size());
        HistoryEntry cancelled = pnr.history.get(0);
        assertEquals("cancelled", cancelled.action);
        assertEquals("FRAL12123", cancelled.agent);
        assertEquals(LocalDateTime.of(2026, 3, 12, 14, 2), cancelled.time);
        assertEquals("SSR SEAT 31A 31B", cancelled.text);
        HistoryEntry added = pnr.history.get(1);
        assertEquals("added", added.action);
        assertEquals("SSR SEAT 23A 23B", added.text);
        assertFalse(added.sensitive);
    }

    @Test
    void avmlMealIsMarkedSensitiveWithoutItsTextInProblems() {
        SpecialService avml = pnr.services.stream().filter(s -> s.code.equals("AVML")).findFirst().orElseThrow();
        assertTrue(avml.sensitive);
        assertEquals("religion", avml.sensitiveCategory);
        assertEquals("2", avml.travellerReference);
        Problem p = pnr.problems.stream().filter(x -> x.code() == ProblemCode.SENSITIVE_DATA).findFirst().orElseThrow();
        assertEquals(Severity.INFO, p.severity());
        assertEquals("SSR", p.tag());
        assertEquals(8, p.segmentIndex()); // UNH 1, MSG 2, ORG 3, TVL 4, EQN 5, SRC 6, RCI 7
        assertTrue(p.offset() > 0);
        assertNotNull(p.message());
        assertTrue(pnr.services.stream().noneMatch(s -> s.code.startsWith("DOC") || s.code.startsWith("CTC")));
    }

    @Test
    void sampleWithOtherUnaSeparatorsDecodesTheSame() {
        String text = new String(PnrgovMessages.resource("pnrgov_13_1_1pnr_2pax.edi"), java.nio.charset.StandardCharsets.ISO_8859_1);
        String body = text.substring(text.indexOf('\n') + 1).replace('+', '*').replace('\'', '~');
        PnrgovMessage other = PnrgovMessages.only(PnrgovMessages.decode(
                ("UNA:*.? ~" + body).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        Pnr p = other.pnrs.get(0);
        assertEquals("ABC12D", p.recordLocator);
        assertEquals("C01X00T47", p.travellers.get(0).document("P").number);
        assertEquals("23B", p.itinerary.get(0).seats.get(1).seat);
        assertEquals(pnr.history.size(), p.history.size());
    }
}
