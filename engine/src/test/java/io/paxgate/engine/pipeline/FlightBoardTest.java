package io.paxgate.engine.pipeline;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.Traveller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlightBoardTest {
    private static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 24, 14, 30);
    private static final String FLIGHT = "J2123/2026-11-24";

    @TempDir
    Path dir;

    static Flight flight() {
        Flight f = new Flight();
        f.carrier = "J2";
        f.number = "123";
        f.departureAirport = "IST";
        f.arrivalAirport = "GYD";
        f.departureTime = ARRIVAL.minusHours(3);
        f.arrivalTime = ARRIVAL;
        return f;
    }

    static Traveller traveller(String surname, String given) {
        Traveller t = new Traveller();
        t.surname = surname;
        t.givenNames = given;
        return t;
    }

    static Traveller manifestTraveller() {
        Traveller t = traveller("MAMMADOV", "RASHAD ELDAR");
        t.birthDate = LocalDate.of(1980, 3, 14);
        t.nationality = "AZE";
        var d = t.addDocument();
        d.type = "P";
        d.number = "C01234567";
        d.issuingCountry = "AZE";
        d.expiryDate = LocalDate.of(2030, 1, 1);
        return t;
    }

    static Pnr booking(String locator, Traveller... travellers) {
        Pnr p = new Pnr();
        p.recordLocator = locator;
        p.carrier = "J2";
        p.bookingDate = ARRIVAL.minusDays(20);
        p.remarks = new ArrayList<>(List.of("window seat"));
        p.travellers.addAll(List.of(travellers));
        return p;
    }

    @Test
    void aPnrPushThenTheManifestKeepsTheManifestTravellerWithTheBooking() {
        try (FlightBoard board = FlightBoard.inMemory(10_000)) {
            Pnr pnr = booking("ABC123", traveller("MAMMADOV", "RASHAD"));
            board.recordBooked(FLIGHT, flight(), pnr.travellers.get(0), pnr, "1");
            Traveller listed = manifestTraveller();
            assertEquals("ABC123", board.recordListed(FLIGHT, flight(), listed, "2").recordLocator,
                    "the list's traveller is screened with the booking pushed earlier");

            FlightBoard.Seat seat = board.seat(FLIGHT, traveller("Mammadov", "Rashad"));
            assertNotNull(seat);
            assertTrue(seat.fromManifest());
            assertEquals(LocalDate.of(1980, 3, 14), seat.traveller().birthDate);
            assertEquals("C01234567", seat.traveller().documents.get(0).number);
            assertEquals("ABC123", seat.pnr().recordLocator, "the earlier booking stays attached");
            assertEquals("2", seat.sourceMessageId());

            // a later push: the manifest's traveller stays, the newer booking is attached
            Pnr later = booking("ABC123", traveller("MAMMADOV", "RASHAD"));
            later.remarks = List.of("aisle seat");
            Traveller fromList = board.recordBooked(FLIGHT, flight(), later.travellers.get(0), later, "3");
            assertEquals("C01234567", fromList.documents.get(0).number, "the push is screened with the list's traveller");
            seat = board.seat(FLIGHT, traveller("MAMMADOV", "RASHAD"));
            assertEquals("C01234567", seat.traveller().documents.get(0).number);
            assertEquals(List.of("aisle seat"), seat.pnr().remarks);
            board.flush(FLIGHT);
            assertEquals(2, board.entries(), "one seat and one booking");
        }
    }

    @Test
    void aListFollowingThePushesGetsTheBookingObjectThisProcessWrote() {
        try (FlightBoard board = FlightBoard.inMemory(10_000)) {
            Pnr first = booking("ABC123", traveller("MAMMADOV", "RASHAD"));
            board.recordBooked(FLIGHT, flight(), first.travellers.get(0), first, "1");
            Pnr other = booking("DEF456", traveller("ALIYEV", "TURAL"));
            board.recordBooked(FLIGHT, flight(), other.travellers.get(0), other, "2");
            Pnr repushed = booking("ABC123", traveller("MAMMADOV", "RASHAD"));
            board.recordBooked(FLIGHT, flight(), repushed.travellers.get(0), repushed, "3");

            assertSame(repushed, board.recordListed(FLIGHT, flight(), manifestTraveller(), "4"),
                    "the latest push of the booking, not read back");
            assertSame(other, board.recordListed(FLIGHT, flight(), traveller("ALIYEV", "TURAL"), "4"));
        }
    }

    @Test
    void theListsFlightStaysWhenALaterPushGivesItAgain() {
        try (FlightBoard board = FlightBoard.inMemory(10_000)) {
            Flight listed = flight();
            listed.finalDestination = "NAJ";
            board.recordListed(FLIGHT, listed, manifestTraveller(), "1");
            Pnr pnr = booking("ABC123", traveller("ALIYEV", "TURAL"));
            board.recordBooked(FLIGHT, flight(), pnr.travellers.get(0), pnr, "2");

            board.flush(FLIGHT);
            assertEquals("NAJ", board.seat(FLIGHT, traveller("ALIYEV", "TURAL")).flight().finalDestination);
            assertEquals(3, board.entries(), "two seats and a booking; the flight's own entry is not counted");
        }
    }

    @Test
    void aReopenedBoardHasItsFlightsWithoutTheJournal() {
        Pnr pnr = booking("XYZ789", traveller("ALIYEVA", "LEYLA"), traveller("ALIYEV", "TURAL"));
        try (FlightBoard board = FlightBoard.open(dir, 10_000)) {
            assertFalse(board.reopened());
            for (Traveller t : pnr.travellers) {
                board.recordBooked(FLIGHT, flight(), t, pnr, "7");
            }
            board.recordListed(FLIGHT, flight(), manifestTraveller(), "8");
        }
        assertTrue(Files.exists(dir.resolve(".closed-cleanly")));
        try (FlightBoard board = FlightBoard.open(dir, 10_000)) {
            assertTrue(board.reopened());
            assertEquals(1, board.flights());
            List<FlightBoard.Seat> seats = board.expected(ARRIVAL.minusHours(5));
            assertEquals(3, seats.size());
            assertEquals(4, board.entries(), "three seats, one booking shared by two of them");
            assertTrue(seats.stream().anyMatch(s -> "TURAL".equals(s.traveller().givenNames)
                    && "XYZ789".equals(s.pnr().recordLocator) && s.flight().arrivalTime.equals(ARRIVAL)));
            // the index was rebuilt from the map: a list naming a booked traveller finds their booking
            Pnr found = board.recordListed(FLIGHT, flight(), traveller("ALIYEV", "TURAL"), "9");
            assertEquals("XYZ789", found.recordLocator);
            board.flush(FLIGHT);
            assertEquals(4, board.entries());
            // and cancelling the flight removes every entry
            board.cancelFlight(FLIGHT);
            assertEquals(0, board.entries());
            assertEquals(0, board.flights());
        }
    }

    @Test
    void aBoardNotClosedCleanlyIsRecoveredWithItsEntries() throws Exception {
        try (FlightBoard board = FlightBoard.open(dir, 10_000)) {
            board.recordListed(FLIGHT, flight(), manifestTraveller(), "1");
        }
        // as after a crash: no clean mark
        Files.delete(dir.resolve(".closed-cleanly"));
        try (FlightBoard board = FlightBoard.open(dir, 10_000)) {
            assertTrue(board.reopened());
            assertTrue(board.expects(FLIGHT, manifestTraveller()));
        }
    }

    @Test
    void aBoardWrittenInAnotherFormatIsStartedAnew() throws Exception {
        try (FlightBoard board = FlightBoard.open(dir, 10_000)) {
            board.recordListed(FLIGHT, flight(), manifestTraveller(), "1");
        }
        Files.writeString(dir.resolve("board.format"), "an older model\n");
        try (FlightBoard board = FlightBoard.open(dir, 10_000)) {
            assertFalse(board.reopened(), "nothing to trust: the pipeline rebuilds it from the journal");
            assertEquals(0, board.flights());
        }
        try (FlightBoard board = FlightBoard.open(dir, 10_000)) {
            assertTrue(board.reopened(), "the new file carries this version's format");
        }
    }

    @Test
    void cancellationsRemoveTheirEntries() {
        try (FlightBoard board = FlightBoard.inMemory(10_000)) {
            Traveller onlyBooked = traveller("HUSEYNOV", "ELVIN");
            Traveller listedToo = traveller("MAMMADOV", "RASHAD");
            Pnr pnr = booking("CANC01", onlyBooked, listedToo);
            board.recordBooked(FLIGHT, flight(), onlyBooked, pnr, "1");
            board.recordBooked(FLIGHT, flight(), listedToo, pnr, "1");
            board.recordListed(FLIGHT, flight(), manifestTraveller(), "2");

            Pnr cancelled = booking("CANC01");
            cancelled.cancelled = true;
            board.cancelBooking(FLIGHT, cancelled);
            assertFalse(board.expects(FLIGHT, onlyBooked), "known only from the cancelled booking");
            assertTrue(board.expects(FLIGHT, listedToo), "the manifest still lists them");
            board.flush(FLIGHT);
            assertEquals(2, board.entries(), "the manifest seat and the booking it still refers to");

            board.remove(FLIGHT, listedToo);
            assertFalse(board.expects(FLIGHT, listedToo));
        }
    }

    @Test
    void flightsPastTheirTimeLeaveTheBoardAndTheMap() {
        try (FlightBoard board = FlightBoard.inMemory(10_000)) {
            board.recordListed(FLIGHT, flight(), manifestTraveller(), "1");
            assertEquals(1, board.expected(ARRIVAL.plusHours(1)).size());
            assertEquals(0, board.expected(ARRIVAL.plus(FlightBoard.KEEP_AFTER_ARRIVAL).plusMinutes(1)).size());
            assertEquals(0, board.flights());
            assertEquals(0, board.entries());
        }
    }

    @Test
    void anEntryTooLargeForTheMapIsKeptAndCounted() {
        try (FlightBoard board = FlightBoard.inMemory(1_000)) {
            Pnr huge = booking("HUGE01", traveller("GULIYEV", "ANAR"));
            List<String> remarks = new ArrayList<>();
            for (int i = 0; i < 40_000; i++) {
                remarks.add("remark line " + i + " with some history of the booking");
            }
            huge.remarks = remarks;
            board.recordBooked(FLIGHT, flight(), huge.travellers.get(0), huge, "1");
            board.flush(FLIGHT);
            assertEquals(1, board.overflowed());
            FlightBoard.Seat seat = board.seat(FLIGHT, traveller("GULIYEV", "ANAR"));
            assertEquals(40_000, seat.pnr().remarks.size(), "nothing dropped");
            assertNull(board.seat(FLIGHT, traveller("NOBODY", "X")));
        }
    }

    @Test
    void entriesLargerThanTheCodecsFirstBufferAreStoredWhole() {
        try (FlightBoard board = FlightBoard.inMemory(1_000)) {
            Pnr large = booking("LARGE1", traveller("GULIYEV", "ANAR"));
            for (int i = 0; i < 200; i++) {
                large.remarks.add("remark line " + i + " with some history of the booking");
            }
            board.recordBooked(FLIGHT, flight(), large.travellers.get(0), large, "1");
            Pnr small = booking("SMALL1", traveller("ALIYEVA", "LEYLA"));
            board.recordBooked(FLIGHT, flight(), small.travellers.get(0), small, "2");
            board.flush(FLIGHT);
            assertEquals(0, board.overflowed(), "both fit the map");
            assertEquals(201, board.seat(FLIGHT, traveller("GULIYEV", "ANAR")).pnr().remarks.size());
            assertEquals(List.of("window seat"), board.seat(FLIGHT, traveller("ALIYEVA", "LEYLA")).pnr().remarks);
        }
    }

    @Test
    void writesAreStagedUntilFlushedAndEveryReadSeesThem() {
        try (FlightBoard board = FlightBoard.inMemory(10_000)) {
            Pnr pnr = booking("ABC123", traveller("MAMMADOV", "RASHAD"));
            board.recordBooked(FLIGHT, flight(), pnr.travellers.get(0), pnr, "1");
            assertEquals("ABC123", board.recordListed(FLIGHT, flight(), manifestTraveller(), "1").recordLocator,
                    "a list in the same input finds the booking staged before it");
            Pnr again = booking("ABC123", traveller("MAMMADOV", "RASHAD"));
            assertEquals("C01234567", board.recordBooked(FLIGHT, flight(), again.travellers.get(0), again, "1")
                    .documents.get(0).number, "a push after the list in the same input gets the list's staged traveller");
            assertEquals(0, board.entries(), "nothing in the map before the flush");
            assertEquals("C01234567", board.seat(FLIGHT, traveller("MAMMADOV", "RASHAD")).traveller().documents.get(0).number);

            board.flush(FLIGHT);
            assertEquals(2, board.entries(), "one seat and one booking");
            FlightBoard.Seat seat = board.seat(FLIGHT, traveller("MAMMADOV", "RASHAD"));
            assertEquals("C01234567", seat.traveller().documents.get(0).number);
            assertEquals("ABC123", seat.pnr().recordLocator);
        }
    }

    @Test
    void aFlightCancelledWithARemovalStagedLeavesNothingInTheMap() {
        try (FlightBoard board = FlightBoard.inMemory(10_000)) {
            board.recordListed(FLIGHT, flight(), manifestTraveller(), "1");
            board.flush(FLIGHT);
            // one input: the traveller's reservation cancelled (staged), then the whole flight
            board.remove(FLIGHT, manifestTraveller());
            board.cancelFlight(FLIGHT);
            board.flush(FLIGHT);
            assertEquals(0, board.entries(), "the seat the index no longer had is gone from the map too");
        }
    }

    /**
     * Random pushes, lists and cancellations of one flight on two boards, one flushed after every
     * traveller (the writes as they were before staging), one only after each input of a few: every
     * answer, and the board left at the end, the same.
     */
    @Test
    void aBoardFlushedAfterEachInputAnswersAsOneFlushedAfterEachTraveller() {
        String[][] names = {{"MAMMADOV", "RASHAD"}, {"ALIYEV", "TURAL"}, {"ALIYEVA", "LEYLA"}, {"HUSEYNOV", "ELVIN"},
                {"GULIYEV", "ANAR"}, {"ISMAYILOVA", "NIGAR"}};
        String[] locators = {"ABC123", "DEF456", "GHI789"};
        java.util.Random random = new java.util.Random(7);
        try (FlightBoard eachTraveller = FlightBoard.inMemory(10_000);
             FlightBoard eachInput = FlightBoard.inMemory(10_000)) {
            for (int input = 0; input < 2_000; input++) {
                int steps = 1 + random.nextInt(5);
                for (int step = 0; step < steps; step++) {
                    int op = random.nextInt(100);
                    String[] name = names[random.nextInt(names.length)];
                    if (op < 45) {
                        Pnr pnr = booking(locators[random.nextInt(locators.length)]);
                        pnr.remarks = new ArrayList<>(List.of("push " + input + "." + step));
                        for (String[] n : names) {
                            if (random.nextInt(3) == 0) {
                                pnr.travellers.add(traveller(n[0], n[1]));
                            }
                        }
                        if (random.nextInt(10) == 0) {
                            pnr.cancelled = true;
                            eachTraveller.cancelBooking(FLIGHT, pnr);
                            eachTraveller.flush(FLIGHT);
                            eachInput.cancelBooking(FLIGHT, pnr);
                            continue;
                        }
                        for (Traveller t : pnr.travellers) {
                            Traveller a = eachTraveller.recordBooked(FLIGHT, flight(), t, pnr, "p" + input);
                            eachTraveller.flush(FLIGHT);
                            assertSameValue(a, eachInput.recordBooked(FLIGHT, flight(), t, pnr, "p" + input));
                        }
                    } else if (op < 85) {
                        Traveller t = traveller(name[0], name[1] + " " + input);
                        t.addDocument().number = "D" + input + "." + step;
                        Pnr a = eachTraveller.recordListed(FLIGHT, flight(), t, "l" + input);
                        eachTraveller.flush(FLIGHT);
                        assertSameValue(a, eachInput.recordListed(FLIGHT, flight(), t, "l" + input));
                    } else if (op < 98) {
                        eachTraveller.remove(FLIGHT, traveller(name[0], name[1]));
                        eachTraveller.flush(FLIGHT);
                        eachInput.remove(FLIGHT, traveller(name[0], name[1]));
                    } else {
                        eachTraveller.cancelFlight(FLIGHT);
                        eachInput.cancelFlight(FLIGHT);
                    }
                }
                eachInput.flush(FLIGHT);
                assertEquals(eachTraveller.entries(), eachInput.entries(), "entries after input " + input);
            }
            List<FlightBoard.Seat> expected = eachTraveller.expected(ARRIVAL.minusHours(5));
            List<FlightBoard.Seat> actual = eachInput.expected(ARRIVAL.minusHours(5));
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameValue(expected.get(i).traveller(), actual.get(i).traveller());
                assertSameValue(expected.get(i).pnr(), actual.get(i).pnr());
                assertEquals(expected.get(i).sourceMessageId(), actual.get(i).sourceMessageId());
                assertEquals(expected.get(i).fromManifest(), actual.get(i).fromManifest());
            }
        }
    }

    /** The same traveller or booking, field for field (as the board's codec writes them). */
    private static void assertSameValue(Object expected, Object actual) {
        assertEquals(expected == null, actual == null, "one answer is null, the other not");
        if (expected != null) {
            assertEquals(List.of(encoded(expected)), List.of(encoded(actual)));
        }
    }

    private static String encoded(Object value) {
        Object stored = value;
        if (value instanceof Traveller t) {
            FlightBoard.StoredSeat seat = new FlightBoard.StoredSeat();
            seat.traveller = t;
            stored = seat;
        }
        return java.util.HexFormat.of().formatHex(BoardCodec.get().write(stored));
    }
}
