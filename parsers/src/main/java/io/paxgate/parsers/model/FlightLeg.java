package io.paxgate.parsers.model;

import java.time.LocalDateTime;

/** One leg of the reported flight (PAXLST Gr3 LOC 125/87/92 with DTM 189/232). */
public final class FlightLeg {
    public String departureAirport;
    public String arrivalAirport;
    public LocalDateTime departureTime;
    public LocalDateTime arrivalTime;
}
