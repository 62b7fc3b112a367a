package io.paxgate.parsers.model;

/** PNRGOV ORG: the system, agency and office that made or sent the booking. */
public final class Originator {
    /** Airline or reservation system code (e.g. "1A"). */
    public String system;
    public String location;
    /** IATA/ARC travel agent number. */
    public String travelAgentNumber;
    /** Agency office / pseudo city code. */
    public String agencyOffice;
    public String agentId;
    /** "A" airline, "T" travel agent, "E" ... as sent. */
    public String originatorType;
    public String country;
    public String currency;
    public String language;
}
