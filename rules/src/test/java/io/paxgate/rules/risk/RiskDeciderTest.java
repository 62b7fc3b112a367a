package io.paxgate.rules.risk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskDeciderTest {
    private final RiskDecider decider = new RiskDecider(RiskPolicy.DEFAULT);

    static Hit name(double score, int severity) {
        return new Hit(Hit.Kind.NAME_LIST, "un-sc", "QDi.1", score, severity, 1.0, "name " + score, "");
    }

    static Hit rule(String id, double weight, int severity) {
        return new Hit(Hit.Kind.RULE, id, id, 1.0, severity, weight, "rule " + id, "");
    }

    @Test
    void noHitsIsClear() {
        assertEquals(Decision.CLEAR, decider.assess(List.of()).decision());
    }

    @Test
    void aStrongNameHitOnASevereListIsDoNotBoard() {
        RiskAssessment a = decider.assess(List.of(name(0.95, 5)));
        assertEquals(Decision.DO_NOT_BOARD, a.decision());
        assertEquals(0.95, a.score(), 1e-9);
    }

    @Test
    void aWeakRuleAloneStaysClear() {
        assertEquals(Decision.CLEAR, decider.assess(List.of(rule("r1", 0.3, 3))).decision());
    }

    @Test
    void twoMediumHitsTogetherAreReferredThoughNeitherAloneWouldBe() {
        Hit a = rule("cash_last_minute", 0.45, 4);
        Hit b = rule("high_risk_route", 0.45, 4);
        assertEquals(Decision.CLEAR, decider.assess(List.of(a)).decision());
        assertEquals(Decision.CLEAR, decider.assess(List.of(b)).decision());
        assertEquals(Decision.REFER, decider.assess(List.of(a, b)).decision());
    }

    @Test
    void anyDocumentListHitIsAtLeastTheConfiguredDecision() {
        Hit doc = new Hit(Hit.Kind.DOCUMENT_LIST, "sltd", "AZE|P|C123", 1.0, 1, 0.1, "stolen passport", "");
        assertEquals(Decision.REFER, decider.assess(List.of(doc)).decision());
        RiskDecider strict = new RiskDecider(new RiskPolicy(0.5, 0.9, Decision.DO_NOT_BOARD));
        assertEquals(Decision.DO_NOT_BOARD, strict.assess(List.of(doc)).decision());
    }

    @Test
    void reasonsComeStrongestFirst() {
        RiskAssessment a = decider.assess(List.of(rule("weak", 0.2, 2), name(0.9, 5)));
        assertEquals("name 0.9", a.reasons().get(0));
        assertTrue(a.score() < 1.0);
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RiskPolicy(0.9, 0.5, Decision.REFER));
    }
}
