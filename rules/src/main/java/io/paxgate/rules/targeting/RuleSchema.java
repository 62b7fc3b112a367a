package io.paxgate.rules.targeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields a targeting rule can see: one traveller on one flight, with the PNR when known.
 * docs/rules-schema.md is the reference for analysts and must list every field here.
 *
 * <p>Absent data never becomes CEL null: a missing string is {@code ""}, a missing count is
 * {@code 0}, a missing age or lead time is {@code -1}, so every field keeps one static type and a
 * rule can be type-checked at load.
 *
 * <p>Nothing that reveals sensitive data (STANDARDS.md section 6: race or ethnicity, political
 * opinion, religion, trade union, health, sex life) is in the schema, nor names, addresses,
 * free text, SSR text, meal or medical codes: a rule cannot rest on what it cannot see.
 */
public final class RuleSchema {
    /** Words that must never appear in a field name (checked by the schema test). */
    public static final List<String> FORBIDDEN_WORDS = List.of(
        "name", "surname", "given", "religio", "ethnic", "race", "health", "medical", "meal",
        "ssr", "remark", "free_text", "address", "phone", "card", "union", "political", "birth_place");

    private static final List<SchemaField> FIELDS = new ArrayList<>();
    private static final Map<String, SchemaField> BY_NAME = new HashMap<>();
    private static final int[] SLOTS = new int[FieldType.values().length];

    // flight: PAXLST TDT/LOC/DTM or PNRGOV level-0 TVL
    public static final SchemaField FLIGHT_CARRIER = field("flight.carrier", FieldType.STRING,
        "Operating carrier code, e.g. \"LH\"; \"\" when absent.", "PAXLST TDT+20 carrier / PNRGOV TVL");
    public static final SchemaField FLIGHT_NUMBER = field("flight.number", FieldType.STRING,
        "Flight number without carrier, e.g. \"400\".", "PAXLST TDT+20 / PNRGOV TVL");
    public static final SchemaField FLIGHT_ORIGIN = field("flight.origin", FieldType.STRING,
        "Last departure airport before the reporting state (IATA code).", "PAXLST LOC+125 / TVL");
    public static final SchemaField FLIGHT_DESTINATION = field("flight.destination", FieldType.STRING,
        "First arrival airport in the reporting state.", "PAXLST LOC+87 / TVL");
    public static final SchemaField FLIGHT_FINAL_DESTINATION = field("flight.final_destination", FieldType.STRING,
        "Final destination of the flight (or the last leg's arrival).", "PAXLST LOC+130");
    public static final SchemaField FLIGHT_DEPARTURE = field("flight.departure", FieldType.TIMESTAMP,
        "Scheduled departure, local time of the airport read as UTC; epoch 0 when absent.", "PAXLST DTM+189 / TVL");
    public static final SchemaField FLIGHT_DEPARTURE_HOUR = field("flight.departure_hour", FieldType.INT,
        "Hour of departure 0-23 (local); -1 when absent.", "PAXLST DTM+189 / TVL");
    public static final SchemaField FLIGHT_ROUTE = field("flight.route", FieldType.STRING_LIST,
        "Airports of the flight in order: first departure, then every leg's arrival.", "PAXLST Gr3 LOC 125/92/87/130");
    public static final SchemaField FLIGHT_LEGS = field("flight.legs", FieldType.INT,
        "Number of legs (1 for a single-sector flight).", "PAXLST Gr3");
    public static final SchemaField FLIGHT_OVERFLIGHT = field("flight.overflight", FieldType.BOOL,
        "True for an overflight report (TDT+34).", "PAXLST TDT qualifier");
    public static final SchemaField FLIGHT_HOURS_TO_DEPARTURE = field("flight.hours_to_departure", FieldType.INT,
        "Whole hours from screening (the clock) to departure; negative after departure.", "DTM+189 and the screening clock");

