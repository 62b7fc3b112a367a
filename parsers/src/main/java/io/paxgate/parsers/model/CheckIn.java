package io.paxgate.parsers.model;

import java.time.LocalDateTime;

/** PNRGOV Gr6 DAT+2 / Gr7 TRI+TIF+SSD+TBD: one traveller's check-in on a segment. */
public final class CheckIn {
    public String travellerReference;
    public String surname;
    public String givenNames;
    /** TRI boarding/check-in sequence, as sent. */
    public String sequence;
    public LocalDateTime time;
    public String seat;
    public String cabin;
    /** Gr6 ORG: airline/system and airport where the check-in was made. */
    public String agentSystem;
    public String location;
}
