package io.paxgate.parsers.pnrgov.xml;

import io.paxgate.parsers.model.Address;
import io.paxgate.parsers.model.Bag;
import io.paxgate.parsers.model.Contact;
import io.paxgate.parsers.model.FrequentFlyer;
import io.paxgate.parsers.model.HistoryEntry;
import io.paxgate.parsers.model.ItinerarySegment;
import io.paxgate.parsers.model.Originator;
import io.paxgate.parsers.model.Payment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.SeatAssignment;
import io.paxgate.parsers.model.SpecialService;
import io.paxgate.parsers.sensitive.SensitiveData;
import io.paxgate.parsers.model.Ticket;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.problem.ProblemCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code PNR} element to a {@link Pnr}. Which names are read is listed on
 * {@link PnrgovXmlDecoder}; everything else is ignored. Problems go to the shared collector with
 * the PNR named in the message; the decoder copies them onto the PNR.
 */
final class XmlPnrReader {
    // where a traveller is named by reference on seats, bags, SSRs, payments and tickets
    private static final String[] TRAVELLER_REF = {"TravelerRefNumber", "TravelerRPH", "TravelerRefNumberRPHList",
            "PassengerRPH", "PassengerRefNumber", "PassengerRef", "RPH"};
    private static final String[] SEGMENT_REF = {"FlightRefNumber", "FlightRefNumberRPHList", "FlightSegmentRPH",
            "FlightSegmentRefNumber", "SegmentRPH", "SegmentRefNumber", "FlightRPH", "SegmentNumber"};
    private static final String[] PASSENGER = {"Passenger", "AirTraveler", "Traveler", "Traveller"};
    private static final String[] SEGMENT = {"FlightSegment", "Flight", "AirSegment"};
    private static final String[] NOT_ITINERARY = {"Passenger", "AirTraveler", "Traveler", "Traveller",
            "PassengerInfo", "History", "PNRHistory", "HistoryItems"};

    private final XmlValues values;
    private final int maxTravellers;
    /** Segment RPHs in itinerary order, for seats sent at PNR level; reset per PNR. */
    private final List<String> segmentRefs = new ArrayList<>();

    XmlPnrReader(XmlValues values, int maxTravellers) {
        this.values = values;
        this.maxTravellers = maxTravellers;
    }

    /**
     * Fills {@code pnr} from {@code e}. Returns false when the message's traveller limit was
     * reached ({@code room} travellers could still be taken): the PNR keeps those that fitted.
     */
    boolean read(XmlElement e, Pnr pnr, int room) {
        segmentRefs.clear();
        bookingReferences(e, pnr);
        pnr.bookingDate = values.dateTime(e, "PNR_CreationDate", "CreationDate", "CreateDateTime", "BookingDate");
        pnr.lastModified = values.dateTime(e, "PNR_TransDate", "LastModified", "LastModifiedDate", "TransactionDate");
        pnr.splitPnrCount = values.integer(e, "SplitPnrCount", "NumberOfSplitPNRs");
        pnr.originator = originator(e);

        boolean fitted = travellers(e, pnr, room);
        for (XmlElement c : e.children("ContactInfo", "Contact", "Telephone", "Email", "Address")) {
            contact(c, pnr, null);
        }
        for (XmlElement t : ticketElements(e)) {
            pnr.tickets = pnr.add(pnr.tickets, ticket(t, null, pnr));
        }
        for (XmlElement p : paymentElements(e)) {
            pnr.payments = pnr.add(pnr.payments, payment(p, null));
        }
        itinerary(e, pnr);
        seats(e, pnr);
        bags(e, pnr, null);
        for (XmlElement s : ssrElements(e)) {
            ssr(s, pnr, null);
        }
        remarks(e, pnr);
        history(e, pnr);
        if (pnr.recordLocator == null) {
            values.report(ProblemCode.MISSING_VALUE, e, "the PNR has no BookingRefID; it cannot be told apart from others");
        }
        if (!fitted) {
            values.report(ProblemCode.LIMIT_EXCEEDED, e, "the message holds more than " + maxTravellers
                    + " travellers, the most one decode takes; this PNR kept " + pnr.travellers.size()
                    + " and later PNRs were not read");
        }
        return fitted;
    }

