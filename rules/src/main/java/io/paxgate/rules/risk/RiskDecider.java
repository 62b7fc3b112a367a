package io.paxgate.rules.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines a traveller's hits into one score and a decision. Each hit contributes
 * {@code score x weight x severityFactor}; independent hits add up as probabilities do
 * ({@code 1 - product(1 - c)}), so two medium hits outweigh one, and no number of weak hits
 * reaches certainty. Thread-safe; immutable.
 */
public final class RiskDecider {
    private final RiskPolicy policy;

    public RiskDecider(RiskPolicy policy) {
        this.policy = policy;
    }

    public RiskPolicy policy() {
        return policy;
    }

    public static double contribution(Hit h) {
        return h.score() * h.weight() * RiskPolicy.severityFactor(h.severity());
    }

    public RiskAssessment assess(List<Hit> hits) {
        if (hits.isEmpty()) {
            return RiskAssessment.CLEAR;
        }
        double clear = 1.0;
        boolean documentHit = false;
        for (Hit h : hits) {
            clear *= 1.0 - contribution(h);
            documentHit |= h.kind() == Hit.Kind.DOCUMENT_LIST;
        }
        double score = 1.0 - clear;
        Decision d = score >= policy.doNotBoardAt() ? Decision.DO_NOT_BOARD
                : score >= policy.referAt() ? Decision.REFER : Decision.CLEAR;
        if (documentHit && policy.documentHitDecision().compareTo(d) > 0) {
            d = policy.documentHitDecision();
        }
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingDouble(RiskDecider::contribution).reversed());
        List<String> reasons = new ArrayList<>(sorted.size());
        for (Hit h : sorted) {
            reasons.add(h.summary());
        }
        return new RiskAssessment(score, d, List.copyOf(sorted), List.copyOf(reasons));
    }
}
