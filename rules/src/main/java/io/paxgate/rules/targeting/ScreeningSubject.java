package io.paxgate.rules.targeting;

import io.paxgate.parsers.model.Bag;
import io.paxgate.parsers.model.Contact;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.FlightLeg;
import io.paxgate.parsers.model.ItinerarySegment;
import io.paxgate.parsers.model.Payment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.SeatAssignment;
import io.paxgate.parsers.model.Ticket;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One traveller in context, as the rules see it: a flat typed record of the {@link RuleSchema}
 * fields, filled once per traveller and read by compiled rules by slot, without a map.
 * Built from a parsers {@link Flight} and {@link Traveller}, the {@link Pnr} when known, and a clock.
 */
public final class ScreeningSubject {
    private static final Instant NO_TIME = Instant.EPOCH;
    static final long UNKNOWN_EXPIRY = 99_999;

    // Every field at its absent value, copied into each new subject (one per traveller screened).
    private static final String[] ABSENT_STRINGS = new String[RuleSchema.slots(FieldType.STRING)];
    private static final long[] ABSENT_INTS = new long[RuleSchema.slots(FieldType.INT)];
    private static final Instant[] ABSENT_TIMES = new Instant[RuleSchema.slots(FieldType.TIMESTAMP)];
    private static final List<?>[] ABSENT_LISTS = new List<?>[RuleSchema.slots(FieldType.STRING_LIST)];

    static {
        Arrays.fill(ABSENT_STRINGS, "");
        Arrays.fill(ABSENT_TIMES, NO_TIME);
        Arrays.fill(ABSENT_LISTS, List.of());
        for (SchemaField f : RuleSchema.fields()) {
            if (f.type() == FieldType.INT) {
                ABSENT_INTS[f.slot()] = defaultInt(f);
            }
        }
    }

    final String[] strings = ABSENT_STRINGS.clone();
    final long[] ints = ABSENT_INTS.clone();
    final boolean[] bools = new boolean[RuleSchema.slots(FieldType.BOOL)];
    final Instant[] times = ABSENT_TIMES.clone();
    final List<?>[] lists = ABSENT_LISTS.clone();

    private ScreeningSubject() {
    }

    private static long defaultInt(SchemaField f) {
        if (f == RuleSchema.TRAVELLER_DOCUMENT_EXPIRY_DAYS) {
            return UNKNOWN_EXPIRY;
        }
        if (f == RuleSchema.TRAVELLER_AGE || f == RuleSchema.TRAVELLER_BIRTH_YEAR
            || f == RuleSchema.FLIGHT_DEPARTURE_HOUR || f == RuleSchema.PNR_BOOKING_LEAD_DAYS
            || f == RuleSchema.PNR_TICKETING_LEAD_DAYS || f == RuleSchema.PNR_TRIP_DAYS) {
            return -1;
        }
        return 0;
    }

    /** A subject with every field at its absent value; fill it with {@link Builder#set}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The subject for {@code traveller} on {@code flight}; {@code pnr} may be null (API only).
     * Names in the PNR are read only to decide {@code pnr.payer_is_traveller}; they never reach a rule.
     */
    public static ScreeningSubject of(Flight flight, Traveller traveller, Pnr pnr, Clock clock) {
        Builder b = new Builder();
        LocalDateTime departure = flight == null ? null : flight.departureTime;
        LocalDate day = departure != null ? departure.toLocalDate() : LocalDate.now(clock);
        if (flight != null) {
            b.set(RuleSchema.FLIGHT_CARRIER, flight.carrier);
            b.set(RuleSchema.FLIGHT_NUMBER, flight.number);
            b.set(RuleSchema.FLIGHT_ORIGIN, flight.departureAirport);
            b.set(RuleSchema.FLIGHT_DESTINATION, flight.arrivalAirport);
            String finalDestination = flight.finalDestination;
            List<String> route = new ArrayList<>(4);
            if (flight.legs != null && !flight.legs.isEmpty()) {
                addAirport(route, flight.legs.get(0).departureAirport);
                for (FlightLeg leg : flight.legs) {
                    addAirport(route, leg.arrivalAirport);
                }
                b.set(RuleSchema.FLIGHT_LEGS, flight.legs.size());
                if (finalDestination == null) {
                    finalDestination = flight.legs.get(flight.legs.size() - 1).arrivalAirport;
                }
            } else {
                addAirport(route, flight.departureAirport);
                addAirport(route, flight.arrivalAirport);
                b.set(RuleSchema.FLIGHT_LEGS, 1);
            }
            addAirport(route, finalDestination);
            b.set(RuleSchema.FLIGHT_ROUTE, route);
            b.set(RuleSchema.FLIGHT_FINAL_DESTINATION, finalDestination != null ? finalDestination : flight.arrivalAirport);
            b.set(RuleSchema.FLIGHT_OVERFLIGHT, "34".equals(flight.transportStage));
            if (departure != null) {
                Instant dep = departure.toInstant(ZoneOffset.UTC);
                b.set(RuleSchema.FLIGHT_DEPARTURE, dep);
                b.set(RuleSchema.FLIGHT_DEPARTURE_HOUR, departure.getHour());
                b.set(RuleSchema.FLIGHT_HOURS_TO_DEPARTURE, ChronoUnit.HOURS.between(clock.instant(), dep));
            }
        }
        if (traveller != null) {
            fillTraveller(b, flight, traveller, day);
        }
        if (pnr != null) {
            fillPnr(b, pnr, traveller, departure);
        }
        return b.build();
    }

