package io.paxgate.parsers.encode;

import io.paxgate.parsers.model.Traveller;

import java.util.Objects;

/**
 * The answer for one traveller of an iAPI PAXLST.
 *
 * @param text FTX+AAP text for this traveller, or null for the decision's configured text
 */
public record TravellerDecision(Traveller traveller, BoardingDecision decision, String text) {
    public TravellerDecision {
        Objects.requireNonNull(traveller, "traveller");
        Objects.requireNonNull(decision, "decision");
    }

    public TravellerDecision(Traveller traveller, BoardingDecision decision) {
        this(traveller, decision, null);
    }
}
