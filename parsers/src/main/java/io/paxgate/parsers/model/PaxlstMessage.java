package io.paxgate.parsers.model;

import java.util.ArrayList;
import java.util.List;

/** A decoded PAXLST: the passenger or crew manifest of one flight. */
public final class PaxlstMessage extends DecodedMessage {
    /** BGM document name code: 745 passenger list, 250 crew list, 266 flight status update, 336, 655. */
    public String documentCode;
    /** The document code in words: "passenger_list", "crew_list", ... */
    public String documentKind;
    /** BGM function (second element): CP, XR, RP, CL, CLNB, CLOB, XF, CF or a crew code; null for a new list. */
    public String functionCode;
    /** "IATA" for WCO/IATA/ICAO API; a national variant name (e.g. "US_ACE") when recognised. */
    public String variant = "IATA";
    /** RFF+TN transaction reference. */
    public String transactionReference;
    public Party reportingParty;
    public Flight flight;
    public List<Traveller> travellers = new ArrayList<>();
    /** CNT+42 declared passenger count. */
    public Integer declaredPassengers;
    /** CNT+41 declared crew count. */
    public Integer declaredCrew;

    public PaxlstMessage() {
        super("PAXLST");
    }

    @Override
    public int travellerCount() {
        return travellers.size();
    }
}
