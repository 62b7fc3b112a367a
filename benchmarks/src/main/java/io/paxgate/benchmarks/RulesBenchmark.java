package io.paxgate.benchmarks;

import io.paxgate.rules.targeting.Rule;
import io.paxgate.rules.targeting.RuleHit;
import io.paxgate.rules.targeting.RuleLoadException;
import io.paxgate.rules.targeting.RuleSet;
import io.paxgate.rules.targeting.ScreeningSubject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Targeting rules per traveller: 500 rules generated from 13 realistic templates over the rule
 * schema with varied constants, against 256 generated travellers. {@code compiled} is
 * {@link RuleSet#evaluate} (closures over the subject's slots plus the rule index, CEL's
 * interpreter for the rules it does not compile); {@code interpreter} is CEL's own
 * {@code Program.eval} on a Map activation built per traveller, every rule, same rule set, same
 * run ({@link RuleSet#evaluateWithInterpreter}). One op = one traveller against all 500 rules.
 * Setup checks that both give the same hits for every traveller.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class RulesBenchmark extends PaxgateBenchmark {
    public static final int RULES = 500;
    public static final int SUBJECTS = 256;
    private static final long SEED = 20261123L;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static final String[] COUNTRIES = {"DEU", "FRA", "GBR", "USA", "TUR", "RUS", "UKR", "AZE", "GEO", "ARM", "IRN", "IRQ",
        "SYR", "LBN", "EGY", "MAR", "DZA", "TUN", "NGA", "GHA", "KEN", "ETH", "SOM", "PAK", "AFG", "IND", "BGD", "CHN",
        "VNM", "THA", "BRA", "COL", "VEN", "MEX", "NLD", "BEL", "ITA", "ESP", "POL", "ROU"};
    static final String[] AIRPORTS = {"FRA", "MUC", "CDG", "LHR", "AMS", "IST", "SAW", "DXB", "DOH", "AUH", "CAI", "TUN",
        "ALG", "CMN", "LOS", "ACC", "NBO", "ADD", "KHI", "LHE", "ISB", "KBL", "DEL", "BOM", "DAC", "PEK", "PVG", "SGN",
        "BKK", "GRU", "BOG", "CCS", "MEX", "JFK", "IAD", "ORD", "GYD", "TBS", "EVN", "SVO", "KBP", "WAW", "OTP", "BCN",
        "MAD", "FCO", "BRU", "BEY", "AMM", "THR", "BGW", "DAM", "MCT", "JED", "RUH", "KWI", "BAH", "ESB", "ADB", "AYT"};
    static final String[] CARRIERS = {"LH", "AF", "BA", "TK", "EK", "QR", "KL", "LO", "PS", "J2", "A3", "MS"};
    static final String[] FORMS = {"CC", "CC", "CC", "CA", "MS", "GR"};
    static final String[] ROLES = {"passenger", "passenger", "passenger", "passenger", "passenger", "passenger",
        "in_transit_passenger", "crew"};

    private RuleSet rules;
    private ScreeningSubject[] subjects;

    @Setup(Level.Trial)
    public void setUp() throws RuleLoadException {
        Random r = new Random(SEED);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("high_risk_routes", sample(r, AIRPORTS, 8));
        lists.put("watched_offices", agencies(r, 30, "OFF"));
        lists.put("watched_agencies", agencies(r, 40, ""));
        rules = RuleSet.of(rules(r, RULES), lists, 1);
        subjects = new ScreeningSubject[SUBJECTS];
        for (int i = 0; i < SUBJECTS; i++) {
            subjects[i] = subject(r);
        }
        int hits = 0;
        for (ScreeningSubject s : subjects) {
            List<String> a = ids(rules.evaluate(s, DAY));
            List<String> b = ids(rules.evaluateWithInterpreter(s, DAY));
            if (!a.equals(b)) {
                throw new IllegalStateException("compiled " + a + " != interpreter " + b + " for " + s);
            }
            hits += a.size();
        }
        System.out.println("\n" + rules + "; hits over " + SUBJECTS + " travellers: " + hits
            + "; fallback to interpreter: " + rules.fallbackRules().size() + " rules");
    }

    private static List<String> ids(List<RuleHit> hits) {
        return hits.stream().map(RuleHit::ruleId).toList();
    }

    /** One traveller against all rules, with the compiled, indexed evaluator. */
    @Benchmark
    @OperationsPerInvocation(SUBJECTS)
    public void compiled(Blackhole bh) {
        for (ScreeningSubject s : subjects) {
            bh.consume(rules.evaluate(s, DAY));
        }
    }

    /** The same with CEL's interpreter: Map activation per traveller, Program.eval per rule. */
    @Benchmark
    @OperationsPerInvocation(SUBJECTS)
    public void interpreter(Blackhole bh) {
        for (ScreeningSubject s : subjects) {
            bh.consume(rules.evaluateWithInterpreter(s, DAY));
        }
    }

    static List<Rule> rules(Random r, int n) {
        List<Rule> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String c1 = pick(r, COUNTRIES);
            String c2 = pick(r, COUNTRIES);
            String a1 = pick(r, AIRPORTS);
            String e = switch (i % 13) {
                case 0 -> "traveller.nationality == '" + c1 + "' && pnr.paid_cash && pnr.booking_lead_days >= 0 && pnr.booking_lead_days <= " + r.nextInt(7);
                case 1 -> "flight.origin in ['" + a1 + "', '" + pick(r, AIRPORTS) + "', '" + pick(r, AIRPORTS)
                    + "'] && traveller.age >= 0 && traveller.age < " + (14 + r.nextInt(10)) + " && pnr.companions == 0";
                case 2 -> "pnr.agency_iata == '" + agency(r, "") + "' && !pnr.payer_is_traveller";
                case 3 -> "traveller.document_country == '" + c1 + "' && traveller.document_expiry_days < " + (r.nextInt(180) - 10);
                case 4 -> "flight.destination == '" + a1 + "' && pnr.one_way && pnr.bag_count == 0 && traveller.role == 'passenger'";
                case 5 -> "pnr.agency_office in lists.watched_offices && pnr.ticketing_lead_days >= 0 && pnr.ticketing_lead_days <= " + r.nextInt(5);
                case 6 -> "traveller.residence_country == '" + c1 + "' && traveller.nationality != '" + c2 + "' && !traveller.has_visa";
                case 7 -> "traveller.embarkation in lists.high_risk_routes && pnr.companions == 0 && pnr.booking_lead_days >= 0 && pnr.booking_lead_days < " + (1 + r.nextInt(10));
                case 8 -> "pnr.changes > " + (5 + r.nextInt(20)) + " && pnr.booking_lead_days >= 0 && pnr.booking_lead_days <= " + r.nextInt(5);
                case 9 -> "traveller.bag_weight_kg > " + (40 + r.nextInt(60)) + " && pnr.one_way && (pnr.paid_cash || 'MS' in pnr.payment_forms)";
                case 10 -> "pnr.trip_days >= 0 && traveller.document_expiry_days < pnr.trip_days + " + r.nextInt(30)
                    + " && traveller.nationality == '" + c1 + "'";
                case 11 -> "flight.carrier == '" + pick(r, CARRIERS) + "' && traveller.crew && !traveller.verified && flight.origin == '" + a1 + "'";
                default -> "traveller.nationality == '" + c1 + "' && pnr.itinerary.exists(a, a in lists.high_risk_routes)";
            };
            out.add(new Rule(String.format("G%03d", i), "generated " + (i % 13), e, 1 + r.nextInt(5), null, true, null, null,
                List.of(), "generated", i + 1, i + 1, 1, false));
        }
        return out;
    }

    static ScreeningSubject subject(Random r) {
        ScreeningSubject.Builder b = ScreeningSubject.builder();
        String origin = pick(r, AIRPORTS);
        String destination = pick(r, AIRPORTS);
        b.set("flight.carrier", pick(r, CARRIERS)).set("flight.number", Integer.toString(100 + r.nextInt(900)))
            .set("flight.origin", origin).set("flight.destination", destination).set("flight.final_destination", destination)
            .set("flight.departure", Instant.parse("2026-11-24T10:00:00Z")).set("flight.departure_hour", r.nextInt(24))
            .set("flight.route", List.of(origin, destination)).set("flight.legs", 1).set("flight.hours_to_departure", r.nextInt(48));
        String role = pick(r, ROLES);
        String nationality = pick(r, COUNTRIES);
        b.set("traveller.role", role).set("traveller.crew", role.equals("crew"))
            .set("traveller.nationality", nationality).set("traveller.sex", r.nextBoolean() ? "M" : "F")
            .set("traveller.age", r.nextInt(80)).set("traveller.birth_year", 1946 + r.nextInt(80))
            .set("traveller.residence_country", r.nextInt(4) == 0 ? pick(r, COUNTRIES) : nationality)
            .set("traveller.embarkation", r.nextInt(5) == 0 ? pick(r, AIRPORTS) : origin).set("traveller.debarkation", destination)
            .set("traveller.bag_count", r.nextInt(3)).set("traveller.bag_weight_kg", r.nextInt(70))
            .set("traveller.seat", (1 + r.nextInt(40)) + "ABCDEF".substring(r.nextInt(6)).substring(0, 1))
            .set("traveller.verified", r.nextInt(10) > 0).set("traveller.document_type", "P")
            .set("traveller.document_country", r.nextInt(10) == 0 ? pick(r, COUNTRIES) : nationality)
            .set("traveller.document_expiry_days", r.nextInt(3000) - 30).set("traveller.has_visa", r.nextInt(3) == 0)
            .set("traveller.document_count", 1 + r.nextInt(2));
        if (r.nextInt(10) < 8) {
            List<String> forms = new ArrayList<>(List.of(pick(r, FORMS)));
            boolean oneWay = r.nextInt(4) == 0;
            b.set("pnr.present", true).set("pnr.booking_lead_days", r.nextInt(90)).set("pnr.ticketing_lead_days", r.nextInt(30))
                .set("pnr.payment_forms", forms).set("pnr.paid_cash", forms.contains("CA"))
                .set("pnr.payer_is_traveller", r.nextInt(6) > 0).set("pnr.agency_iata", agency(r, ""))
                .set("pnr.agency_office", agency(r, "OFF")).set("pnr.agency_country", pick(r, COUNTRIES))
                .set("pnr.companions", r.nextInt(3) == 0 ? 0 : r.nextInt(5)).set("pnr.split", r.nextInt(20) == 0)
                .set("pnr.itinerary", oneWay ? List.of(origin, destination) : List.of(origin, destination, origin))
                .set("pnr.segments", oneWay ? 1 : 2).set("pnr.one_way", oneWay).set("pnr.trip_days", oneWay ? -1 : r.nextInt(30))
                .set("pnr.bag_count", r.nextInt(4)).set("pnr.changes", r.nextInt(15)).set("pnr.ticketed", true)
                .set("pnr.contact_email_domain", "example.com");
        }
        return b.build();
    }

    private static String agency(Random r, String prefix) {
        return prefix + (10_000_000 + r.nextInt(200));
    }

    private static List<String> agencies(Random r, int n, String prefix) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(agency(r, prefix));
        }
        return l;
    }

    private static List<String> sample(Random r, String[] pool, int n) {
        List<String> l = new ArrayList<>();
        while (l.size() < n) {
            String s = pick(r, pool);
            if (!l.contains(s)) {
                l.add(s);
            }
        }
        return l;
    }

    private static String pick(Random r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }
}
