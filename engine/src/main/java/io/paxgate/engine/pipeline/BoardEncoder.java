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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes the board's values into one growing buffer, field by field in declaration order, with no
 * reflection and no lookup per field ({@link BoardDecoder} reads them back in the same order). The
 * encoding: an unsigned varint before everything that may be null or has a length (0 for null,
 * else the length or tag plus 1); a string is ASCII bytes or, when any char is not ASCII, its UTF-16
 * chars; a date packed as year, month and day, a date-time as that date, second of day and nanos;
 * a decimal as scale and unscaled value.
 * A model class that gains a field fails {@code BoardCodecTest} until the field is written here.
 */
final class BoardEncoder {
    /** Header bit of a string written as UTF-16 chars (two bytes each) rather than ASCII bytes. */
    static final int WIDE = 1;
    /** Tags of a decimal's unscaled value: within a long, or as two's-complement bytes. */
    static final int UNSCALED_LONG = 1;
    static final int UNSCALED_BYTES = 2;
    /** Bits of a packed date below its year: month (4) and day (5). */
    static final int DAY_BITS = 9;

    private byte[] buffer = new byte[4096];
    private int position;

    /** The bytes written since the last {@link #reset}, from 0 to {@link #position()}. */
    byte[] buffer() {
        return buffer;
    }

    int position() {
        return position;
    }

    void reset() {
        position = 0;
    }

    // ---------------------------------------------------------------- the board's values

    void storedFlight(FlightBoard.StoredFlight f) {
        flight(f.flight);
        bool(f.fromManifest);
    }

    void storedSeat(FlightBoard.StoredSeat s) {
        traveller(s.traveller);
        string(s.booking);
        string(s.source);
        bool(s.fromManifest);
    }

    /** Every field but {@code problems} (decode problems are not part of a booking's state). */
    void pnr(Pnr p) {
        if (present(p)) {
            string(p.recordLocator);
            string(p.carrier);
            dateTime(p.bookingDate);
            list(p.otherLocators, BoardEncoder::string);
            list(p.splitLocators, BoardEncoder::string);
            dateTime(p.lastModified);
            dateTime(p.ticketingDate);
            bool(p.cancelled);
            originator(p.originator);
            list(p.addresses, BoardEncoder::address);
            list(p.contacts, BoardEncoder::contact);
            list(p.travellers, BoardEncoder::traveller);
            list(p.tickets, BoardEncoder::ticket);
            list(p.payments, BoardEncoder::payment);
            list(p.itinerary, BoardEncoder::segment);
            list(p.nonAir, BoardEncoder::nonAir);
            list(p.bags, BoardEncoder::bag);
            integer(p.splitPnrCount);
            list(p.history, BoardEncoder::history);
            list(p.services, BoardEncoder::service);
            list(p.remarks, BoardEncoder::string);
            integer(p.excessBags);
            string(p.sponsorName);
            string(p.sponsorAddress);
            string(p.sponsorPhone);
        }
    }

    // ---------------------------------------------------------------- the model's classes

    private void flight(Flight f) {
        if (present(f)) {
            string(f.carrier);
            string(f.number);
            string(f.departureAirport);
            string(f.arrivalAirport);
            dateTime(f.departureTime);
            dateTime(f.arrivalTime);
            string(f.finalDestination);
            string(f.transportStage);
            list(f.legs, BoardEncoder::leg);
        }
    }

    private void leg(FlightLeg l) {
        if (present(l)) {
            string(l.departureAirport);
            string(l.arrivalAirport);
            dateTime(l.departureTime);
            dateTime(l.arrivalTime);
        }
    }

