package io.paxgate.engine.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.paxgate.engine.synth.SegmentWriter.padded;
import static io.paxgate.engine.synth.SegmentWriter.two;

/**
 * Writes the same full push as {@link PnrgovEncoder} as PNRGOV XML ({@code IATA_PNRGOV_NotifRQ},
 * 13.1), the way the carriers that left EDIFACT send it: per PNR the booking references, the point
 * of sale, contacts, passengers with their documents, tickets, payment, itinerary, seats, bags and
 * the seat-change history.
 */
final class PnrgovXmlEncoder {
    private PnrgovXmlEncoder() {
    }

    static byte[] encode(PaxlstEncoder.Header h, String number, String aircraft, List<Booking> bookings) {
        StringBuilder x = new StringBuilder(1024 + bookings.size() * 2500);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<IATA_PNRGOV_NotifRQ xmlns=\"http://www.iata.org/IATA/2007/00\" Version=\"13.1\" TimeStamp=\"")
                .append(iso(h.preparedAt())).append("Z\" EchoToken=\"").append(h.controlReference()).append("\">\n");
        x.append("  <Originator AirlineCode=\"").append(h.carrier()).append("\" SystemCode=\"1A\" AirlineContactInfo=\"")
                .append(h.carrier()).append(" PNRGOV DESK ").append(h.from()).append("\"/>\n");
        x.append("  <FlightLeg CarrierCode=\"").append(h.carrier()).append("\" FlightNumber=\"").append(number)
                .append("\" DepartureDateTime=\"").append(iso(h.departure())).append("\" ArrivalDateTime=\"")
                .append(iso(h.arrival())).append("\">\n");
        x.append("    <DepartureAirport LocationCode=\"").append(h.from()).append("\"/>\n");
        x.append("    <ArrivalAirport LocationCode=\"").append(h.to()).append("\"/>\n");
        x.append("  </FlightLeg>\n");
        x.append("  <PNRs NumberOfPnrs=\"").append(bookings.size()).append("\">\n");
        for (Booking b : bookings) {
            pnr(x, h, number, aircraft, b);
        }
        x.append("  </PNRs>\n</IATA_PNRGOV_NotifRQ>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void pnr(StringBuilder x, PaxlstEncoder.Header h, String number, String aircraft, Booking b) {
        String carrier = h.carrier();
        String city = b.agencyCity() == null ? h.from() : b.agencyCity();
        String currency = Route.currency(city);
        String country = Route.country(city).substring(0, 2);
        LocalDateTime last = b.ticketed() == null ? b.created() : b.ticketed();
        x.append("    <PNR PNR_CreationDate=\"").append(iso(b.created())).append("\" PNR_TransDate=\"").append(iso(last))
                .append("\" NumberOfPassengers=\"").append(b.travellers().size()).append("\">\n");
        x.append("      <BookingRefID ID=\"").append(b.locator()).append("\"><CompanyName Code=\"").append(carrier)
                .append("\"/></BookingRefID>\n");
        x.append("      <POS>\n        <Source");
        if (b.agencyIata() != null) {
            x.append(" PseudoCityCode=\"").append(b.agencyOffice()).append('"');
        }
        x.append(" ISOCountry=\"").append(country).append("\" ISOCurrency=\"").append(currency)
                .append("\" AirlineVendorID=\"").append(b.agencyIata() == null ? carrier : "1A").append("\" AirportCode=\"")
                .append(city).append("\">\n");
        x.append("          <RequestorID Type=\"").append(b.agencyIata() == null ? "1" : "5").append("\" ID=\"")
                .append(b.agencyIata() == null ? carrier + city : b.agencyIata()).append("\"/>\n");
        x.append("        </Source>\n      </POS>\n");
        x.append("      <ContactInfo PhoneNumber=\"+99450").append(padded(PnrgovEncoder.digits(b), 7)).append("\"/>\n");
        x.append("      <PassengerInfo>\n");
        int n = 0;
        for (Person p : b.travellers()) {
            n++;
            x.append("        <Passenger RPH=\"").append(n).append("\" PassengerTypeCode=\"ADT\">\n");
            x.append("          <PersonName><GivenName>").append(esc(p.givenNames())).append("</GivenName><Surname>")
                    .append(esc(p.surname())).append("</Surname></PersonName>\n");
            x.append("          <DocumentInfo>\n            <Document DocType=\"").append(p.documentType())
                    .append("\" DocID=\"").append(esc(p.documentNumber())).append("\" DocIssueCountry=\"")
                    .append(p.documentCountry()).append("\" DocHolderNationality=\"").append(p.nationality())
                    .append("\" BirthDate=\"").append(p.birthDate()).append("\" Gender=\"").append(p.sex())
                    .append("\" ExpireDate=\"").append(p.documentExpiry()).append("\"/>\n          </DocumentInfo>\n");
            if (n == 1) {
                x.append("          <Email>").append(esc(p.surname().replace(" ", "").replace("'", ""))).append('@')
                        .append(b.emailDomain()).append("</Email>\n");
                if (b.frequentFlyer() != null) {
                    x.append("          <CustLoyalty ProgramID=\"").append(carrier).append("\" MembershipID=\"")
                            .append(b.frequentFlyer()).append("\" LoyalLevel=\"")
                            .append(b.frequentFlyer().endsWith("7") ? "GLD" : "BLU").append("\"/>\n");
                }
            }
            x.append("        </Passenger>\n");
        }
        x.append("      </PassengerInfo>\n");
        String total = (b.fare() + b.fare() / 5) + ".00";
        if (b.ticketed() != null) {
            x.append("      <Ticketing>\n");
            for (int i = 1; i <= b.travellers().size(); i++) {
                x.append("        <TicketDocument TicketDocumentNbr=\"771").append(padded(PnrgovEncoder.digits(b), 8)).append(padded(i, 2))
                        .append("\" Type=\"T\" TravelerRefNumber=\"").append(i).append("\" DateOfIssue=\"")
                        .append(iso(b.ticketed())).append("\" TicketLocation=\"").append(city).append("\">\n");
                x.append("          <TotalFare Amount=\"").append(total).append("\" CurrencyCode=\"").append(currency)
                        .append("\"/>\n        </TicketDocument>\n");
            }
            x.append("      </Ticketing>\n");
            x.append("      <Payments>\n        <FormOfPayment Amount=\"").append(total).append("\">");
            if (b.cash()) {
                x.append("<Cash CashIndicator=\"true\"/>");
            } else {
                x.append("<PaymentCard CardCode=\"VI\" CardNumber=\"XXXXXXXXXXXX").append(padded(PnrgovEncoder.digits(b) % 10_000, 4))
                        .append("\" ExpireDate=\"1229\"/>");
            }
            x.append("</FormOfPayment>\n      </Payments>\n");
        }
        x.append("      <Itinerary>\n");
        segment(x, 1, number, h.departure(), h.arrival(), h.from(), h.to(), carrier, aircraft, b.travellers().size());
        if (b.returnAt() != null) {
            LocalDateTime back = b.returnAt();
            segment(x, 2, String.valueOf(Integer.parseInt(number) + 1), back,
                    back.plusMinutes(h.departure().until(h.arrival(), ChronoUnit.MINUTES)), h.to(), h.from(), carrier,
                    aircraft, b.travellers().size());
        }
        x.append("      </Itinerary>\n");
        x.append("      <SeatAssignments>\n");
        n = 0;
        for (Person p : b.travellers()) {
            n++;
            if (p.seat() != null) {
                x.append("        <SeatAssignment FlightRefNumber=\"1\" TravelerRefNumber=\"").append(n)
                        .append("\" SeatNumber=\"").append(p.seat()).append("\" CabinClass=\"Y\"/>\n");
            }
        }
        x.append("      </SeatAssignments>\n");
        x.append("      <Baggage>\n");
        n = 0;
        for (Person p : b.travellers()) {
            n++;
            if (p.bags() > 0) {
                x.append("        <Bag TravelerRefNumber=\"").append(n).append("\" Quantity=\"").append(p.bags())
                        .append("\" Weight=\"").append(p.bagKg()).append("\" UnitOfMeasure=\"KG\" BaggagePool=\"HP\" Destination=\"")
                        .append(h.to()).append("\"><BagTag TagNumber=\"0771").append(padded(PnrgovEncoder.digits(b) % 10_000, 4))
                        .append(padded(n, 2)).append("\"/></Bag>\n");
            }
        }
        x.append("      </Baggage>\n");
        if (b.seatChanges() > 0) {
            x.append("      <History>\n");
            for (int i = 0; i < b.seatChanges(); i++) {
                String at = iso(b.created().plusHours(6L * (i + 1)));
                for (Person p : b.travellers()) {
                    if (p.seat() == null) {
                        continue;
                    }
                    int row = Integer.parseInt(p.seat().substring(0, p.seat().length() - 1));
                    char letter = p.seat().charAt(p.seat().length() - 1);
                    x.append("        <HistoryItem DateTime=\"").append(at).append("\" Action=\"X\"><Text>SSR SEAT ")
                            .append(row + i + 1).append(letter).append("</Text></HistoryItem>\n");
                    x.append("        <HistoryItem DateTime=\"").append(at).append("\" Action=\"A\"><Text>SSR SEAT ")
                            .append(p.seat()).append("</Text></HistoryItem>\n");
                }
            }
            x.append("      </History>\n");
        }
        x.append("    </PNR>\n");
    }

    private static void segment(StringBuilder x, int rph, String number, LocalDateTime dep, LocalDateTime arr, String from,
                                String to, String carrier, String aircraft, int party) {
        x.append("        <FlightSegment RPH=\"").append(rph).append("\" FlightNumber=\"").append(number)
                .append("\" DepartureDateTime=\"").append(iso(dep)).append("\" ArrivalDateTime=\"").append(iso(arr))
                .append("\" ResBookDesigCode=\"Y\" Status=\"HK\" NumberInParty=\"").append(party).append("\">\n");
        x.append("          <DepartureAirport LocationCode=\"").append(from).append("\"/>\n");
        x.append("          <ArrivalAirport LocationCode=\"").append(to).append("\"/>\n");
        x.append("          <MarketingAirline Code=\"").append(carrier).append("\"/>\n");
        x.append("          <Equipment AirEquipType=\"").append(aircraft).append("\"/>\n");
        x.append("        </FlightSegment>\n");
    }

    /** 2026-11-24T08:30:00 (no zone: local time at the airport, as the carriers send it). */
    private static String iso(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        return d + "T" + two(t.getHour()) + ":" + two(t.getMinute()) + ":00";
    }

    private static String esc(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;").replace("\"", "&quot;");
    }
}
