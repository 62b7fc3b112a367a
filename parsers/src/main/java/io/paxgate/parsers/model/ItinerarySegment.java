package io.paxgate.parsers.model;

import java.time.LocalDateTime;
import java.util.List;

/** PNRGOV Gr5 TVL with RPI, APD, SSR seats and the Gr6/Gr7 check-in data. */
public final class ItinerarySegment {
    public String carrier;
    public String flightNumber;
    public String departureAirport;
    public String arrivalAirport;
    public LocalDateTime departureTime;
    public LocalDateTime arrivalTime;
    public String bookingClass;
    /** RPI status (HK confirmed ...). */
    public String status;
    public Integer partySize;
    /** APD aircraft type. */
    public String equipment;
    public List<SeatAssignment> seats;
    public List<CheckIn> checkIns;
}
