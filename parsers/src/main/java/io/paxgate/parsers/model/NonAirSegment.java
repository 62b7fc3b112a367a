package io.paxgate.parsers.model;

/** PNRGOV Gr9 MSG: hotel, car or other non-air itinerary item. */
public final class NonAirSegment {
    /** "hotel", "car", "other", or the code as sent. */
    public String type;
    public String location;
    public String text;
}
