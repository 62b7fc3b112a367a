package io.paxgate.engine.pipeline;

import io.paxgate.parsers.model.Address;
import io.paxgate.parsers.model.Bag;
import io.paxgate.parsers.model.CheckIn;
import io.paxgate.parsers.model.Contact;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.FlightLeg;
import io.paxgate.parsers.model.FrequentFlyer;
import io.paxgate.parsers.model.HistoryEntry;
import io.paxgate.parsers.model.ItinerarySegment;
import io.paxgate.parsers.model.NonAirSegment;
import io.paxgate.parsers.model.Originator;
import io.paxgate.parsers.model.Payment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.SeatAssignment;
import io.paxgate.parsers.model.SpecialService;
import io.paxgate.parsers.model.Ticket;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.model.TravellerRole;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads what {@link BoardEncoder} wrote, in the same order (see there for the encoding). Lists read
 * back as {@link ArrayList}s. A value cut short or not in this encoding throws {@link IllegalStateException}.
 */
final class BoardDecoder {
    private static final TravellerRole[] ROLES = TravellerRole.values();

    private byte[] buffer;
    private int position;
    private int limit;

    void wrap(byte[] bytes) {
        buffer = bytes;
        position = 0;
        limit = bytes.length;
    }

    // ---------------------------------------------------------------- the board's values

    FlightBoard.StoredFlight storedFlight() {
        FlightBoard.StoredFlight f = new FlightBoard.StoredFlight();
        f.flight = flight();
        f.fromManifest = bool();
        return f;
    }

    FlightBoard.StoredSeat storedSeat() {
        FlightBoard.StoredSeat s = new FlightBoard.StoredSeat();
        s.traveller = traveller();
        s.booking = string();
        s.source = string();
        s.fromManifest = bool();
        return s;
    }

    Pnr pnr() {
        if (!bool()) {
            return null;
        }
        Pnr p = new Pnr();
        p.recordLocator = string();
        p.carrier = string();
        p.bookingDate = dateTime();
        p.otherLocators = list(BoardDecoder::string);
        p.splitLocators = list(BoardDecoder::string);
        p.lastModified = dateTime();
        p.ticketingDate = dateTime();
        p.cancelled = bool();
        p.originator = originator();
        p.addresses = list(BoardDecoder::address);
        p.contacts = list(BoardDecoder::contact);
        p.travellers = list(BoardDecoder::traveller);
        p.tickets = list(BoardDecoder::ticket);
        p.payments = list(BoardDecoder::payment);
        p.itinerary = list(BoardDecoder::segment);
        p.nonAir = list(BoardDecoder::nonAir);
        p.bags = list(BoardDecoder::bag);
        p.splitPnrCount = integer();
        p.history = list(BoardDecoder::history);
        p.services = list(BoardDecoder::service);
        p.remarks = list(BoardDecoder::string);
        p.excessBags = integer();
        p.sponsorName = string();
        p.sponsorAddress = string();
        p.sponsorPhone = string();
        return p;
    }

    /** Whether every byte was read (a value followed by more is not what was written). */
    boolean atEnd() {
        return position == limit;
    }

    // ---------------------------------------------------------------- the model's classes

    private Flight flight() {
        if (!bool()) {
            return null;
        }
        Flight f = new Flight();
        f.carrier = string();
        f.number = string();
        f.departureAirport = string();
        f.arrivalAirport = string();
        f.departureTime = dateTime();
        f.arrivalTime = dateTime();
        f.finalDestination = string();
        f.transportStage = string();
        f.legs = list(BoardDecoder::leg);
        return f;
    }

    private FlightLeg leg() {
        if (!bool()) {
            return null;
        }
        FlightLeg l = new FlightLeg();
        l.departureAirport = string();
        l.arrivalAirport = string();
        l.departureTime = dateTime();
        l.arrivalTime = dateTime();
        return l;
    }

