package io.paxgate.parsers.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The flight a message reports. {@code departureAirport}/{@code arrivalAirport} are the last
 * departure and first arrival airports of the reporting state (PAXLST LOC+125 / LOC+87);
 * {@code legs} lists every leg in the order sent.
 */
public final class Flight {
    public String carrier;
    public String number;
    public String departureAirport;
    public String arrivalAirport;
    public LocalDateTime departureTime;
    public LocalDateTime arrivalTime;
    /** PAXLST LOC+130 (or the last leg's arrival when multi-sector). */
    public String finalDestination;
    /** TDT qualifier: "20" arriving/departing, "34" overflight. */
    public String transportStage;
    public List<FlightLeg> legs;

    public FlightLeg addLeg() {
        if (legs == null) {
            legs = new ArrayList<>(2);
        }
        FlightLeg leg = new FlightLeg();
        legs.add(leg);
        return leg;
    }

    /** Carrier + number, e.g. "LH400". */
    public String designator() {
        return (carrier == null ? "" : carrier) + (number == null ? "" : number);
    }
}
