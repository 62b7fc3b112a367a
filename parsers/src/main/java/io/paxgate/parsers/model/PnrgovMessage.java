package io.paxgate.parsers.model;

import java.util.ArrayList;
import java.util.List;

/** A decoded PNRGOV push: the PNRs of one flight (EDIFACT 10.1-16.1 or the XML form). */
public final class PnrgovMessage extends DecodedMessage {
    /** "full" (MSG+:22) or "update" (MSG+:141); the raw code when neither. */
    public String pushType;
    /** The sender at level 0 (ORG): airline and location. */
    public Originator sender;
    /** The pushed flight (level 0 TVL). */
    public Flight flight;
    /** Level 0 EQN: PNRs the airline says the push holds. */
    public Integer declaredPnrCount;
    public List<Pnr> pnrs = new ArrayList<>();

    public PnrgovMessage() {
        super("PNRGOV");
    }

    @Override
    public int travellerCount() {
        int n = 0;
        for (Pnr p : pnrs) {
            n += p.travellers == null ? 0 : p.travellers.size();
        }
        return n;
    }
}