    private Traveller traveller() {
        if (!bool()) {
            return null;
        }
        Traveller t = new Traveller();
        t.role = role();
        t.surname = string();
        t.givenNames = string();
        t.sex = string();
        t.birthDate = date();
        t.birthPlace = string();
        t.nationality = string();
        t.residenceCountry = string();
        t.address = address();
        t.embarkationAirport = string();
        t.debarkationAirport = string();
        t.clearanceAirport = string();
        t.bagCount = integer();
        t.bagWeightKg = integer();
        t.bagTags = list(BoardDecoder::string);
        t.verified = optionalBool();
        t.bookingReference = string();
        t.passengerReference = string();
        t.seat = string();
        t.governmentReference = string();
        t.ticketNumber = string();
        t.crewRole = string();
        t.contacts = list(BoardDecoder::contact);
        t.frequentFlyers = list(BoardDecoder::frequentFlyer);
        t.documents = list(BoardDecoder::document);
        t.passengerType = string();
        t.reference = string();
        t.infant = traveller();
        t.title = string();
        t.otherAddresses = list(BoardDecoder::address);
        return t;
    }

    private TravellerRole role() {
        long tag = varint();
        if (tag < 0 || tag > ROLES.length) {
            throw corrupt("traveller role " + (tag - 1));
        }
        return tag == 0 ? null : ROLES[(int) tag - 1];
    }

    private Address address() {
        if (!bool()) {
            return null;
        }
        Address a = new Address();
        a.type = string();
        a.street = string();
        a.city = string();
        a.subEntity = string();
        a.postcode = string();
        a.country = string();
        return a;
    }

    private Contact contact() {
        if (!bool()) {
            return null;
        }
        Contact c = new Contact();
        c.type = string();
        c.value = string();
        return c;
    }

    private FrequentFlyer frequentFlyer() {
        if (!bool()) {
            return null;
        }
        FrequentFlyer f = new FrequentFlyer();
        f.carrier = string();
        f.number = string();
        f.tier = string();
        return f;
    }

    private TravelDocument document() {
        if (!bool()) {
            return null;
        }
        TravelDocument d = new TravelDocument();
        d.type = string();
        d.number = string();
        d.issuingCountry = string();
        d.expiryDate = date();
        d.issueDate = date();
        d.placeOfIssue = string();
        return d;
    }

    private Originator originator() {
        if (!bool()) {
            return null;
        }
        Originator o = new Originator();
        o.system = string();
        o.location = string();
        o.travelAgentNumber = string();
        o.agencyOffice = string();
        o.agentId = string();
        o.originatorType = string();
        o.country = string();
        o.currency = string();
        o.language = string();
        return o;
    }

    private Ticket ticket() {
        if (!bool()) {
            return null;
        }
        Ticket t = new Ticket();
        t.number = string();
        t.documentType = string();
        t.travellerReference = string();
        t.issueDate = dateTime();
        t.issuingCarrier = string();
        t.issuePlace = string();
        t.baseFare = decimal();
        t.totalAmount = decimal();
        t.currency = string();
        return t;
    }

    private Payment payment() {
        if (!bool()) {
            return null;
        }
        Payment p = new Payment();
        p.form = string();
        p.amount = decimal();
        p.cardType = string();
        p.cardNumber = string();
        p.cardExpiry = string();
        p.payerName = string();
        p.payerAddress = string();
        p.payerPhone = string();
        p.travellerReference = string();
        return p;
    }

    private ItinerarySegment segment() {
        if (!bool()) {
            return null;
        }
        ItinerarySegment s = new ItinerarySegment();
        s.carrier = string();
        s.flightNumber = string();
        s.departureAirport = string();
        s.arrivalAirport = string();
        s.departureTime = dateTime();
        s.arrivalTime = dateTime();
        s.bookingClass = string();
        s.status = string();
        s.partySize = integer();
        s.equipment = string();
        s.seats = list(BoardDecoder::seatAssignment);
        s.checkIns = list(BoardDecoder::checkIn);
        return s;
    }

    private SeatAssignment seatAssignment() {
        if (!bool()) {
            return null;
        }
        SeatAssignment s = new SeatAssignment();
        s.travellerReference = string();
        s.seat = string();
        s.cabin = string();
        return s;
    }

    private CheckIn checkIn() {
        if (!bool()) {
            return null;
        }
        CheckIn c = new CheckIn();
        c.travellerReference = string();
        c.surname = string();
        c.givenNames = string();
        c.sequence = string();
        c.time = dateTime();
        c.seat = string();
        c.cabin = string();
        c.agentSystem = string();
        c.location = string();
        return c;
    }

    private NonAirSegment nonAir() {
        if (!bool()) {
            return null;
        }
        NonAirSegment n = new NonAirSegment();
        n.type = string();
        n.location = string();
        n.text = string();
        return n;
    }