    // traveller: PAXLST Gr4/Gr5 or PNRGOV TIF with SSR DOCS
    public static final SchemaField TRAVELLER_ROLE = field("traveller.role", FieldType.STRING,
        "\"passenger\", \"crew\", \"in_transit_passenger\" or \"in_transit_crew\".", "PAXLST NAD FL/FM/DDU/DDT; PNR travellers are passengers");
    public static final SchemaField TRAVELLER_CREW = field("traveller.crew", FieldType.BOOL,
        "True for crew and in-transit crew.", "PAXLST NAD FM/DDT");
    public static final SchemaField TRAVELLER_CREW_ROLE = field("traveller.crew_role", FieldType.STRING,
        "Crew function, e.g. \"CR1\" cockpit; \"\" for passengers.", "PAXLST EMP+1");
    public static final SchemaField TRAVELLER_PASSENGER_TYPE = field("traveller.passenger_type", FieldType.STRING,
        "\"A\" adult, \"C\" child, \"IN\" infant as sent; \"\" when absent.", "PNRGOV TIF");
    public static final SchemaField TRAVELLER_NATIONALITY = field("traveller.nationality", FieldType.STRING,
        "ICAO 3-letter nationality.", "PAXLST NAT+2 / SSR DOCS");
    public static final SchemaField TRAVELLER_SEX = field("traveller.sex", FieldType.STRING,
        "\"M\", \"F\", \"U\" or \"X\" as on the travel document.", "PAXLST ATT+2 / SSR DOCS");
    public static final SchemaField TRAVELLER_AGE = field("traveller.age", FieldType.INT,
        "Age in whole years on the departure date (or the screening date); -1 when the birth date is absent.", "PAXLST DTM+329 / SSR DOCS");
    public static final SchemaField TRAVELLER_BIRTH_YEAR = field("traveller.birth_year", FieldType.INT,
        "Year of birth; -1 when absent.", "PAXLST DTM+329 / SSR DOCS");
    public static final SchemaField TRAVELLER_RESIDENCE_COUNTRY = field("traveller.residence_country", FieldType.STRING,
        "Country of residence (ICAO code).", "PAXLST LOC+174 / SSR DOCA R");
    public static final SchemaField TRAVELLER_EMBARKATION = field("traveller.embarkation", FieldType.STRING,
        "Boarding airport of this traveller (defaults to flight.origin).", "PAXLST LOC+178");
    public static final SchemaField TRAVELLER_DEBARKATION = field("traveller.debarkation", FieldType.STRING,
        "Final airport of this traveller (defaults to flight.destination).", "PAXLST LOC+179");
    public static final SchemaField TRAVELLER_BAG_COUNT = field("traveller.bag_count", FieldType.INT,
        "Checked bags; 0 when absent.", "PAXLST MEA+CT / PNRGOV TBD");
    public static final SchemaField TRAVELLER_BAG_WEIGHT_KG = field("traveller.bag_weight_kg", FieldType.INT,
        "Checked bag weight in kg; 0 when absent.", "PAXLST MEA+WT / PNRGOV TBD");
    public static final SchemaField TRAVELLER_SEAT = field("traveller.seat", FieldType.STRING,
        "Seat, e.g. \"31A\"; \"\" when none.", "PAXLST RFF+SEA / PNRGOV SSR SEAT, SSD");
    public static final SchemaField TRAVELLER_VERIFIED = field("traveller.verified", FieldType.BOOL,
        "True only when the carrier verified the data (GEI+173).", "PAXLST GEI+4");
    public static final SchemaField TRAVELLER_FREQUENT_FLYER = field("traveller.frequent_flyer", FieldType.BOOL,
        "True when a frequent-flyer membership is given (not the number).", "PAXLST RFF+CR / PNR FTI, SSR FQTV");
    public static final SchemaField TRAVELLER_DOCUMENT_TYPE = field("traveller.document_type", FieldType.STRING,
        "Type of the main travel document (the passport if any, else the first): \"P\", \"I\" ...; \"\" when none.", "PAXLST DOC / SSR DOCS");
    public static final SchemaField TRAVELLER_DOCUMENT_COUNTRY = field("traveller.document_country", FieldType.STRING,
        "Issuing state of the main document (ICAO code).", "PAXLST LOC+91 / SSR DOCS");
    public static final SchemaField TRAVELLER_DOCUMENT_EXPIRY_DAYS = field("traveller.document_expiry_days", FieldType.INT,
        "Days from the departure date to the main document's expiry (negative: already expired); 99999 when unknown.", "PAXLST DTM+36 / SSR DOCS");
    public static final SchemaField TRAVELLER_HAS_VISA = field("traveller.has_visa", FieldType.BOOL,
        "True when a visa (document type V) is given.", "PAXLST DOC+V / SSR DOCO");
    public static final SchemaField TRAVELLER_DOCUMENT_COUNT = field("traveller.document_count", FieldType.INT,
        "Number of travel documents given.", "PAXLST Gr5 / SSR DOCS, DOCO");