    private static void fillTraveller(Builder b, Flight flight, Traveller t, LocalDate day) {
        b.set(RuleSchema.TRAVELLER_ROLE, t.role == null ? "passenger" : t.role.json());
        b.set(RuleSchema.TRAVELLER_CREW, t.role != null && t.role.isCrew());
        b.set(RuleSchema.TRAVELLER_CREW_ROLE, t.crewRole);
        b.set(RuleSchema.TRAVELLER_PASSENGER_TYPE, t.passengerType);
        b.set(RuleSchema.TRAVELLER_NATIONALITY, t.nationality);
        b.set(RuleSchema.TRAVELLER_SEX, t.sex);
        if (t.birthDate != null) {
            b.set(RuleSchema.TRAVELLER_BIRTH_YEAR, t.birthDate.getYear());
            b.set(RuleSchema.TRAVELLER_AGE, Math.max(0, ChronoUnit.YEARS.between(t.birthDate, day)));
        }
        b.set(RuleSchema.TRAVELLER_RESIDENCE_COUNTRY, t.residenceCountry);
        b.set(RuleSchema.TRAVELLER_EMBARKATION, t.embarkationAirport != null ? t.embarkationAirport
            : flight == null ? null : flight.departureAirport);
        b.set(RuleSchema.TRAVELLER_DEBARKATION, t.debarkationAirport != null ? t.debarkationAirport
            : flight == null ? null : flight.arrivalAirport);
        if (t.bagCount != null) {
            b.set(RuleSchema.TRAVELLER_BAG_COUNT, t.bagCount);
        }
        if (t.bagWeightKg != null) {
            b.set(RuleSchema.TRAVELLER_BAG_WEIGHT_KG, t.bagWeightKg);
        }
        b.set(RuleSchema.TRAVELLER_SEAT, t.seat);
        b.set(RuleSchema.TRAVELLER_VERIFIED, Boolean.TRUE.equals(t.verified));
        b.set(RuleSchema.TRAVELLER_FREQUENT_FLYER, t.frequentFlyers != null && !t.frequentFlyers.isEmpty());
        if (t.documents != null && !t.documents.isEmpty()) {
            b.set(RuleSchema.TRAVELLER_DOCUMENT_COUNT, t.documents.size());
            TravelDocument main = t.document("P");
            b.set(RuleSchema.TRAVELLER_DOCUMENT_TYPE, main.type);
            b.set(RuleSchema.TRAVELLER_DOCUMENT_COUNTRY, main.issuingCountry);
            if (main.expiryDate != null) {
                b.set(RuleSchema.TRAVELLER_DOCUMENT_EXPIRY_DAYS, ChronoUnit.DAYS.between(day, main.expiryDate));
            }
            boolean visa = false;
            for (TravelDocument d : t.documents) {
                visa |= "V".equals(d.type);
            }
            b.set(RuleSchema.TRAVELLER_HAS_VISA, visa);
        }
    }

