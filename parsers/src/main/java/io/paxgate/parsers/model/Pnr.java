package io.paxgate.parsers.model;

import io.paxgate.parsers.problem.Problem;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One passenger name record (PNRGOV Gr1 SRC and everything under it). Decoded in isolation: a
 * PNR that could not be read whole has {@link #problems} with an error and keeps what was read.
 */
public final class Pnr {
    /** RCI record locator of the pushing carrier. */
    public String recordLocator;
    public String carrier;
    /** RCI creation date and time of the booking. */
    public LocalDateTime bookingDate;
    /** Locators in other systems (RCI repeats), as "system:locator". */
    public List<String> otherLocators;
    /** Gr8 EQN + RCI: locators of the PNRs split from this one (co-travellers). */
    public List<String> splitLocators;
    /** DAT+700: last PNR transaction. */
    public LocalDateTime lastModified;
    /** DAT+710: ticket issue. */
    public LocalDateTime ticketingDate;
    /** Empty SRC + RCI + empty ORG: the PNR was cancelled. */
    public boolean cancelled;
    /** ORG in Gr1: who made the booking (agency, IATA number, office). */
    public Originator originator;
    public List<Address> addresses;
    public List<Contact> contacts;
    public List<Traveller> travellers = new ArrayList<>();
    public List<Ticket> tickets;
    public List<Payment> payments;
    public List<ItinerarySegment> itinerary;
    /** Gr9 MSG: hotel, car and other non-air segments. */
    public List<NonAirSegment> nonAir;
    public List<Bag> bags;
    /** Gr8 EQN: number of PNRs split from this one. */
    public Integer splitPnrCount;
    /** Gr10-12 ABI/SAC/TVL and LTS: history. */
    public List<HistoryEntry> history;
    /**
     * SSRs other than DOCS/DOCO/DOCA, FQTV and CTCx (those fill the traveller): meal, seat, INFT,
     * medical ...; sensitive ones marked. IFT free text revealing health or religion is here too,
     * with code "IFT", instead of in {@link #remarks}.
     */
    public List<SpecialService> services;
    /** Free text (IFT) not otherwise understood. */
    public List<String> remarks;
    /** EBD: excess bags. */
    public Integer excessBags;
    /** Gr1 IFT+4:43: who sponsors or pays for the booking, outside a form of payment. */
    public String sponsorName;
    public String sponsorAddress;
    public String sponsorPhone;
    /** Problems inside this PNR (also listed on the message). */
    public List<Problem> problems;

    public <T> List<T> add(List<T> list, T item) {
        List<T> l = list == null ? new ArrayList<>(2) : list;
        l.add(item);
        return l;
    }

    public boolean hasErrors() {
        if (problems == null) {
            return false;
        }
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }
}