    // BookingRefID ID="ABC123" with CompanyName Code="LH"; further ones are other systems' locators
    private void bookingReferences(XmlElement e, Pnr pnr) {
        for (XmlElement b : e.children("BookingRefID", "BookingReferenceID", "RecordLocator")) {
            String id = b.attr("ID", "RecordLocator", "Locator") != null ? b.attr("ID", "RecordLocator", "Locator") : b.text();
            if (id == null) {
                continue;
            }
            XmlElement company = b.child("CompanyName");
            String system = b.attr("CompanyCode", "AirlineCode", "Code");
            if (system == null && company != null) {
                system = company.attr("Code") != null ? company.attr("Code") : company.text();
            }
            if (pnr.recordLocator == null) {
                pnr.recordLocator = id;
                pnr.carrier = system;
            } else {
                pnr.otherLocators = pnr.add(pnr.otherLocators, (system == null ? "" : system) + ":" + id);
            }
        }
        if (pnr.recordLocator == null) {
            pnr.recordLocator = e.attr("RecordLocator", "BookingRefID", "Locator");
        }
    }

    // POS/Source: who made the booking (ORG in EDIFACT)
    private Originator originator(XmlElement e) {
        XmlElement pos = e.child("POS");
        XmlElement source = pos == null ? e.child("Source") : pos.child("Source");
        if (source == null) {
            return null;
        }
        Originator o = new Originator();
        o.system = source.value("AirlineVendorID", "AirlineCode", "SystemCode");
        o.location = source.value("AirportCode", "LocationCode", "City");
        o.agencyOffice = source.value("PseudoCityCode", "OfficeID", "AgencyOffice");
        o.agentId = source.value("AgentSine", "AgentID");
        o.country = source.value("ISOCountry", "ISOCOuntry", "CountryCode");
        o.currency = source.value("ISOCurrency", "CurrencyCode");
        o.language = source.value("LanguageCode", "Language");
        o.travelAgentNumber = source.value("IATA_Number", "IATANumber", "AgencyCode", "TravelAgentNumber");
        XmlElement requestor = source.child("RequestorID");
        if (requestor != null) {
            o.originatorType = requestor.attr("Type");
            if (o.travelAgentNumber == null) {
                o.travelAgentNumber = requestor.attr("ID");
            }
        }
        return o;
    }

    private boolean travellers(XmlElement e, Pnr pnr, int room) {
        List<XmlElement> passengers = new ArrayList<>();
        e.collect(passengers, new String[] {"History", "PNRHistory"}, PASSENGER);
        for (XmlElement p : passengers) {
            if (pnr.travellers.size() >= room) {
                return false;
            }
            pnr.travellers.add(traveller(p, pnr));
        }
        return true;
    }

    private Traveller traveller(XmlElement p, Pnr pnr) {
        Traveller t = new Traveller();
        t.reference = p.attr("RPH", "TravelerRefNumber", "SurnameRefNumber", "ID");
        if (t.reference == null && p.child("TravelerRefNumber") != null) {
            t.reference = p.child("TravelerRefNumber").attr("RPH");
        }
        t.passengerType = passengerType(p.value("PassengerTypeCode", "PTC", "PaxType", "PassengerType", "Type"));
        XmlElement name = p.child("PersonName", "Name");
        XmlElement n = name == null ? p : name;
        t.surname = n.value("Surname", "LastName");
        t.givenNames = join(" ", n.value("GivenName", "FirstName"), n.value("MiddleName"));
        t.birthDate = values.date(p, true, "BirthDate", "DateOfBirth");
        t.sex = sex(p.value("Gender", "Sex"));
        t.nationality = p.value("Nationality", "DocHolderNationality");

        List<XmlElement> documents = new ArrayList<>();
        p.collect(documents, new String[0], "Document", "DOCS", "TravelDocument");
        for (XmlElement d : documents) {
            document(d, t);
        }
        for (XmlElement a : p.children("DOCA")) {
            t.address = address(a);
        }
        for (XmlElement w : p.children("DOC_SSR")) {
            XmlElement doca = w.child("DOCA");
            if (doca != null) {
                t.address = address(doca);
            }
            XmlElement doco = w.child("DOCO");
            if (doco != null) {
                document(doco, t);
            }
        }
        for (XmlElement c : p.children("ContactInfo", "Contact", "Telephone", "Email", "Address")) {
            contact(c, pnr, t);
        }
        for (XmlElement l : p.children("CustLoyalty", "FrequentFlyer", "Loyalty")) {
            FrequentFlyer f = t.addFrequentFlyer();
            f.carrier = l.value("ProgramID", "Carrier", "AirlineCode", "VendorCode");
            f.number = l.value("MembershipID", "Number", "MembershipNumber");
            f.tier = l.value("LoyalLevel", "Tier", "LoyalLevelCode");
        }
        for (XmlElement tk : ticketElements(p)) {
            pnr.tickets = pnr.add(pnr.tickets, ticket(tk, t.reference, pnr));
        }
        for (XmlElement pay : paymentElements(p)) {
            pnr.payments = pnr.add(pnr.payments, payment(pay, t.reference));
        }
        for (XmlElement s : ssrElements(p)) {
            ssr(s, pnr, t);
        }
        bags(p, pnr, t.reference);
        return t;
    }

