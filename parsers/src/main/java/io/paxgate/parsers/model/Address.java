package io.paxgate.parsers.model;

/** A postal address as sent (PAXLST NAD, PNR ADD, SSR DOCA). */
public final class Address {
    /** For SSR DOCA: "D" destination, "R" residence. */
    public String type;
    public String street;
    public String city;
    public String subEntity;
    public String postcode;
    public String country;
}
