package io.paxgate.parsers.model;

/** A frequent-flyer membership (PNR FTI, SSR FQTV, PAXLST RFF+CR). */
public final class FrequentFlyer {
    public String carrier;
    public String number;
    public String tier;
}
