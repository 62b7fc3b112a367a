package io.paxgate.parsers.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a person on the list is (PAXLST NAD qualifier). */
public enum TravellerRole {
    /** NAD+FL */
    PASSENGER("passenger"),
    /** NAD+FM */
    CREW("crew"),
    /** NAD+DDU */
    IN_TRANSIT_PASSENGER("in_transit_passenger"),
    /** NAD+DDT */
    IN_TRANSIT_CREW("in_transit_crew");

    private final String json;

    TravellerRole(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public boolean isCrew() {
        return this == CREW || this == IN_TRANSIT_CREW;
    }
}
