package io.paxgate.engine.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static io.paxgate.engine.synth.SegmentWriter.c;
import static io.paxgate.engine.synth.SegmentWriter.yymmdd;
import static io.paxgate.engine.synth.SegmentWriter.yymmddhhmm;

/**
 * Writes a flight's API interchanges (WCO/IATA PAXLST): a passenger list (BGM+745, in parts for a
 * big flight) or a crew list (BGM+250), one message per interchange, D:05B without a functional
 * group or D:12B inside UNG/UNE.
 */
final class PaxlstEncoder {
    private PaxlstEncoder() {
    }

    /** Everything of the flight the interchange needs besides its people. */
    record Header(String carrier, String flight, String from, String to, LocalDateTime departure,
                  LocalDateTime arrival, boolean d12b, String controlReference, LocalDateTime preparedAt) {
    }

    /** A list in one interchange, not split. */
    static byte[] encode(Header h, List<Person> people, boolean crewList) {
        return encode(h, people, crewList, 1, 1);
    }

    /**
     * Part {@code part} of {@code parts} of a list: UNH sequence {@code 01:C} .. {@code NN:F}, the
     * parts sharing the common access reference (flight/date/time) that joins them.
     */
    static byte[] encode(Header h, List<Person> people, boolean crewList, int part, int parts) {
        StringBuilder out = new StringBuilder(512 + people.size() * 300);
        SegmentWriter w = new SegmentWriter(out);
        out.append(SegmentWriter.UNA);
        String sender = h.carrier() + "API";
        String prepared = yymmdd(h.preparedAt().toLocalDate()) + ":" + SegmentWriter.hhmm(h.preparedAt());
        w.seg("UNB", "UNOA:4", sender + ":ZZ", "AZEAPIS:ZZ", prepared, h.controlReference(), "", "APIS");
        if (h.d12b()) {
            w.seg("UNG", "PAXLST", sender + ":ZZ", "AZEAPIS:ZZ", prepared, h.controlReference(), "UN", "D:12B");
        }
        String sequence = SegmentWriter.two(part) + (part == parts ? ":F" : ":C");
        message(w, h, crewList ? "250" : "745", h.controlReference() + (crewList ? "C" : "P"), people, crewList,
                sequence);
        if (h.d12b()) {
            w.seg("UNE", "1", h.controlReference());
        }
        w.seg("UNZ", "1", h.controlReference());
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void message(SegmentWriter w, Header h, String document, String ref, List<Person> people,
                                boolean crewList, String sequence) {
        w.resetCount();
        String version = h.d12b() ? "D:12B" : "D:05B";
        w.seg("UNH", ref, "PAXLST:" + version + ":UN:IATA",
                h.flight() + "/" + yymmdd(h.departure().toLocalDate()) + "/" + SegmentWriter.hhmm(h.departure()), sequence);
        w.seg("BGM", document);
        w.seg("RFF", "TN:" + h.flight() + yymmdd(h.departure().toLocalDate()) + (crewList ? "02" : "01"));
        w.seg("NAD", "MS", "", "", c(h.carrier() + " OPS CONTROL " + h.from()));
        w.seg("COM", "994 12 598 8880:TE");
        w.seg("TDT", "20", h.flight(), "", "", h.carrier());
        w.seg("LOC", "125", h.from()); // last departure airport
        w.seg("DTM", "189:" + yymmddhhmm(h.departure()) + ":201");
        w.seg("LOC", "87", h.to()); // first arrival airport
        w.seg("DTM", "232:" + yymmddhhmm(h.arrival()) + ":201");
        for (Person p : people) {
            person(w, p);
        }
        w.seg("CNT", (crewList ? "41:" : "42:") + people.size());
        w.seg("UNT", String.valueOf(w.count() + 1), ref);
    }

    private static void person(SegmentWriter w, Person p) {
        w.seg("NAD", p.crew() ? "FM" : "FL", "", "", c(p.surname(), p.givenNames()));
        w.seg("ATT", "2", "", String.valueOf(p.sex()));
        w.seg("DTM", "329:" + yymmdd(p.birthDate())); // birth date
        if (p.bags() > 0) {
            w.seg("MEA", "CT", "", ":" + p.bags());
            w.seg("MEA", "WT", "", "KGM:" + p.bagKg());
        }
        w.seg("GEI", "4", "173");
        if (p.crewRole() != null) {
            w.seg("EMP", "1", p.crewRole() + ":110:111");
        }
        w.seg("LOC", "174", p.residence()); // country of residence
        w.seg("LOC", "178", p.embarkation());
        w.seg("LOC", "179", p.debarkation());
        w.seg("NAT", "2", p.nationality());
        if (p.bookingRef() != null) {
            w.seg("RFF", "AVF:" + p.bookingRef());
        }
        if (p.seat() != null) {
            w.seg("RFF", "SEA:" + p.seat());
        }
        if (p.documentType() != null) {
            w.seg("DOC", p.documentType() + ":110:111", c(p.documentNumber()));
            w.seg("DTM", "36:" + yymmdd(p.documentExpiry()));
            w.seg("LOC", "91", p.documentCountry());
        }
        if (p.visaNumber() != null) {
            w.seg("DOC", "V:110:111", c(p.visaNumber()));
            w.seg("DTM", "36:" + yymmdd(p.visaExpiry()));
            w.seg("LOC", "91", p.visaCountry());
        }
    }
}