    private static void fillPnr(Builder b, Pnr pnr, Traveller traveller, LocalDateTime departure) {
        b.set(RuleSchema.PNR_PRESENT, true);
        if (departure != null && pnr.bookingDate != null) {
            b.set(RuleSchema.PNR_BOOKING_LEAD_DAYS, Math.max(0, ChronoUnit.DAYS.between(pnr.bookingDate, departure)));
        }
        LocalDateTime ticketed = pnr.ticketingDate;
        if (ticketed == null && pnr.tickets != null) {
            for (Ticket tk : pnr.tickets) {
                if (tk.issueDate != null && (ticketed == null || tk.issueDate.isBefore(ticketed))) {
                    ticketed = tk.issueDate;
                }
            }
        }
        b.set(RuleSchema.PNR_TICKETED, ticketed != null || (pnr.tickets != null && !pnr.tickets.isEmpty()));
        if (departure != null && ticketed != null) {
            b.set(RuleSchema.PNR_TICKETING_LEAD_DAYS, Math.max(0, ChronoUnit.DAYS.between(ticketed, departure)));
        }
        List<String> forms = new ArrayList<>(2);
        boolean cash = false;
        boolean payerIsTraveller = true;
        String surname = traveller == null || traveller.surname == null ? null : traveller.surname.toUpperCase(Locale.ROOT);
        if (pnr.payments != null) {
            for (Payment p : pnr.payments) {
                if (p.form != null && !forms.contains(p.form)) {
                    forms.add(p.form);
                }
                cash |= "CA".equals(p.form);
                payerIsTraveller &= isTraveller(p.payerName, surname);
            }
        }
        payerIsTraveller &= isTraveller(pnr.sponsorName, surname);
        b.set(RuleSchema.PNR_PAYMENT_FORMS, forms);
        b.set(RuleSchema.PNR_PAID_CASH, cash);
        b.set(RuleSchema.PNR_PAYER_IS_TRAVELLER, payerIsTraveller);
        if (pnr.originator != null) {
            b.set(RuleSchema.PNR_AGENCY_IATA, pnr.originator.travelAgentNumber);
            b.set(RuleSchema.PNR_AGENCY_OFFICE, pnr.originator.agencyOffice);
            b.set(RuleSchema.PNR_AGENCY_COUNTRY, pnr.originator.country);
            b.set(RuleSchema.PNR_BOOKING_SYSTEM, pnr.originator.system);
        }
        int travellers = pnr.travellers == null ? 0 : pnr.travellers.size();
        b.set(RuleSchema.PNR_COMPANIONS, Math.max(0, travellers - 1));
        b.set(RuleSchema.PNR_SPLIT, (pnr.splitPnrCount != null && pnr.splitPnrCount > 0)
            || (pnr.splitLocators != null && !pnr.splitLocators.isEmpty()));
        List<String> itinerary = new ArrayList<>(4);
        if (pnr.itinerary != null && !pnr.itinerary.isEmpty()) {
            for (ItinerarySegment s : pnr.itinerary) {
                addAirport(itinerary, s.departureAirport);
            }
            ItinerarySegment first = pnr.itinerary.get(0);
            ItinerarySegment last = pnr.itinerary.get(pnr.itinerary.size() - 1);
            addAirport(itinerary, last.arrivalAirport);
            boolean oneWay = last.arrivalAirport == null || !last.arrivalAirport.equals(first.departureAirport);
            b.set(RuleSchema.PNR_ONE_WAY, oneWay);
            if (!oneWay && departure != null && last.departureTime != null) {
                b.set(RuleSchema.PNR_TRIP_DAYS, Math.max(0, ChronoUnit.DAYS.between(departure.toLocalDate(), last.departureTime.toLocalDate())));
            }
            if (traveller != null && traveller.seat == null) {
                b.set(RuleSchema.TRAVELLER_SEAT, seatOf(pnr.itinerary, traveller.reference));
            }
        }
        b.set(RuleSchema.PNR_ITINERARY, itinerary);
        b.set(RuleSchema.PNR_SEGMENTS, pnr.itinerary == null ? 0 : pnr.itinerary.size());
        b.set(RuleSchema.PNR_NON_AIR, pnr.nonAir != null && !pnr.nonAir.isEmpty());
        int bags = 0;
        int travellerBags = 0;
        int travellerKg = 0;
        if (pnr.bags != null) {
            for (Bag bag : pnr.bags) {
                int n = bag.count == null ? 0 : bag.count;
                bags += n;
                if (traveller != null && traveller.reference != null && traveller.reference.equals(bag.travellerReference)) {
                    travellerBags += n;
                    travellerKg += bag.weightKg == null ? 0 : bag.weightKg;
                }
            }
        }
        b.set(RuleSchema.PNR_BAG_COUNT, bags);
        if (traveller != null && traveller.bagCount == null && travellerBags > 0) {
            b.set(RuleSchema.TRAVELLER_BAG_COUNT, travellerBags);
            b.set(RuleSchema.TRAVELLER_BAG_WEIGHT_KG, travellerKg);
        }
        b.set(RuleSchema.PNR_CHANGES, pnr.history == null ? 0 : pnr.history.size());
        b.set(RuleSchema.PNR_CONTACT_EMAIL_DOMAIN, emailDomain(pnr.contacts, traveller));
    }

