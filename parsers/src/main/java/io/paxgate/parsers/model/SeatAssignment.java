package io.paxgate.parsers.model;

/** A seat given to one traveller on one segment (SSR SEAT, SSD). */
public final class SeatAssignment {
    public String travellerReference;
    public String seat;
    public String cabin;

    public SeatAssignment() {
    }

    public SeatAssignment(String travellerReference, String seat) {
        this.travellerReference = travellerReference;
        this.seat = seat;
    }
}