    private void traveller(Traveller t) {
        if (present(t)) {
            role(t.role);
            string(t.surname);
            string(t.givenNames);
            string(t.sex);
            date(t.birthDate);
            string(t.birthPlace);
            string(t.nationality);
            string(t.residenceCountry);
            address(t.address);
            string(t.embarkationAirport);
            string(t.debarkationAirport);
            string(t.clearanceAirport);
            integer(t.bagCount);
            integer(t.bagWeightKg);
            list(t.bagTags, BoardEncoder::string);
            bool(t.verified);
            string(t.bookingReference);
            string(t.passengerReference);
            string(t.seat);
            string(t.governmentReference);
            string(t.ticketNumber);
            string(t.crewRole);
            list(t.contacts, BoardEncoder::contact);
            list(t.frequentFlyers, BoardEncoder::frequentFlyer);
            list(t.documents, BoardEncoder::document);
            string(t.passengerType);
            string(t.reference);
            traveller(t.infant);
            string(t.title);
            list(t.otherAddresses, BoardEncoder::address);
        }
    }

    private void role(TravellerRole role) {
        varint(role == null ? 0 : role.ordinal() + 1);
    }

    private void address(Address a) {
        if (present(a)) {
            string(a.type);
            string(a.street);
            string(a.city);
            string(a.subEntity);
            string(a.postcode);
            string(a.country);
        }
    }

    private void contact(Contact c) {
        if (present(c)) {
            string(c.type);
            string(c.value);
        }
    }

    private void frequentFlyer(FrequentFlyer f) {
        if (present(f)) {
            string(f.carrier);
            string(f.number);
            string(f.tier);
        }
    }

    private void document(TravelDocument d) {
        if (present(d)) {
            string(d.type);
            string(d.number);
            string(d.issuingCountry);
            date(d.expiryDate);
            date(d.issueDate);
            string(d.placeOfIssue);
        }
    }

    private void originator(Originator o) {
        if (present(o)) {
            string(o.system);
            string(o.location);
            string(o.travelAgentNumber);
            string(o.agencyOffice);
            string(o.agentId);
            string(o.originatorType);
            string(o.country);
            string(o.currency);
            string(o.language);
        }
    }

    private void ticket(Ticket t) {
        if (present(t)) {
            string(t.number);
            string(t.documentType);
            string(t.travellerReference);
            dateTime(t.issueDate);
            string(t.issuingCarrier);
            string(t.issuePlace);
            decimal(t.baseFare);
            decimal(t.totalAmount);
            string(t.currency);
        }
    }

    private void payment(Payment p) {
        if (present(p)) {
            string(p.form);
            decimal(p.amount);
            string(p.cardType);
            string(p.cardNumber);
            string(p.cardExpiry);
            string(p.payerName);
            string(p.payerAddress);
            string(p.payerPhone);
            string(p.travellerReference);
        }
    }

    private void segment(ItinerarySegment s) {
        if (present(s)) {
            string(s.carrier);
            string(s.flightNumber);
            string(s.departureAirport);
            string(s.arrivalAirport);
            dateTime(s.departureTime);
            dateTime(s.arrivalTime);
            string(s.bookingClass);
            string(s.status);
            integer(s.partySize);
            string(s.equipment);
            list(s.seats, BoardEncoder::seatAssignment);
            list(s.checkIns, BoardEncoder::checkIn);
        }
    }

    private void seatAssignment(SeatAssignment s) {
        if (present(s)) {
            string(s.travellerReference);
            string(s.seat);
            string(s.cabin);
        }
    }

    private void checkIn(CheckIn c) {
        if (present(c)) {
            string(c.travellerReference);
            string(c.surname);
            string(c.givenNames);
            string(c.sequence);
            dateTime(c.time);
            string(c.seat);
            string(c.cabin);
            string(c.agentSystem);
            string(c.location);
        }
    }

    private void nonAir(NonAirSegment n) {
        if (present(n)) {
            string(n.type);
            string(n.location);
            string(n.text);
        }
    }

    private void bag(Bag b) {
        if (present(b)) {
            string(b.travellerReference);
            integer(b.count);
            integer(b.weightKg);
            string(b.poolRole);
            string(b.poolReference);
            string(b.destination);
            list(b.tags, BoardEncoder::string);
        }
    }

