package io.paxgate.parsers.model;

/** A message of a type this codec does not decode (e.g. CUSRES, ACKRES): kept with its header and problems. */
public final class OtherMessage extends DecodedMessage {
    public int segmentCount;

    public OtherMessage(String type) {
        super(type);
    }

    @Override
    public int travellerCount() {
        return 0;
    }
}
