package io.paxgate.parsers.model;

/** The reporting party (PAXLST NAD+MS with its COM). */
public final class Party {
    public String name;
    public String phone;
    public String fax;
    public String email;
}
