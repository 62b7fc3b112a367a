package io.paxgate.parsers.edifact;

/**
 * Bounds on what one decode may consume, so hostile or broken input costs time proportional to
 * what was read and memory proportional to the limits, never an OutOfMemoryError or a hang.
 *
 * @param maxInputBytes           largest input accepted by one decode call
 * @param maxSegmentBytes         longest single segment
 * @param maxComponentsPerSegment most separators recorded in one segment
 * @param maxSegmentsPerMessage   most segments in one message (UNH..UNT)
 * @param maxTravellersPerMessage most persons (PAXLST) or PNR travellers in one message
 * @param maxPnrsPerMessage       most PNRs in one PNRGOV message
 * @param maxProblems             most problems kept per decode (the rest are counted)
 * @param maxMessagesPerInput     most interchanges plus messages in one input, so a flood of tiny
 *                                envelopes cannot turn a few megabytes into gigabytes of records
 */
public record ParserLimits(
        int maxInputBytes,
        int maxSegmentBytes,
        int maxComponentsPerSegment,
        int maxSegmentsPerMessage,
        int maxTravellersPerMessage,
        int maxPnrsPerMessage,
        int maxProblems,
        int maxMessagesPerInput) {

    /** Sized for the largest real traffic: a 99,999-person PAXLST is about 35 MB. */
    public static final ParserLimits DEFAULT = new ParserLimits(
            64 * 1024 * 1024, 256 * 1024, 4096, 2_000_000, 100_000, 20_000, 1_000, 100_000);

    public ParserLimits {
        if (maxInputBytes <= 0 || maxSegmentBytes <= 0 || maxComponentsPerSegment < 8
                || maxSegmentsPerMessage <= 0 || maxTravellersPerMessage <= 0 || maxPnrsPerMessage <= 0
                || maxProblems <= 0 || maxMessagesPerInput <= 0) {
            throw new IllegalArgumentException("parser limits must be positive (components at least 8)");
        }
    }

    public ParserLimits withMaxInputBytes(int v) {
        return new ParserLimits(v, maxSegmentBytes, maxComponentsPerSegment, maxSegmentsPerMessage,
                maxTravellersPerMessage, maxPnrsPerMessage, maxProblems, maxMessagesPerInput);
    }

    public ParserLimits withMaxSegmentBytes(int v) {
        return new ParserLimits(maxInputBytes, v, maxComponentsPerSegment, maxSegmentsPerMessage,
                maxTravellersPerMessage, maxPnrsPerMessage, maxProblems, maxMessagesPerInput);
    }

    public ParserLimits withMaxMessagesPerInput(int v) {
        return new ParserLimits(maxInputBytes, maxSegmentBytes, maxComponentsPerSegment, maxSegmentsPerMessage,
                maxTravellersPerMessage, maxPnrsPerMessage, maxProblems, v);
    }

    public ParserLimits withMaxTravellersPerMessage(int v) {
        return new ParserLimits(maxInputBytes, maxSegmentBytes, maxComponentsPerSegment, maxSegmentsPerMessage,
                v, maxPnrsPerMessage, maxProblems, maxMessagesPerInput);
    }

    public ParserLimits withMaxPnrsPerMessage(int v) {
        return new ParserLimits(maxInputBytes, maxSegmentBytes, maxComponentsPerSegment, maxSegmentsPerMessage,
                maxTravellersPerMessage, v, maxProblems, maxMessagesPerInput);
    }
}
