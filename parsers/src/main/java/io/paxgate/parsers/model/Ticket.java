package io.paxgate.parsers.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** PNRGOV Gr3 TKT with MON, PTK, TXD, DAT. */
public final class Ticket {
    public String number;
    /** "T" ticket, "Y" EMD ... as sent. */
    public String documentType;
    public String travellerReference;
    public LocalDateTime issueDate;
    public String issuingCarrier;
    public String issuePlace;
    public BigDecimal baseFare;
    public BigDecimal totalAmount;
    public String currency;
}
