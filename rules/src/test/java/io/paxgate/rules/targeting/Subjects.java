package io.paxgate.rules.targeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random screening subjects over small value pools, so that rules fire often enough to compare. */
final class Subjects {
    static final String[] AIRPORTS = {"FRA", "JFK", "XXA", "XXB", "XXC", "XXD", "IST", "DXB", "CDG", "LHR", ""};
    static final String[] COUNTRIES = {"DEU", "FRA", "XXX", "XXY", "USA", "GBR", ""};
    static final String[] ROLES = {"passenger", "crew", "in_transit_passenger", "in_transit_crew"};
    static final String[] CARRIERS = {"LH", "AF", "KL", "XX", ""};
    static final String[] AGENCIES = {"12345675", "98765432", "11111111", ""};
    static final String[] OFFICES = {"XXA1S2100", "MOWXX0101", "FRAL12100", ""};
    static final String[] DOMAINS = {"mailinator.com", "example.com", "guerrillamail.com", ""};
    static final String[] SEATS = {"", "12A", "31F", "6F", "61F", "2C"};
    static final String[] FORMS = {"CA", "CC", "MS", "GR"};
    static final String[] OTHER = {"", "A", "B", "P", "I", "V", "M", "F", "X", "U", "CR1", "IN", "1A"};

    private Subjects() {
    }

    static ScreeningSubject random(long seed) {
        Random r = new Random(seed);
        ScreeningSubject.Builder b = ScreeningSubject.builder();
        for (SchemaField f : RuleSchema.fields()) {
            switch (f.type()) {
                case STRING -> b.set(f, pick(r, pool(f.name())));
                case INT -> b.set(f, intValue(r, f));
                case BOOL -> b.set(f, r.nextBoolean());
                case TIMESTAMP -> b.set(f, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(r.nextInt(90 * 24) * 3600L));
                case STRING_LIST -> {
                    List<String> l = new ArrayList<>();
                    int n = r.nextInt(5);
                    String[] pool = f.name().contains("payment") ? FORMS : AIRPORTS;
                    for (int i = 0; i < n; i++) {
                        l.add(pick(r, pool));
                    }
                    b.set(f, l);
                }
            }
        }
        return b.build();
    }

    private static long intValue(Random r, SchemaField f) {
        if (f == RuleSchema.TRAVELLER_DOCUMENT_EXPIRY_DAYS && r.nextInt(4) == 0) {
            return ScreeningSubject.UNKNOWN_EXPIRY;
        }
        int k = r.nextInt(20);
        if (k == 0) {
            return Long.MAX_VALUE - r.nextInt(3); // overflow paths
        }
        if (k == 1) {
            return -1;
        }
        return r.nextInt(k < 10 ? 10 : 70) - 2;
    }

    private static String[] pool(String field) {
        if (field.equals("flight.origin") || field.equals("flight.destination") || field.equals("flight.final_destination")
            || field.equals("traveller.embarkation") || field.equals("traveller.debarkation")) {
            return AIRPORTS;
        }
        if (field.contains("country") || field.contains("nationality")) {
            return COUNTRIES;
        }
        return switch (field) {
            case "traveller.role" -> ROLES;
            case "flight.carrier" -> CARRIERS;
            case "pnr.agency_iata" -> AGENCIES;
            case "pnr.agency_office" -> OFFICES;
            case "pnr.contact_email_domain" -> DOMAINS;
            case "traveller.seat" -> SEATS;
            default -> OTHER;
        };
    }

    private static String pick(Random r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }
}