    // pnr: PNRGOV Gr1 and below
    public static final SchemaField PNR_PRESENT = field("pnr.present", FieldType.BOOL,
        "True when a PNR is known for this traveller; every other pnr field is its absent value otherwise.", "PNRGOV SRC");
    public static final SchemaField PNR_BOOKING_LEAD_DAYS = field("pnr.booking_lead_days", FieldType.INT,
        "Days from booking creation to departure; -1 when unknown.", "PNRGOV RCI creation date vs TVL");
    public static final SchemaField PNR_TICKETING_LEAD_DAYS = field("pnr.ticketing_lead_days", FieldType.INT,
        "Days from ticket issue to departure; -1 when unknown.", "PNRGOV DAT+710 or TKT DAT");
    public static final SchemaField PNR_PAYMENT_FORMS = field("pnr.payment_forms", FieldType.STRING_LIST,
        "Forms of payment as sent, e.g. [\"CA\"] cash, [\"CC\"] card (no card data).", "PNRGOV Gr4 FOP");
    public static final SchemaField PNR_PAID_CASH = field("pnr.paid_cash", FieldType.BOOL,
        "True when any form of payment is cash (CA).", "PNRGOV FOP");
    public static final SchemaField PNR_PAYER_IS_TRAVELLER = field("pnr.payer_is_traveller", FieldType.BOOL,
        "False when a payer or sponsor is named and is not this traveller (compared inside the engine; names are not exposed). True when no payer is named.", "PNRGOV FOP IFT+4:43, Gr1 IFT+4:43");
    public static final SchemaField PNR_AGENCY_IATA = field("pnr.agency_iata", FieldType.STRING,
        "IATA/ARC number of the booking agency; \"\" for direct bookings.", "PNRGOV Gr1 ORG");
    public static final SchemaField PNR_AGENCY_OFFICE = field("pnr.agency_office", FieldType.STRING,
        "Agency office / pseudo city code.", "PNRGOV Gr1 ORG");
    public static final SchemaField PNR_AGENCY_COUNTRY = field("pnr.agency_country", FieldType.STRING,
        "Country of the booking originator.", "PNRGOV Gr1 ORG");
    public static final SchemaField PNR_BOOKING_SYSTEM = field("pnr.booking_system", FieldType.STRING,
        "Airline or reservation system that made the booking, e.g. \"1A\".", "PNRGOV Gr1 ORG");
    public static final SchemaField PNR_COMPANIONS = field("pnr.companions", FieldType.INT,
        "Other travellers in the same PNR (a count, never who).", "PNRGOV TIF");
    public static final SchemaField PNR_SPLIT = field("pnr.split", FieldType.BOOL,
        "True when the PNR was split from or into others.", "PNRGOV Gr8 EQN");
    public static final SchemaField PNR_ITINERARY = field("pnr.itinerary", FieldType.STRING_LIST,
        "Airports of the booked air itinerary in order (departure of each segment, then the last arrival).", "PNRGOV Gr5 TVL");
    public static final SchemaField PNR_SEGMENTS = field("pnr.segments", FieldType.INT,
        "Number of air segments.", "PNRGOV Gr5 TVL");
    public static final SchemaField PNR_ONE_WAY = field("pnr.one_way", FieldType.BOOL,
        "True when the itinerary does not come back to its first airport.", "PNRGOV Gr5 TVL");
    public static final SchemaField PNR_TRIP_DAYS = field("pnr.trip_days", FieldType.INT,
        "Days from flight departure to the last segment's departure (the return); -1 for one-way or unknown.", "PNRGOV Gr5 TVL");
    public static final SchemaField PNR_NON_AIR = field("pnr.non_air", FieldType.BOOL,
        "True when the PNR holds hotel, car or other non-air segments.", "PNRGOV Gr9 MSG");
    public static final SchemaField PNR_BAG_COUNT = field("pnr.bag_count", FieldType.INT,
        "Checked bags of the whole PNR.", "PNRGOV TBD");
    public static final SchemaField PNR_CHANGES = field("pnr.changes", FieldType.INT,
        "Number of history entries (changes) on the PNR.", "PNRGOV Gr10-12, LTS");
    public static final SchemaField PNR_CONTACT_EMAIL_DOMAIN = field("pnr.contact_email_domain", FieldType.STRING,
        "Domain of the first e-mail contact, lower case, e.g. \"example.com\" (never the address).", "PNRGOV SSR CTCE, PNR contacts");
    public static final SchemaField PNR_TICKETED = field("pnr.ticketed", FieldType.BOOL,
        "True when a ticket or ticketing date is present.", "PNRGOV TKT, DAT+710");

    /** Prefix of the named value lists of config/rules/lists.yaml, each declared as list(string). */
    public static final String LISTS_PREFIX = "lists.";

    private RuleSchema() {
    }

    private static SchemaField field(String name, FieldType type, String description, String source) {
        String leaf = name.substring(name.indexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (String word : FORBIDDEN_WORDS) {
            if (leaf.contains(word)) {
                throw new IllegalStateException("schema field " + name + " would expose " + word);
            }
        }
        SchemaField f = new SchemaField(name, type, SLOTS[type.ordinal()]++, FIELDS.size(), description, source);
        FIELDS.add(f);
        BY_NAME.put(name, f);
        return f;
    }

    /** Every field, in documentation order. */
    public static List<SchemaField> fields() {
        return Collections.unmodifiableList(FIELDS);
    }

    /** The field of that qualified name, or null. */
    public static SchemaField field(String name) {
        return BY_NAME.get(name);
    }

    /** How many fields of that type a subject holds. */
    static int slots(FieldType type) {
        return SLOTS[type.ordinal()];
    }
}
