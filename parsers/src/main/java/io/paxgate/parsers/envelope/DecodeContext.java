package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.problem.Problems;

import java.time.LocalDate;

/**
 * What a message decoder needs besides the segments: where to report, the limits, and today's
 * date (to place two-digit years: a birth date is never in the future, an expiry rarely far past).
 */
public final class DecodeContext {
    private final Problems problems;
    private final ParserLimits limits;
    private final LocalDate today;

    public DecodeContext(Problems problems, ParserLimits limits, LocalDate today) {
        this.problems = problems;
        this.limits = limits;
        this.today = today;
    }

    public Problems problems() {
        return problems;
    }

    public ParserLimits limits() {
        return limits;
    }

    public LocalDate today() {
        return today;
    }
}