    private void history(HistoryEntry h) {
        if (present(h)) {
            dateTime(h.time);
            string(h.agent);
            string(h.action);
            string(h.text);
            bool(h.sensitive);
            string(h.sensitiveCategory);
        }
    }

    private void service(SpecialService s) {
        if (present(s)) {
            string(s.code);
            string(s.status);
            string(s.carrier);
            string(s.travellerReference);
            string(s.text);
            bool(s.sensitive);
            string(s.sensitiveCategory);
        }
    }

    // ---------------------------------------------------------------- values

    /** Writes whether {@code value} is there (a byte: 0 or 1) and returns it. */
    private boolean present(Object value) {
        bool(value != null);
        return value != null;
    }

    private <T> void list(List<T> list, BiConsumer<BoardEncoder, T> element) {
        if (list == null) {
            varint(0);
            return;
        }
        int size = list.size();
        varint(size + 1L);
        for (int i = 0; i < size; i++) {
            element.accept(this, list.get(i));
        }
    }

    private void string(String s) {
        if (s == null) {
            varint(0);
            return;
        }
        int length = s.length();
        int start = position;
        ensure(10 + length);
        varint(((long) length << 1) + 1);
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                position = start;
                wide(s);
                return;
            }
            b[p + i] = (byte) c;
        }
        position = p + length;
    }

    /** A string with a char beyond ASCII, written from its header again: every char as two bytes. */
    private void wide(String s) {
        int length = s.length();
        ensure(10 + 2 * length);
        varint(((long) length << 1 | WIDE) + 1);
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            b[p++] = (byte) (c >>> 8);
            b[p++] = (byte) c;
        }
        position = p;
    }

    private void bool(boolean value) {
        varint(value ? 1 : 0);
    }

    private void bool(Boolean value) {
        varint(value == null ? 0 : value ? 2 : 1);
    }

    private void integer(Integer value) {
        varint(value == null ? 0 : zigZag(value) + 1);
    }

    private void date(LocalDate date) {
        varint(date == null ? 0 : packed(date) + 1);
    }

    private void dateTime(LocalDateTime t) {
        if (t == null) {
            varint(0);
            return;
        }
        varint(packed(t.toLocalDate()) + 1);
        varint(t.toLocalTime().toSecondOfDay());
        varint(t.getNano());
    }

    /** Year, month and day as one number (cheaper than epoch days both ways). */
    private static long packed(LocalDate date) {
        return zigZag(date.getYear()) << DAY_BITS | date.getMonthValue() << 5 | date.getDayOfMonth();
    }

    private void decimal(BigDecimal d) {
        if (d == null) {
            varint(0);
            return;
        }
        BigInteger unscaled = d.unscaledValue();
        if (unscaled.bitLength() < Long.SIZE) {
            varint(UNSCALED_LONG);
            varint(zigZag(d.scale()));
            varint(zigZag(unscaled.longValue()));
            return;
        }
        byte[] bytes = unscaled.toByteArray();
        varint(UNSCALED_BYTES);
        varint(zigZag(d.scale()));
        varint(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private static long zigZag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    /** Unsigned LEB128: seven bits a byte, low first. */
    private void varint(long v) {
        int p = position;
        if ((v & ~0x7FL) == 0 && p < buffer.length) {
            buffer[p] = (byte) v; // most tags, lengths and small numbers
            position = p + 1;
            return;
        }
        longVarint(v);
    }

    private void longVarint(long v) {
        ensure(10);
        byte[] b = buffer;
        int p = position;
        while ((v & ~0x7FL) != 0) {
            b[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        b[p++] = (byte) v;
        position = p;
    }

    private void ensure(int more) {
        if (position + more > buffer.length) {
            grow(more);
        }
    }

    private void grow(int more) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + more));
    }
}