    // OpenTravel Document DocType/DocID/DocIssueCountry..., or DOCS/DOCO attributes as some airlines send
    private void document(XmlElement d, Traveller t) {
        TravelDocument doc = t.addDocument();
        doc.type = d.value("DocType", "TravelDocType", "DocTypeCode", "Type");
        doc.number = d.value("DocID", "TravelDocNbr", "DocNumber", "DocumentNumber", "Number");
        doc.issuingCountry = d.value("DocIssueCountry", "DocIssueCountryCode", "IssuingLoc", "IssuingCountry",
                "CountryState");
        doc.expiryDate = values.date(d, false, "ExpireDate", "ExpiryDate", "ExpirationDate", "DocExpireDate");
        doc.issueDate = values.date(d, false, "EffectiveDate", "DateOfIssue", "IssueDate");
        doc.placeOfIssue = d.value("DocIssueLocation", "PlaceOfIssue");
        // the document repeats the holder's data; fill what the passenger element did not say
        if (t.surname == null) {
            t.surname = d.value("Surname", "DocHolderSurname");
            t.givenNames = join(" ", d.value("GivenName", "FirstGivenName", "DocHolderGivenName"),
                    d.value("MiddleName", "SecondGivenName"));
        }
        if (t.birthDate == null) {
            t.birthDate = values.date(d, true, "BirthDate", "DateOfBirth");
        }
        if (t.sex == null) {
            t.sex = sex(d.value("Gender", "Sex"));
        }
        if (t.nationality == null) {
            t.nationality = d.value("DocHolderNationality", "PaxNationality", "Nationality");
        }
    }

    private void contact(XmlElement c, Pnr pnr, Traveller t) {
        List<Contact> found = new ArrayList<>(2);
        if (c.is("Telephone")) {
            phone(c, found);
        } else if (c.is("Email")) {
            String v = c.text() != null ? c.text() : c.attr("EmailAddress", "Address");
            if (v != null) {
                found.add(new Contact("email", v));
            }
        } else if (c.is("Address")) {
            addAddress(pnr, t, address(c));
        } else {
            // ContactInfo PhoneNumber="..." EmailAddress="..." with address children, or nested elements
            String phone = c.attr("PhoneNumber");
            if (phone != null) {
                found.add(new Contact(phoneType(c.attr("PhoneType", "PhoneTechType", "PhoneUseType")), phone));
            }
            String email = c.attr("EmailAddress", "Email");
            if (email != null) {
                found.add(new Contact("email", email));
            }
            for (XmlElement x : c.children("Telephone")) {
                phone(x, found);
            }
            for (XmlElement x : c.children("Email")) {
                if (x.text() != null) {
                    found.add(new Contact("email", x.text()));
                }
            }
            XmlElement addr = c.child("Address");
            if (addr != null) {
                addAddress(pnr, t, address(addr));
            } else if (c.child("AddressLine", "CityName", "CountryName", "PostalCode") != null) {
                addAddress(pnr, t, address(c));
            }
        }
        for (Contact x : found) {
            if (t != null) {
                t.addContact(x.type, x.value);
            } else {
                pnr.contacts = pnr.add(pnr.contacts, x);
            }
        }
    }

    private static void addAddress(Pnr pnr, Traveller t, Address a) {
        if (t != null && t.address == null) {
            t.address = a;
        } else {
            pnr.addresses = pnr.add(pnr.addresses, a);
        }
    }

