package io.paxgate.parsers.problem;

/**
 * One thing wrong with an input, as a value. Positions are 0-based indexes into the input as
 * received (interchange, message within it, segment within the message counting UNH as 1 the
 * way UNT counts; element and component 1-based as in CONTRL); -1 where a position does not apply.
 *
 * @param offset byte offset into the input given to the decoder
 */
public record Problem(
        ProblemCode code,
        Severity severity,
        int interchangeIndex,
        int messageIndex,
        int segmentIndex,
        String tag,
        int element,
        int component,
        long offset,
        String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(96).append(severity).append(' ').append(code);
        if (segmentIndex >= 0) {
            sb.append(" segment ").append(segmentIndex);
        }
        if (tag != null) {
            sb.append(' ').append(tag);
            if (element > 0) {
                sb.append(" element ").append(element);
                if (component > 0) {
                    sb.append(':').append(component);
                }
            }
        }
        if (offset >= 0) {
            sb.append(" at byte ").append(offset);
        }
        return sb.append(": ").append(message).toString();
    }
}
