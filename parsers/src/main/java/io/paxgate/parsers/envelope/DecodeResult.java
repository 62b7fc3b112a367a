package io.paxgate.parsers.envelope;

import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one input yielded: its messages (each with its own problems), its interchanges,
 * and the problems that belong to no message (junk between interchanges, envelope errors).
 */
public final class DecodeResult {
    private final List<DecodedMessage> messages;
    private final List<Interchange> interchanges;
    private final List<Problem> problems;

    public DecodeResult(List<DecodedMessage> messages, List<Interchange> interchanges, List<Problem> problems) {
        this.messages = messages;
        this.interchanges = interchanges;
        this.problems = problems;
    }

    public static DecodeResult failed(Problem problem) {
        List<Problem> p = new ArrayList<>(1);
        p.add(problem);
        return new DecodeResult(new ArrayList<>(), new ArrayList<>(), p);
    }

    public List<DecodedMessage> messages() {
        return messages;
    }

    public List<Interchange> interchanges() {
        return interchanges;
    }

    /** Problems outside any message. */
    public List<Problem> problems() {
        return problems;
    }

    /** All problems, message problems included. */
    public List<Problem> allProblems() {
        List<Problem> all = new ArrayList<>(problems);
        for (DecodedMessage m : messages) {
            all.addAll(m.problems);
        }
        return all;
    }

    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        for (DecodedMessage m : messages) {
            if (m.hasErrors()) {
                return true;
            }
        }
        return false;
    }

    public int travellerCount() {
        int n = 0;
        for (DecodedMessage m : messages) {
            n += m.travellerCount();
        }
        return n;
    }
}