    private static void phone(XmlElement x, List<Contact> out) {
        String number = x.attr("PhoneNumber", "Number") != null ? x.attr("PhoneNumber", "Number") : x.text();
        if (number == null) {
            return;
        }
        out.add(new Contact(phoneType(x.attr("PhoneTechType", "PhoneUseType", "PhoneType", "Type")),
                join(" ", x.attr("CountryAccessCode"), x.attr("AreaCityCode"), number)));
    }

    // OpenTravel PTT codes: 3 fax, 5 mobile
    private static String phoneType(String t) {
        if (t == null) {
            return "phone";
        }
        String u = t.toLowerCase(Locale.ROOT);
        if (u.equals("5") || u.contains("mobile") || u.contains("cell")) {
            return "mobile";
        }
        if (u.equals("3") || u.contains("fax")) {
            return "fax";
        }
        return "phone";
    }

    private static Address address(XmlElement a) {
        Address out = new Address();
        out.type = a.attr("Type", "AddressType", "UseType");
        List<String> lines = new ArrayList<>(2);
        String number = a.value("StreetNmbr");
        for (XmlElement l : a.children("AddressLine", "Street")) {
            if (l.text() != null) {
                lines.add(l.text());
            }
        }
        String single = a.attr("Address", "AddressLine", "Street");
        if (single != null) {
            lines.add(single);
        }
        out.street = join(", ", join(" ", number, lines.isEmpty() ? null : lines.get(0)),
                lines.size() > 1 ? String.join(", ", lines.subList(1, lines.size())) : null);
        out.city = a.value("CityName", "City");
        out.subEntity = a.value("StateProv", "StateProvCounty", "State");
        out.postcode = a.value("PostalCode", "PostCode");
        out.country = a.value("CountryName", "Country", "CountryCode");
        return out;
    }