    private static boolean isTraveller(String payerName, String surname) {
        if (payerName == null || payerName.isBlank()) {
            return true;
        }
        return surname != null && payerName.toUpperCase(Locale.ROOT).contains(surname);
    }

    private static String seatOf(List<ItinerarySegment> itinerary, String reference) {
        if (reference == null) {
            return null;
        }
        for (ItinerarySegment s : itinerary) {
            if (s.seats != null) {
                for (SeatAssignment a : s.seats) {
                    if (reference.equals(a.travellerReference)) {
                        return a.seat;
                    }
                }
            }
        }
        return null;
    }

    private static String emailDomain(List<Contact> pnrContacts, Traveller traveller) {
        String domain = emailDomain(traveller == null ? null : traveller.contacts);
        return domain != null ? domain : emailDomain(pnrContacts);
    }

    private static String emailDomain(List<Contact> contacts) {
        if (contacts != null) {
            for (Contact c : contacts) {
                if (c.value != null && ("email".equals(c.type) || c.value.indexOf('@') > 0)) {
                    int at = c.value.lastIndexOf('@');
                    if (at >= 0) {
                        return c.value.substring(at + 1).trim().toLowerCase(Locale.ROOT);
                    }
                }
            }
        }
        return null;
    }

    private static void addAirport(List<String> route, String airport) {
        if (airport != null && !airport.isEmpty() && (route.isEmpty() || !route.get(route.size() - 1).equals(airport))) {
            route.add(airport);
        }
    }

    /** The value of a field as CEL sees it: String, Long, Boolean, Instant or List&lt;String&gt;. */
    public Object value(SchemaField f) {
        switch (f.type()) {
            case STRING: return strings[f.slot()];
            case INT: return ints[f.slot()];
            case BOOL: return bools[f.slot()];
            case TIMESTAMP: return times[f.slot()];
            default: return lists[f.slot()];
        }
    }

    /**
     * A CEL activation for the interpreter: every schema field by qualified name, plus the named
     * lists. Built per call; the compiled path never needs it.
     */
    public Map<String, Object> toActivation(Map<String, List<String>> namedLists) {
        Map<String, Object> m = new HashMap<>(RuleSchema.fields().size() * 2 + namedLists.size() * 2);
        for (SchemaField f : RuleSchema.fields()) {
            m.put(f.name(), value(f));
        }
        for (Map.Entry<String, List<String>> e : namedLists.entrySet()) {
            m.put(RuleSchema.LISTS_PREFIX + e.getKey(), e.getValue());
        }
        return m;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ScreeningSubject{");
        for (SchemaField f : RuleSchema.fields()) {
            sb.append(f.name()).append('=').append(value(f)).append(", ");
        }
        return sb.append('}').toString();
    }

    /** Fills a subject field by field; absent (null) values keep the field's absent value. */
    public static final class Builder {
        private final ScreeningSubject s = new ScreeningSubject();

        public Builder set(SchemaField f, Object value) {
            if (value == null) {
                return this;
            }
            switch (f.type()) {
                case STRING -> s.strings[f.slot()] = (String) value;
                case INT -> s.ints[f.slot()] = ((Number) value).longValue();
                case BOOL -> s.bools[f.slot()] = (Boolean) value;
                case TIMESTAMP -> s.times[f.slot()] = (Instant) value;
                case STRING_LIST -> s.lists[f.slot()] = List.copyOf((List<?>) value);
            }
            return this;
        }

        public Builder set(String field, Object value) {
            SchemaField f = RuleSchema.field(field);
            if (f == null) {
                throw new IllegalArgumentException("no schema field " + field);
            }
            return set(f, value);
        }

        public ScreeningSubject build() {
            return s;
        }
    }
}
