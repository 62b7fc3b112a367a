package io.paxgate.engine.synth;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlantsTest {
    static final Plants SHIPPED = TrafficGeneratorTest.SHIPPED;

    @Test
    void listedPeopleComeFromEveryPersonListWithABirthDate() {
        Set<String> lists = new java.util.HashSet<>();
        for (Plants.ListedPerson p : SHIPPED.people()) {
            lists.add(p.list());
            assertNotNull(p.birthFrom(), p.toString());
            assertTrue(p.surname().matches("[A-Z' -]+") && p.givenNames().matches("[A-Z' -]+"), p.toString());
        }
        assertEquals(Set.of("un-sc", "opensanctions", "national"), lists);
    }

    @Test
    void aListGivingOnlyTheFullNameIsReadSurnameLast() {
        Plants.ListedPerson p = SHIPPED.people().stream().filter(x -> x.list().equals("opensanctions")).findFirst()
                .orElseThrow();
        assertEquals("MAMMADOV", p.surname());
        assertEquals("RASHAD", p.givenNames());
        assertEquals("AZE", p.nationality());
    }

    @Test
    void documentsAreTheListsNormalisedPassportKeys() {
        for (Plants.ListedDocument d : SHIPPED.documents()) {
            assertEquals("sltd", d.list());
            assertEquals('P', d.type());
            assertTrue(d.number().matches("[A-Z0-9]+"), d.number());
            assertEquals(3, d.issuingCountry().length());
        }
    }

    @Test
    void rulesAreOnlyThoseTheGeneratorCanMeet() {
        for (Plants.RulePlant r : SHIPPED.rules()) {
            assertTrue(Plants.RULE_RECIPES.contains(r.ruleId()), r.ruleId());
            assertEquals("rule:" + r.ruleId(), r.expected());
        }
    }

    @Test
    void expectedNamesTheListAndEntry() {
        Plants.ListedPerson p = SHIPPED.people().get(0);
        assertEquals("list:" + p.list() + ":" + p.entryId(), p.expected());
    }

    @Test
    void noneIsEmpty() {
        assertTrue(Plants.none().isEmpty());
        assertFalse(SHIPPED.isEmpty());
    }

    static java.util.List<String> highRiskRoutes() {
        return SHIPPED.rules().stream().filter(r -> r.ruleId().equals("PNR-001")).findFirst().orElseThrow()
                .values().get("high_risk_routes");
    }

    @Test
    void pnrRulesArePlantedOnlyOnFlightsWithAPnrPushFromTheRightOrigin() {
        for (long seed = 1; seed <= 5; seed++) {
            for (SyntheticFlight f : TrafficGeneratorTest.day(seed)) {
                for (PlantedHit h : f.planted()) {
                    if (h.expected().startsWith("rule:PNR")) {
                        assertFalse(f.pnrgov().isEmpty(), h.toString());
                    }
                    if (h.expected().equals("rule:PNR-001")) {
                        assertTrue(highRiskRoutes().contains(f.from()), f.from());
                    }
                }
            }
        }
    }
}
