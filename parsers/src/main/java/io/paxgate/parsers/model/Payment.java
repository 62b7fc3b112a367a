package io.paxgate.parsers.model;

import java.math.BigDecimal;

/** PNRGOV Gr4 FOP with its IFT+4:43 payer and ADD. */
public final class Payment {
    /** CC card, CA cash, CK cheque, MS miscellaneous, GR government ... as sent. */
    public String form;
    public BigDecimal amount;
    public String cardType;
    /** As sent (airlines mask all but the last digits). */
    public String cardNumber;
    public String cardExpiry;
    public String payerName;
    public String payerAddress;
    public String payerPhone;
    public String travellerReference;
}
