package io.paxgate.rules.risk;

/**
 * Thresholds that turn hits into a decision, from config ({@code risk:} in paxgate.yaml).
 *
 * @param referAt              combined score from which an officer must look (REFER)
 * @param doNotBoardAt         combined score from which the answer is DO_NOT_BOARD
 * @param documentHitDecision  the least decision for any document list hit (a lost or stolen
 *                             passport is not a matter of degree)
 */
public record RiskPolicy(double referAt, double doNotBoardAt, Decision documentHitDecision) {
    public static final RiskPolicy DEFAULT = new RiskPolicy(0.5, 0.9, Decision.REFER);

    public RiskPolicy {
        if (!(referAt > 0 && referAt <= 1) || !(doNotBoardAt > 0 && doNotBoardAt <= 1)) {
            throw new IllegalArgumentException("risk thresholds must be within (0, 1]");
        }
        if (doNotBoardAt < referAt) {
            throw new IllegalArgumentException("risk.do_not_board_at (" + doNotBoardAt
                    + ") must not be below risk.refer_at (" + referAt + ")");
        }
        if (documentHitDecision == null) {
            documentHitDecision = Decision.REFER;
        }
    }

    /** How much a hit of this severity counts: 5 counts fully, 1 about a third. */
    static double severityFactor(int severity) {
        return switch (severity) {
            case 5 -> 1.0;
            case 4 -> 0.85;
            case 3 -> 0.7;
            case 2 -> 0.5;
            default -> 0.3;
        };
    }
}
