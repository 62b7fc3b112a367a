package io.paxgate.rules.targeting;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The compiled, indexed evaluator gives exactly the hits of CEL's own interpreter. */
class CompiledRulesProperties {
    /** Constructs beyond the sample set: arithmetic with overflow, indexing, ternaries, strings, timestamps. */
    static final String[] EXTRA = {
        "pnr.booking_lead_days - pnr.ticketing_lead_days > 3",
        "traveller.bag_count * traveller.bag_weight_kg >= 100 || -traveller.age > 0",
        "size(flight.route) > 2 && flight.route[1] in lists.high_risk_routes",
        "flight.route[0] == flight.origin",
        "(traveller.crew ? traveller.bag_count : pnr.bag_count + 1) >= 3",
        "traveller.seat.startsWith('6') || traveller.seat.contains('F') || pnr.agency_office.endsWith('00')",
        "flight.departure > timestamp('2026-12-01T00:00:00Z') && flight.departure <= timestamp('2027-01-15T00:00:00Z')",
        "flight.departure.getDayOfWeek() == 5",
        "traveller.nationality in ['XXX', 'XXY'] && traveller.sex != 'U' && size(traveller.seat) == 3",
        "pnr.payment_forms == ['CA'] || 'GR' in pnr.payment_forms",
        "flight.origin == 'XXA' && pnr.itinerary.all(a, a != 'FRA')",
        "traveller.age in [18, 19, 20] && traveller.nationality == 'DEU'",
        "traveller.nationality > 'M'",
        "flight.origin in [] || (traveller.verified == pnr.paid_cash && traveller.role != 'crew')",
        "pnr.itinerary.exists(a, a.startsWith('X') && a != 'XXA') && flight.route.all(a, a in lists.high_risk_routes || a == 'FRA')",
        "pnr.itinerary.exists(a, a == flight.origin) || flight.route.exists(a, !(a in ['FRA', 'JFK']))",
        "flight.route.all(a, a.endsWith('A') || a.contains('X'))",
    };

    private static final RuleSet RULES = ruleSet();

    private static RuleSet ruleSet() {
        try {
            RuleSet sample = RuleSet.load(Path.of("../config/rules"), 1);
            List<Rule> rules = new ArrayList<>(sample.rules().values());
            for (int i = 0; i < EXTRA.length; i++) {
                rules.add(new Rule("X-" + i, "extra " + i, EXTRA[i], 1, null, true, null, null, List.of(), "extra", i + 1, i + 1, 1, false));
            }
            return RuleSet.of(rules, sample.lists(), 2);
        } catch (RuleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 1000)
    void compiledAndIndexedEqualsInterpreter(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int dayOffset) {
        ScreeningSubject s = Subjects.random(seed);
        LocalDate day = LocalDate.of(2026, 3, 1).plusDays(dayOffset);
        assertEquals(ids(RULES.evaluateWithInterpreter(s, day)), ids(RULES.evaluate(s, day)), s::toString);
    }

    static List<String> ids(List<RuleHit> hits) {
        return hits.stream().map(RuleHit::ruleId).toList();
    }
}
