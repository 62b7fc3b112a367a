package io.paxgate.rules.targeting;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.ItinerarySegment;
import io.paxgate.parsers.model.Originator;
import io.paxgate.parsers.model.Payment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.model.TravellerRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static Rule rule(String id, String expression) {
        return new Rule(id, "d " + id, expression, 3, 0.5, true, null, null, List.of(), "mem", 1, 1, 1, false);
    }

    private static RuleSet set(Map<String, List<String>> lists, Rule... rules) throws RuleLoadException {
        return RuleSet.of(List.of(rules), lists, 1);
    }

    @Test
    void sampleRuleSetLoadsAndEveryRuleCanFire() throws Exception {
        RuleSet sample = RuleSet.load(Path.of("../config/rules"), 1);
        assertTrue(sample.rules().size() >= 20, sample.toString());
        Set<String> fired = new HashSet<>();
        for (long seed = 0; seed < 20_000 && fired.size() < sample.rules().size() - 1; seed++) {
            for (RuleHit h : sample.evaluate(Subjects.random(seed), LocalDate.of(2026, 6, 15))) {
                fired.add(h.ruleId());
            }
        }
        Set<String> silent = new HashSet<>(sample.rules().keySet());
        silent.removeAll(fired);
        assertEquals(Set.of("API-010"), silent, "only the disabled rule never fires"); // API-010 is enabled: false
    }

    @Test
    void aTravellerFromTheModelHitsWithExplanation() throws Exception {
        RuleSet sample = RuleSet.load(Path.of("../config/rules"), 1);
        Flight flight = new Flight();
        flight.carrier = "XX";
        flight.number = "123";
        flight.departureAirport = "XXA";
        flight.arrivalAirport = "FRA";
        flight.departureTime = LocalDateTime.of(2026, 11, 24, 10, 0);
        Traveller t = new Traveller();
        t.role = TravellerRole.PASSENGER;
        t.surname = "DOE";
        t.nationality = "DEU";
        t.birthDate = LocalDate.of(1990, 1, 1);
        TravelDocument d = t.addDocument();
        d.type = "P";
        d.issuingCountry = "DEU";
        d.expiryDate = LocalDate.of(2030, 1, 1);
        Pnr pnr = new Pnr();
        pnr.bookingDate = LocalDateTime.of(2026, 11, 23, 9, 0);
        pnr.travellers.add(t);
        Payment cash = new Payment();
        cash.form = "CA";
        cash.payerName = "SMITH JOHN";
        pnr.payments = new ArrayList<>(List.of(cash));
        pnr.originator = new Originator();
        pnr.originator.travelAgentNumber = "12345675";
        ItinerarySegment seg = new ItinerarySegment();
        seg.departureAirport = "XXA";
        seg.arrivalAirport = "FRA";
        seg.departureTime = flight.departureTime;
        pnr.itinerary = new ArrayList<>(List.of(seg));

        ScreeningSubject s = ScreeningSubject.of(flight, t, pnr, Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        List<RuleHit> hits = sample.evaluate(s, DAY);
        List<String> ids = hits.stream().map(RuleHit::ruleId).toList();
        assertEquals(List.of("PNR-001", "PNR-002", "PNR-003"), ids);
        RuleHit first = hits.get(0);
        assertEquals(4, first.severity());
        assertEquals(0.7, first.weight());
        assertEquals("Last-minute cash booking on a route through a high-risk airport", first.description());
        assertEquals("[pnr.paid_cash=true, pnr.booking_lead_days=1, flight.origin=XXA]", first.explanation().toString());
        assertEquals(ids, sample.evaluateWithInterpreter(s, DAY).stream().map(RuleHit::ruleId).toList());
    }

    @Test
    void indexSkipsRulesWhoseIndexedFieldDoesNotMatch() throws Exception {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rules.add(rule("N" + i, "traveller.nationality == 'C" + i + "' && traveller.age > 1"));
        }
        rules.add(rule("L", "flight.origin in lists.hot && pnr.paid_cash"));
        rules.add(rule("ALWAYS", "traveller.age > 30 || traveller.nationality == 'C5'"));
        RuleSet set = RuleSet.of(rules, Map.of("hot", List.of("XXA", "XXB")), 1);
        assertEquals(101, set.indexedRules());
        assertEquals(1, set.unindexedRules());

        List<String> evaluated = new ArrayList<>();
        ScreeningSubject s = ScreeningSubject.builder().set("traveller.nationality", "C5").set("traveller.age", 40)
            .set("flight.origin", "XXB").set("pnr.paid_cash", true).build();
        List<RuleHit> hits = set.evaluate(s, DAY, (id, interpreted) -> evaluated.add(id));
        assertEquals(List.of("N5", "L", "ALWAYS"), evaluated);
        assertEquals(List.of("N5", "L", "ALWAYS"), hits.stream().map(RuleHit::ruleId).toList());

        evaluated.clear();
        set.evaluate(ScreeningSubject.builder().set("traveller.nationality", "ZZZ").build(), DAY, (id, interpreted) -> evaluated.add(id));
        assertEquals(List.of("ALWAYS"), evaluated);
    }

    @Test
    void validityWindowAndEnabledAreHonoured() throws Exception {
        Rule windowed = new Rule("W", "w", "true", 1, null, true, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
            List.of(), "mem", 1, 1, 1, false);
        Rule disabled = new Rule("D", "d", "true", 1, null, false, null, null, List.of(), "mem", 2, 2, 1, false);
        RuleSet set = set(Map.of(), windowed, disabled);
        ScreeningSubject s = ScreeningSubject.builder().build();
        assertEquals(List.of(), set.evaluate(s, LocalDate.of(2026, 5, 31)));
        assertEquals("W", set.evaluate(s, LocalDate.of(2026, 6, 1)).get(0).ruleId());
        assertEquals("W", set.evaluate(s, LocalDate.of(2026, 6, 30)).get(0).ruleId());
        assertEquals(List.of(), set.evaluate(s, LocalDate.of(2026, 7, 1)));
        assertTrue(set.rules().containsKey("D"), "a disabled rule is loaded and checked, only not run");
    }

    @Test
    void unsupportedConstructsFallBackToTheInterpreterAndAreReported() throws Exception {
        RuleSet set = set(Map.of("hot", List.of("XXA")),
            rule("C", "traveller.age > 20"),
            rule("F", "pnr.itinerary.exists(a, a == flight.origin)"));
        assertEquals(List.of("F"), set.fallbackRules());
        List<Boolean> interpreted = new ArrayList<>();
        ScreeningSubject s = ScreeningSubject.builder().set("traveller.age", 30).set("flight.origin", "XXA")
            .set("pnr.itinerary", List.of("FRA", "XXA")).build();
        List<RuleHit> hits = set.evaluate(s, DAY, (id, interp) -> interpreted.add(interp));
        assertEquals(List.of(false, true), interpreted);
        assertEquals(2, hits.size());
    }

    @Test
    void existsAndAllOverAListWithASimplePredicateAreCompiled() throws Exception {
        RuleSet set = set(Map.of("hot", List.of("XXA")),
            rule("E", "flight.route.exists(a, a in lists.hot)"),
            rule("A", "pnr.itinerary.all(a, a.startsWith('X') || a == 'FRA')"));
        assertEquals(List.of(), set.fallbackRules());
        ScreeningSubject s = ScreeningSubject.builder().set("flight.route", List.of("FRA", "XXA"))
            .set("pnr.itinerary", List.of("FRA", "XXB")).build();
        assertEquals(List.of("E", "A"), set.evaluate(s, DAY).stream().map(RuleHit::ruleId).toList());
    }

    @Test
    void overflowIsLeftToCelWhichDoesNotFire() throws Exception {
        RuleSet set = set(Map.of(), rule("O", "traveller.age + 1 > 0"));
        ScreeningSubject s = ScreeningSubject.builder().set("traveller.age", Long.MAX_VALUE).build();
        assertFalse(set.evaluateWithInterpreter(s, DAY).size() > 0);
        assertEquals(List.of(), set.evaluate(s, DAY));
    }
}
