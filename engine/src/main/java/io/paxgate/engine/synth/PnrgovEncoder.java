package io.paxgate.engine.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static io.paxgate.engine.synth.SegmentWriter.c;
import static io.paxgate.engine.synth.SegmentWriter.ddMonyy;
import static io.paxgate.engine.synth.SegmentWriter.ddmmyy;
import static io.paxgate.engine.synth.SegmentWriter.hhmm;
import static io.paxgate.engine.synth.SegmentWriter.padded;
import static io.paxgate.engine.synth.SegmentWriter.yymmdd;

/**
 * Writes a PNRGOV 13.1 full push (MSG+:22) of a flight's bookings: per PNR the SRC group with
 * RCI, DAT, ORG, contacts, per traveller TIF with SSR DOCS, TKT and FOP, then the itinerary
 * (this flight with its check-in, seats and bags, and the return when booked).
 */
final class PnrgovEncoder {
    private PnrgovEncoder() {
    }

    static byte[] encode(PaxlstEncoder.Header h, String number, String aircraft, List<Booking> bookings) {
        StringBuilder out = new StringBuilder(512 + bookings.size() * 1500);
        SegmentWriter w = new SegmentWriter(out);
        out.append(SegmentWriter.UNA);
        String prepared = yymmdd(h.preparedAt().toLocalDate()) + ":" + hhmm(h.preparedAt());
        w.seg("UNB", "IATA:1", h.carrier(), "AZEPIU", prepared, h.controlReference());
        w.resetCount();
        w.seg("UNH", "1", "PNRGOV:13:1:IA",
                ddmmyy(h.departure().toLocalDate()) + "/" + hhmm(h.departure()) + "/" + h.carrier() + "/" + number, "01:F");
        w.seg("MSG", ":22"); // full push
        w.seg("ORG", h.carrier() + ":" + h.from());
        w.seg("TVL", dateTime(h.departure()) + ":" + dateTime(h.arrival()), h.from(), h.to(), h.carrier(), number);
        w.seg("EQN", String.valueOf(bookings.size()));
        for (Booking b : bookings) {
            pnr(w, h, number, aircraft, b);
        }
        w.seg("UNT", String.valueOf(w.count() + 1), "1");
        w.seg("UNZ", "1", h.controlReference());
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String dateTime(LocalDateTime t) {
        return ddmmyy(t.toLocalDate()) + ":" + hhmm(t);
    }

    private static void pnr(SegmentWriter w, PaxlstEncoder.Header h, String number, String aircraft, Booking b) {
        String carrier = h.carrier();
        String city = b.agencyCity() == null ? h.from() : b.agencyCity();
        String currency = Route.currency(city);
        w.seg("SRC");
        w.seg("RCI", carrier + ":" + b.locator() + "::" + dateTime(b.created()));
        LocalDateTime last = b.ticketed() == null ? b.created() : b.ticketed();
        w.seg("DAT", "700:" + dateTime(last), b.ticketed() == null ? "" : "710:" + dateTime(b.ticketed()));
        w.seg("IFT", "4:28::" + carrier, c("CTCM " + phone(b)));
        if (b.agencyIata() != null) {
            // ORG: booking system:city + agency IATA number:office + city + carrier:city + T + country:currency
            String cc = Route.country(b.agencyCity()).substring(0, 2);
            w.seg("ORG", "1A:" + b.agencyCity(), b.agencyIata() + ":" + b.agencyOffice(), b.agencyCity(),
                    carrier + ":" + b.agencyCity(), "T", cc + ":" + currency + ":" + cc);
        } else {
            w.seg("ORG", carrier + ":" + h.from(), "", h.from(), carrier + ":" + h.from(), "A");
        }
        int n = 0;
        for (Person p : b.travellers()) {
            n++;
            w.seg("TIF", c(p.surname()), c(p.givenNames() + (p.sex() == 'F' ? " MRS" : " MR"), "A", String.valueOf(n)));
            if (n == 1 && b.frequentFlyer() != null) {
                w.seg("FTI", carrier + ":" + b.frequentFlyer() + ":::" + (b.frequentFlyer().endsWith("7") ? "GLD" : "BLU"));
            }
            if (n == 1) {
                w.seg("IFT", "4:28::" + carrier, c("CTCE " + p.surname().replace(" ", "").replace("'", "")
                        + "//" + b.emailDomain()));
            }
            w.seg("REF", ":" + b.locator() + n);
            w.seg("SSR", "DOCS:HK:1:" + carrier + ":::::" + c(docs(p)), "::" + n);
            if (b.ticketed() != null) {
                String ticket = ticketNumber(b, n);
                w.seg("TKT", ticket + ":T:1");
                w.seg("MON", "B:" + b.fare() + ".00:" + currency, "T:" + (b.fare() + b.fare() / 5) + ".00:" + currency);
                w.seg("PTK", "NR", "", dateTime(b.ticketed()), carrier, "", city);
                w.seg("DAT", "710:" + dateTime(b.ticketed()));
                String total = (b.fare() + b.fare() / 5) + ".00";
                if (b.cash()) {
                    w.seg("FOP", "CA::" + total);
                } else {
                    w.seg("FOP", "CC::" + total + ":VI:XXXXXXXXXXXX" + last4(b) + ":1229");
                }
                if (b.payer() != null) {
                    w.seg("IFT", "4:43", c(b.payer()));
                }
            }
        }
        // Gr5: this flight, with check-in (Gr6) and per traveller seat and bags (Gr7)
        w.seg("TVL", dateTime(h.departure()) + ":" + dateTime(h.arrival()), h.from(), h.to(), carrier, number + ":Y");
        w.seg("RPI", String.valueOf(b.travellers().size()), "HK");
        w.seg("APD", aircraft);
        w.seg("SSR", "SEAT:HK:" + b.travellers().size() + ":" + carrier + ":::" + h.from() + ":" + h.to(),
                seats(b.travellers(), 0));
        w.seg("RCI", carrier + ":" + b.locator());
        w.seg("DAT", "2:" + dateTime(h.departure().minusHours(2)));
        w.seg("ORG", carrier + ":" + h.from(), "", "", "", "A");
        n = 0;
        for (Person p : b.travellers()) {
            n++;
            w.seg("TRI", "", h.from() + "-" + (100 + n) + ":::" + n);
            w.seg("TIF", c(p.surname()), c(p.givenNames(), "A", String.valueOf(n)));
            if (p.seat() != null) {
                w.seg("SSD", pad(p.seat()), "", "", "", "Y");
            }
            if (p.bags() > 0) {
                w.seg("TBD", "", p.bags() + ":" + p.bagKg() + ":700", "", "HP",
                        carrier + ":" + bagTag(b, n) + ":" + p.bags() + ":" + h.to());
            }
        }
        if (b.returnAt() != null) {
            LocalDateTime back = b.returnAt();
            w.seg("TVL", dateTime(back) + ":" + dateTime(back.plusMinutes(h.departure().until(h.arrival(),
                    java.time.temporal.ChronoUnit.MINUTES))), h.to(), h.from(), carrier, (Integer.parseInt(number) + 1) + ":Y");
            w.seg("RPI", String.valueOf(b.travellers().size()), "HK");
            w.seg("APD", aircraft);
        }
        // Gr10-12 history: each seat change as the seats taken away (X) and given (A)
        for (int i = 0; i < b.seatChanges(); i++) {
            LocalDateTime at = b.created().plusHours(6L * (i + 1));
            w.seg("ABI", "1", ":" + (b.agencyOffice() == null ? city + carrier : b.agencyOffice()), city, "", "1A");
            w.seg("DAT", "ZT:" + dateTime(at));
            w.seg("SAC", "", "", "X");
            w.seg("SSR", "SEAT:HK:" + b.travellers().size() + ":" + carrier + ":::" + h.from() + ":" + h.to(),
                    seats(b.travellers(), i + 1));
            w.seg("SAC", "", "", "A");
            w.seg("SSR", "SEAT:HK:" + b.travellers().size() + ":" + carrier + ":::" + h.from() + ":" + h.to(),
                    seats(b.travellers(), 0));
        }
    }

    /**
     * The seat elements of SSR SEAT ({@code 14C::1+14D::2}); {@code rowsBack} > 0 gives the seats
     * held before a change, that many rows further back.
     */
    private static String seats(List<Person> travellers, int rowsBack) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Person p : travellers) {
            n++;
            if (p.seat() == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('+');
            }
            int row = Integer.parseInt(p.seat().substring(0, p.seat().length() - 1));
            sb.append(row + rowsBack).append(p.seat().charAt(p.seat().length() - 1)).append("::").append(n);
        }
        return sb.toString();
    }

    /** SSR DOCS free text: /P/AZE/C01234567/AZE/17JUN85/F/30MAY31/SURNAME/GIVEN. */
    private static String docs(Person p) {
        if (p.documentType() == null) {
            return "////" + ddMonyy(p.birthDate()) + "/" + p.sex() + "//" + p.surname() + "/" + p.givenNames();
        }
        return "/" + p.documentType() + "/" + p.documentCountry() + "/" + p.documentNumber() + "/" + p.nationality()
                + "/" + ddMonyy(p.birthDate()) + "/" + p.sex() + "/" + ddMonyy(p.documentExpiry()) + "/" + p.surname()
                + "/" + p.givenNames();
    }

    private static String pad(String seat) {
        return "0".repeat(Math.max(0, 4 - seat.length())) + seat;
    }

    /** Digits derived from the locator for phone, ticket, card and bag tag numbers (EDIFACT and XML agree). */
    static int digits(Booking b) {
        return Math.floorMod(b.locator().hashCode(), 1_000_000);
    }

    private static String last4(Booking b) {
        return padded(digits(b) % 10_000, 4);
    }

    private static String phone(Booking b) {
        return "99450" + padded(digits(b), 7);
    }

    private static String ticketNumber(Booking b, int n) {
        return "771" + padded(digits(b), 8) + padded(n, 2);
    }

    private static String bagTag(Booking b, int n) {
        return "0771" + padded(digits(b) % 10_000, 4) + padded(n, 2);
    }
}
