package io.paxgate.parsers.model;

import java.time.LocalDate;

/** A travel document (PAXLST Gr5 DOC with DTM/LOC, PNR SSR DOCS/DOCO). */
public final class TravelDocument {
    /** Document type code as sent: P passport, V visa, I identity card, C, IP, AC, A, F ... */
    public String type;
    public String number;
    /** ICAO 3-letter code (LOC+91, DOCS issuing state). */
    public String issuingCountry;
    public LocalDate expiryDate;
    public LocalDate issueDate;
    /** Place of issue (DOCO), when given. */
    public String placeOfIssue;
}