    private Bag bag() {
        if (!bool()) {
            return null;
        }
        Bag b = new Bag();
        b.travellerReference = string();
        b.count = integer();
        b.weightKg = integer();
        b.poolRole = string();
        b.poolReference = string();
        b.destination = string();
        b.tags = list(BoardDecoder::string);
        return b;
    }

    private HistoryEntry history() {
        if (!bool()) {
            return null;
        }
        HistoryEntry h = new HistoryEntry();
        h.time = dateTime();
        h.agent = string();
        h.action = string();
        h.text = string();
        h.sensitive = bool();
        h.sensitiveCategory = string();
        return h;
    }

    private SpecialService service() {
        if (!bool()) {
            return null;
        }
        SpecialService s = new SpecialService();
        s.code = string();
        s.status = string();
        s.carrier = string();
        s.travellerReference = string();
        s.text = string();
        s.sensitive = bool();
        s.sensitiveCategory = string();
        return s;
    }

    // ---------------------------------------------------------------- values

    private <T> List<T> list(Function<BoardDecoder, T> element) {
        long tag = varint();
        if (tag == 0) {
            return null;
        }
        int size = length(tag - 1, 1);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(this));
        }
        return list;
    }

    private String string() {
        long tag = varint();
        if (tag == 0) {
            return null;
        }
        boolean wide = ((tag - 1) & BoardEncoder.WIDE) != 0;
        int length = length((tag - 1) >>> 1, wide ? 2 : 1);
        int p = position;
        if (!wide) {
            position = p + length;
            return new String(buffer, p, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++, p += 2) {
            chars[i] = (char) ((buffer[p] & 0xFF) << 8 | buffer[p + 1] & 0xFF);
        }
        position = p;
        return new String(chars);
    }

    private boolean bool() {
        if (position >= limit) {
            throw corrupt("cut short");
        }
        byte b = buffer[position++];
        if ((b & ~1) != 0) {
            throw corrupt("boolean " + b);
        }
        return b == 1;
    }

    private Boolean optionalBool() {
        long tag = varint();
        if (tag > 2) {
            throw corrupt("boolean tag " + tag);
        }
        return tag == 0 ? null : tag == 2;
    }

    private Integer integer() {
        long tag = varint();
        return tag == 0 ? null : Math.toIntExact(unZigZag(tag - 1));
    }

    private LocalDate date() {
        long tag = varint();
        return tag == 0 ? null : unpacked(tag - 1);
    }

    private LocalDateTime dateTime() {
        long tag = varint();
        if (tag == 0) {
            return null;
        }
        LocalDate date = unpacked(tag - 1);
        LocalTime time = LocalTime.ofSecondOfDay(varint()).withNano(Math.toIntExact(varint()));
        return LocalDateTime.of(date, time);
    }

    private LocalDate unpacked(long packed) {
        try {
            return LocalDate.of(Math.toIntExact(unZigZag(packed >>> BoardEncoder.DAY_BITS)), (int) (packed >>> 5 & 0xF),
                    (int) (packed & 0x1F));
        } catch (DateTimeException | ArithmeticException e) {
            throw corrupt("date " + packed);
        }
    }

    private BigDecimal decimal() {
        long tag = varint();
        if (tag == 0) {
            return null;
        }
        int scale = Math.toIntExact(unZigZag(varint()));
        if (tag == BoardEncoder.UNSCALED_LONG) {
            return BigDecimal.valueOf(unZigZag(varint()), scale);
        }
        if (tag != BoardEncoder.UNSCALED_BYTES) {
            throw corrupt("decimal tag " + tag);
        }
        int length = length(varint(), 1);
        byte[] bytes = Arrays.copyOfRange(buffer, position, position + length);
        position += length;
        return new BigDecimal(new BigInteger(bytes), scale);
    }

    private static long unZigZag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A count of units of {@code unit} bytes each that must still be there to read. */
    private int length(long count, int unit) {
        if (count < 0 || count > (limit - position) / unit) {
            throw corrupt("a length of " + count + " past the end");
        }
        return (int) count;
    }

    private long varint() {
        long v = 0;
        for (int shift = 0; shift < Long.SIZE; shift += 7) {
            if (position >= limit) {
                throw corrupt("cut short");
            }
            byte b = buffer[position++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw corrupt("a varint longer than 10 bytes");
    }

    private IllegalStateException corrupt(String what) {
        return new IllegalStateException("a flight board entry could not be read: " + what + " at byte " + position);
    }
}
