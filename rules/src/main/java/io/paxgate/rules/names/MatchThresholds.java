package io.paxgate.rules.names;

/** Score thresholds for name hits. The default was set on the tuning half of the evaluation set. */
public final class MatchThresholds {
    /** A hit at or above this score goes to an officer (precision >= 0.95, recall >= 0.97 on the held-out half). */
    public static final double DEFAULT = 0.80;

    private MatchThresholds() {
    }
}