    private static List<XmlElement> ticketElements(XmlElement e) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement t : e.children("Ticketing", "Tickets", "TicketDocument", "Ticket")) {
            List<XmlElement> inner = t.children("TicketDocument", "Ticket", "Ticketing");
            if (t.is("Ticketing", "Tickets") && !inner.isEmpty()) {
                out.addAll(inner);
            } else if (t.value("TicketDocumentNbr", "TicketNumber", "Number") != null) {
                out.add(t);
            }
        }
        return out;
    }

    private Ticket ticket(XmlElement t, String travellerReference, Pnr pnr) {
        Ticket k = new Ticket();
        k.number = t.value("TicketDocumentNbr", "TicketNumber", "Number");
        k.documentType = t.value("Type", "TicketType", "DocumentType");
        k.travellerReference = first(t.value(TRAVELLER_REF), travellerReference);
        k.issueDate = values.dateTime(t, "DateOfIssue", "IssueDate", "TicketingDate", "DateTime");
        k.issuingCarrier = t.value("IssuingAirline", "IssuingCarrier", "AirlineCode");
        k.issuePlace = t.value("TicketLocation", "IssuePlace", "IssuingLocation");
        XmlElement total = t.child("TotalFare", "TotalAmount");
        if (total != null) {
            k.totalAmount = values.decimal(total, "Amount");
            k.currency = total.attr("CurrencyCode", "Currency");
        }
        XmlElement base = t.child("BaseFare");
        if (base != null) {
            k.baseFare = values.decimal(base, "Amount");
            k.currency = first(k.currency, base.attr("CurrencyCode", "Currency"));
        }
        if (k.issueDate != null && (pnr.ticketingDate == null || k.issueDate.isBefore(pnr.ticketingDate))) {
            pnr.ticketingDate = k.issueDate;
        }
        for (XmlElement p : t.children("PaymentInfo", "FormOfPayment", "Payment")) {
            pnr.payments = pnr.add(pnr.payments, payment(p, k.travellerReference));
        }
        return k;
    }

    private static List<XmlElement> paymentElements(XmlElement e) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement p : e.children("Payments", "FormsOfPayment", "FormOfPayment", "PaymentInfo", "Payment")) {
            List<XmlElement> inner = p.children("FormOfPayment", "PaymentInfo", "Payment");
            if (!inner.isEmpty()) {
                out.addAll(inner);
            } else if (!p.is("Payments", "FormsOfPayment")) {
                out.add(p);
            }
        }
        return out;
    }

    // FormOfPayment with PaymentCard / Cash / Check / ...; or PaymentInfo PaymentType="CC" VendorCode=...
    private Payment payment(XmlElement p, String travellerReference) {
        Payment pay = new Payment();
        pay.form = p.attr("PaymentType", "FOPType", "Type", "Form");
        pay.amount = values.decimal(p, "Amount", "PaymentAmount");
        pay.travellerReference = first(p.value(TRAVELLER_REF), travellerReference);
        XmlElement card = p.child("PaymentCard", "Card", "CreditCard");
        XmlElement holder = card != null ? card : p;
        if (card != null) {
            pay.form = first(pay.form, "CC");
        } else if (p.child("Cash") != null) {
            pay.form = first(pay.form, "CA");
        } else if (p.child("Check", "Cheque") != null) {
            pay.form = first(pay.form, "CK");
        } else if (p.child("DirectBill", "Government") != null) {
            pay.form = first(pay.form, p.child("Government") != null ? "GR" : "MS");
        } else if (pay.form == null && !p.children().isEmpty()) {
            pay.form = p.children().get(0).name; // an OpenTravel form this reader has no code for, as sent
        }
        pay.cardType = holder.value("CardCode", "CardType", "VendorCode");
        pay.cardNumber = holder.value("CardNumber", "MaskedCardNumber", "AccountNbr");
        pay.cardExpiry = holder.value("ExpireDate", "ExpiryDate");
        pay.payerName = holder.value("CardHolderName", "PayerName");
        XmlElement payer = p.child("Payer");
        if (payer != null) {
            XmlElement name = payer.child("PersonName");
            XmlElement n = name == null ? payer : name;
            pay.payerName = first(pay.payerName, join(" ", n.value("GivenName"), n.value("Surname")), payer.text());
        }
        XmlElement address = holder.child("Address");
        if (address != null) {
            Address a = address(address);
            pay.payerAddress = join(", ", a.street, a.postcode, a.city, a.subEntity, a.country);
        }
        XmlElement phone = holder.child("Telephone");
        if (phone != null) {
            pay.payerPhone = phone.attr("PhoneNumber") != null ? phone.attr("PhoneNumber") : phone.text();
        }
        if (pay.amount == null && p.child("PaymentAmount") != null) {
            pay.amount = values.decimal(p.child("PaymentAmount"), "Amount");
        }
        return pay;
    }

    private void itinerary(XmlElement e, Pnr pnr) {
        List<XmlElement> segments = new ArrayList<>();
        e.collect(segments, NOT_ITINERARY, SEGMENT);
        for (XmlElement s : segments) {
            ItinerarySegment seg = new ItinerarySegment();
            XmlElement marketing = s.child("MarketingAirline");
            XmlElement operating = s.child("OperatingAirline");
            seg.carrier = first(s.value("MarketingAirline", "AirlineCode", "CarrierCode", "Carrier"),
                    operating == null ? null : operating.value("Code"));
            seg.flightNumber = first(s.attr("FlightNumber"),
                    marketing == null ? null : marketing.attr("FlightNumber"),
                    operating == null ? null : operating.attr("FlightNumber"),
                    s.value("FlightNumber"));
            seg.departureAirport = s.value("DepartureAirport", "BoardPoint", "Origin");
            seg.arrivalAirport = s.value("ArrivalAirport", "OffPoint", "Destination");
            seg.departureTime = values.dateTime(s, "DepartureDateTime", "DepartureTime");
            seg.arrivalTime = values.dateTime(s, "ArrivalDateTime", "ArrivalTime");
            seg.bookingClass = s.value("ResBookDesigCode", "BookingClass", "ClassOfService");
            seg.status = s.value("Status", "ActionCode");
            seg.partySize = values.integer(s, "NumberInParty");
            XmlElement equipment = s.child("Equipment");
            seg.equipment = equipment == null ? s.attr("AirEquipType", "Equipment")
                    : first(equipment.attr("AirEquipType"), equipment.text());
            for (XmlElement seat : seatElements(s)) {
                SeatAssignment a = seat(seat);
                if (a != null) {
                    seg.seats = add(seg.seats, a);
                    travellerSeat(pnr, a);
                }
            }
            pnr.itinerary = pnr.add(pnr.itinerary, seg);
            segmentRefs.add(s.attr("RPH", "SegmentRPH", "SegmentNumber", "SequenceNumber"));
        }
    }

    private static List<XmlElement> seatElements(XmlElement e) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement s : e.children("SeatAssignments", "Seats", "SeatAssignment", "Seat", "SeatInfo")) {
            List<XmlElement> inner = s.children("SeatAssignment", "Seat", "SeatInfo");
            if (!inner.isEmpty()) {
                out.addAll(inner);
            } else if (!s.is("SeatAssignments", "Seats")) {
                out.add(s);
            }
        }
        return out;
    }

    private static SeatAssignment seat(XmlElement s) {
        String number = first(s.attr("SeatNumber", "Seat", "Number"), s.text());
        if (number == null) {
            number = s.value("SeatNumber");
        }
        if (number == null) {
            return null;
        }
        SeatAssignment a = new SeatAssignment(s.value(TRAVELLER_REF), number);
        a.cabin = s.value("CabinClass", "Cabin", "CabinType");
        return a;
    }

    private static void travellerSeat(Pnr pnr, SeatAssignment a) {
        Traveller t = byReference(pnr, a.travellerReference);
        if (t != null && t.seat == null) {
            t.seat = a.seat;
        }
    }

    // SeatAssignments at PNR level name their segment by RPH, or by position when segments carry none
    private void seats(XmlElement e, Pnr pnr) {
        for (XmlElement s : seatElements(e)) {
            SeatAssignment a = seat(s);
            if (a == null) {
                continue;
            }
            travellerSeat(pnr, a);
            ItinerarySegment seg = segment(pnr, s.value(SEGMENT_REF));
            if (seg == null) {
                values.report(ProblemCode.MISSING_VALUE, s, "seat " + a.seat
                        + " does not say which flight segment it is on (FlightRefNumber); kept on the traveller only");
            } else {
                seg.seats = add(seg.seats, a);
            }
        }
        segmentRefs.clear();
    }

    private ItinerarySegment segment(Pnr pnr, String ref) {
        if (pnr.itinerary == null) {
            return null;
        }
        if (ref == null) {
            return pnr.itinerary.size() == 1 ? pnr.itinerary.get(0) : null;
        }
        int i = segmentRefs.indexOf(ref);
        if (i >= 0) {
            return pnr.itinerary.get(i);
        }
        if (segmentRefs.stream().allMatch(r -> r == null)) {
            try {
                int n = Integer.parseInt(ref);
                return n >= 1 && n <= pnr.itinerary.size() ? pnr.itinerary.get(n - 1) : null;
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }

    // Baggage / Bags / CheckedBaggage: a wrapper of Bag elements, or one bag record itself
    private void bags(XmlElement e, Pnr pnr, String travellerReference) {
        for (XmlElement b : e.children("Baggage", "Bags", "CheckedBaggage", "BaggageInfo", "Bag")) {
            List<XmlElement> inner = b.children("Bag", "BagDetail", "CheckedBag", "Baggage");
            if (inner.isEmpty()) {
                pnr.bags = pnr.add(pnr.bags, bag(b, travellerReference));
            } else {
                for (XmlElement i : inner) {
                    pnr.bags = pnr.add(pnr.bags, bag(i, travellerReference));
                }
            }
        }
    }

    private Bag bag(XmlElement b, String travellerReference) {
        Bag bag = new Bag();
        bag.travellerReference = first(b.value(TRAVELLER_REF), travellerReference);
        bag.count = values.integer(b, "Quantity", "Count", "Pieces", "NumberOfPieces", "BagCount");
        BigDecimal weight = values.decimal(b, "Weight", "TotalWeight", "WeightKg");
        if (weight != null) {
            String unit = b.value("UnitOfMeasure", "UnitOfMeasureCode", "WeightUnit", "Unit");
            // 700 kilograms as in EDIFACT TBD; 701 pounds
            boolean pounds = unit != null && (unit.equalsIgnoreCase("LB") || unit.equalsIgnoreCase("LBS")
                    || unit.equals("701"));
            bag.weightKg = (pounds ? weight.multiply(new BigDecimal("0.45359237")) : weight)
                    .setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        }
        String pool = b.value("BaggagePool", "PoolRole", "Pool");
        if (pool != null) {
            bag.poolRole = switch (pool.toUpperCase(Locale.ROOT)) {
                case "HP" -> "head";
                case "MP" -> "member";
                default -> pool;
            };
        }
        bag.poolReference = b.value("PoolReference", "HeadOfPool", "HeadOfPoolRef", "PoolHeadReference");
        bag.destination = b.value("Destination", "BagDestination", "FinalDestination");
        List<XmlElement> tags = new ArrayList<>();
        b.collect(tags, new String[0], "BagTag", "Tag", "BagTagNumber");
        for (XmlElement t : tags) {
            String tag = first(t.attr("TagNumber", "Number", "SerialNumber"), t.text());
            if (tag != null) {
                bag.tags = add(bag.tags, tag);
            }
        }
        String tag = b.attr("BagTag", "TagNumber");
        if (tag != null) {
            bag.tags = add(bag.tags, tag);
        }
        return bag;
    }

    private static List<XmlElement> ssrElements(XmlElement e) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement s : e.children("SpecialServiceRequests", "SSRs", "SpecialServiceRequest", "SSR")) {
            List<XmlElement> inner = s.children("SpecialServiceRequest", "SSR");
            if (!inner.isEmpty()) {
                out.addAll(inner);
            } else if (!s.is("SpecialServiceRequests", "SSRs")) {
                out.add(s);
            }
        }
        return out;
    }

    private void ssr(XmlElement s, Pnr pnr, Traveller owner) {
        String code = s.value("SSRCode", "SSR_Code", "Code", "Type");
        String text = first(s.value("Text", "FreeText", "Description"), s.children().isEmpty() ? s.text() : null);
        String ref = first(s.value(TRAVELLER_REF), owner == null ? null : owner.reference);
        if (code != null && (code.equalsIgnoreCase("DOCS") || code.equalsIgnoreCase("DOCO")
                || code.equalsIgnoreCase("DOCA"))) {
            Traveller t = owner != null ? owner : byReference(pnr, ref);
            if (t == null && pnr.travellers.size() == 1) {
                t = pnr.travellers.get(0);
            }
            if (t == null) {
                values.report(ProblemCode.MISSING_VALUE, s, "SSR " + code
                        + " names no traveller of this PNR (TravelerRefNumber); its data was not attached");
            } else if (code.equalsIgnoreCase("DOCS") && text != null) {
                docsText(text, t, s);
            }
            return; // DOCS/DOCO/DOCA are travel data, not services
        }
        SpecialService x = new SpecialService();
        x.code = code;
        x.status = s.value("Status");
        x.carrier = s.value("Airline", "AirlineCode", "Carrier");
        x.travellerReference = ref;
        x.text = text;
        markSensitive(x, s, "SSR " + code);
        pnr.services = pnr.add(pnr.services, x);
    }

    /** Same hook as the EDIFACT decoder: health or religion data is marked so the engine deletes it. */
    private void markSensitive(SpecialService x, XmlElement at, String what) {
        String category = SensitiveData.classify(x.code, x.text);
        if (category != null) {
            x.sensitive = true;
            x.sensitiveCategory = category;
            values.report(ProblemCode.SENSITIVE_DATA, at, what + " reveals " + category
                    + " data; it is marked sensitive and must be deleted on receipt (EU PNR Directive art. 13)");
        }
    }

    // SSR DOCS free text: /P/DEU/C01X00T47/DEU/17JUN85/F/30MAY31/MUELLER/ANNA/MARIA
    private void docsText(String text, Traveller t, XmlElement at) {
        String[] f = (text.startsWith("/") ? text.substring(1) : text).split("/", -1);
        if (f.length < 3) {
            values.report(ProblemCode.INVALID_VALUE, at, "SSR DOCS text '" + text + "' has too few fields");
            return;
        }
        TravelDocument d = t.addDocument();
        d.type = field(f, 0);
        d.issuingCountry = field(f, 1);
        d.number = field(f, 2);
        if (t.nationality == null) {
            t.nationality = field(f, 3);
        }
        if (t.birthDate == null && field(f, 4) != null) {
            t.birthDate = XmlValues.parseDate(f[4], values.today(), true);
            if (t.birthDate == null) {
                values.report(ProblemCode.INVALID_DATE, at, "SSR DOCS birth date '" + f[4] + "' is not a date");
            }
        }
        if (t.sex == null) {
            t.sex = sex(field(f, 5));
        }
        if (field(f, 6) != null) {
            d.expiryDate = XmlValues.parseDate(f[6], values.today(), false);
            if (d.expiryDate == null) {
                values.report(ProblemCode.INVALID_DATE, at, "SSR DOCS expiry date '" + f[6] + "' is not a date");
            }
        }
        if (t.surname == null) {
            t.surname = field(f, 7);
            t.givenNames = join(" ", field(f, 8), field(f, 9));
        }
    }

    private void remarks(XmlElement e, Pnr pnr) {
        for (XmlElement r : e.children("Remarks", "Remark", "OtherServiceInformation", "OtherServiceInfo", "OSI")) {
            List<XmlElement> inner = r.children("Remark", "OtherServiceInformation", "OSI", "Text");
            for (XmlElement i : inner.isEmpty() ? List.of(r) : inner) {
                String text = first(i.value("Text"), i.children().isEmpty() ? i.text() : null, i.attr("Remark"));
                if (text == null) {
                    continue;
                }
                if (SensitiveData.textCategory(text) != null) {
                    // kept out of the plain remarks, as the EDIFACT decoder does with IFT text
                    SpecialService x = new SpecialService();
                    x.code = "IFT";
                    x.text = text;
                    markSensitive(x, i, "remark text");
                    pnr.services = pnr.add(pnr.services, x);
                } else {
                    pnr.remarks = pnr.add(pnr.remarks, text);
                }
            }
        }
    }

    // History / HistoryItem: when, who, what (A added, X cancelled) and the changed element
    private void history(XmlElement e, Pnr pnr) {
        for (XmlElement h : e.children("History", "PNRHistory", "HistoryItems")) {
            for (XmlElement i : h.children()) {
                HistoryEntry entry = new HistoryEntry();
                entry.time = values.dateTime(i, "DateTime", "TimeStamp", "Time", "Date");
                entry.agent = i.value("AgentSine", "Agent", "AgentID", "Originator");
                String action = i.value("Action", "ActionCode", "ChangeType");
                entry.action = action == null ? null : switch (action.toUpperCase(Locale.ROOT)) {
                    case "A" -> "added";
                    case "X" -> "cancelled";
                    default -> action;
                };
                entry.text = first(i.value("Text", "Element", "Description"),
                        i.children().isEmpty() ? i.text() : describe(i));
                pnr.history = pnr.add(pnr.history, entry);
            }
        }
    }

    // a changed element sent as structure: its name and its values, e.g. "FlightSegment LH 400 FRA JFK"
    private static String describe(XmlElement i) {
        StringBuilder sb = new StringBuilder();
        for (XmlElement c : i.children()) {
            if (c.is("Text", "Agent", "AgentSine", "Action", "ActionCode", "DateTime", "TimeStamp")) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "; ").append(c.name);
            for (XmlElement g : c.children()) {
                String v = first(g.text(), g.attr("Code", "LocationCode"));
                if (v != null) {
                    sb.append(' ').append(v);
                }
            }
            if (c.text() != null) {
                sb.append(' ').append(c.text());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static Traveller byReference(Pnr pnr, String ref) {
        if (ref == null) {
            return null;
        }
        for (Traveller t : pnr.travellers) {
            if (ref.equals(t.reference)) {
                return t;
            }
        }
        return null;
    }

    private static String passengerType(String v) {
        if (v == null) {
            return null;
        }
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "ADT" -> "A";
            case "CHD", "CNN" -> "C";
            case "INF" -> "IN";
            default -> v;
        };
    }

    private static String sex(String v) {
        if (v == null) {
            return null;
        }
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "M", "MALE", "MI" -> "M";
            case "F", "FEMALE", "FI" -> "F";
            case "U", "UNKNOWN" -> "U";
            case "X", "UNSPECIFIED", "UNDISCLOSED" -> "X";
            default -> v;
        };
    }

    private static String field(String[] f, int i) {
        return i < f.length && !f[i].isBlank() ? f[i].trim() : null;
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> l = list == null ? new ArrayList<>(2) : list;
        l.add(item);
        return l;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : sep).append(p);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
