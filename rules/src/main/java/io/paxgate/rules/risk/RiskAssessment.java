package io.paxgate.rules.risk;

import java.util.List;

/**
 * The combined view of a traveller's hits.
 *
 * @param score    combined risk 0..1
 * @param decision what the policy makes of it
 * @param hits     the hits, strongest contribution first
 * @param reasons  one line per hit, in the same order, for the alert and the iAPI text
 */
public record RiskAssessment(double score, Decision decision, List<Hit> hits, List<String> reasons) {
    public static final RiskAssessment CLEAR = new RiskAssessment(0, Decision.CLEAR, List.of(), List.of());

    public boolean isClear() {
        return decision == Decision.CLEAR;
    }
}
