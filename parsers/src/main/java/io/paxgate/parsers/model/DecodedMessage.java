package io.paxgate.parsers.model;

import io.paxgate.parsers.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * One decoded message (or, after multi-part assembly, one manifest made of several parts).
 * Model objects are plain mutable carriers filled by the decoders; fields are public so that
 * decoders fill them without accessor boilerplate and Jackson writes them as they are.
 */
public abstract class DecodedMessage {
    /** "PAXLST", "PNRGOV" or the UNH message type of a message this codec does not decode. */
    public String type;
    /** Where the message came from in the input. */
    public MessageSource source = new MessageSource();
    /** Problems found in this message, in input order. */
    public List<Problem> problems = new ArrayList<>();

    protected DecodedMessage(String type) {
        this.type = type;
    }

    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    /** Number of travellers carried (PAXLST persons, or PNR travellers over all PNRs). */
    public abstract int travellerCount();
}
