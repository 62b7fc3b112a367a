package io.paxgate.parsers.model;

/** A contact: phone, fax, e-mail (PAXLST COM, PNR CTCE/CTCM/CTCH, IFT contact text). */
public final class Contact {
    /** "phone", "mobile", "fax", "email" or the sender's qualifier. */
    public String type;
    public String value;

    public Contact() {
    }

    public Contact(String type, String value) {
        this.type = type;
        this.value = value;
    }
}
