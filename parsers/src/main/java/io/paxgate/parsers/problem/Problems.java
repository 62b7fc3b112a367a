package io.paxgate.parsers.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems with the current position filled in. One per decode; not thread-safe.
 * The number kept is bounded so hostile input cannot grow it without limit: past the bound
 * one last problem says how many more were dropped.
 */
public final class Problems {
    public static final int DEFAULT_MAX = 1_000;

    private final List<Problem> list = new ArrayList<>();
    private final int max;
    private int suppressed;

    private int interchangeIndex = -1;
    private int messageIndex = -1;

    public Problems() {
        this(DEFAULT_MAX);
    }

    public Problems(int max) {
        this.max = max;
    }

    public void position(int interchangeIndex, int messageIndex) {
        this.interchangeIndex = interchangeIndex;
        this.messageIndex = messageIndex;
    }

    public int interchangeIndex() {
        return interchangeIndex;
    }

    public int messageIndex() {
        return messageIndex;
    }

    public Problem add(ProblemCode code, int segmentIndex, String tag, long offset, String message) {
        return add(code, code.defaultSeverity(), segmentIndex, tag, -1, -1, offset, message);
    }

    public Problem add(ProblemCode code, Severity severity, int segmentIndex, String tag,
                       int element, int component, long offset, String message) {
        Problem p = new Problem(code, severity, interchangeIndex, messageIndex, segmentIndex, tag,
                element, component, offset, message);
        add(p);
        return p;
    }

    public void add(Problem p) {
        if (list.size() < max) {
            list.add(p);
        } else {
            suppressed++;
        }
    }

    public boolean hasErrors() {
        for (Problem p : list) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return list.size();
    }

    /** The problems so far, plus a note of any dropped past the bound. */
    public List<Problem> toList() {
        List<Problem> out = new ArrayList<>(list);
        if (suppressed > 0) {
            out.add(new Problem(ProblemCode.LIMIT_EXCEEDED, Severity.WARNING, interchangeIndex, messageIndex,
                    -1, null, -1, -1, -1, suppressed + " more problems were found and not listed"));
        }
        return out;
    }

    /** Problems added since {@code mark} (a value of {@link #size()} taken earlier). */
    public List<Problem> since(int mark) {
        return new ArrayList<>(list.subList(Math.min(mark, list.size()), list.size()));
    }
}
