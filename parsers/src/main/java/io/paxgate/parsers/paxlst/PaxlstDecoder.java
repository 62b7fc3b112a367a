package io.paxgate.parsers.paxlst;

import io.paxgate.parsers.bags.BagTagRanges;
import io.paxgate.parsers.edifact.EdifactDates;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.Tags;
import io.paxgate.parsers.envelope.DecodeContext;
import io.paxgate.parsers.envelope.MessageDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.FlightLeg;
import io.paxgate.parsers.model.MessageSource;
import io.paxgate.parsers.model.Address;
import io.paxgate.parsers.model.Party;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.model.TravellerRole;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Problems;
import io.paxgate.parsers.problem.Severity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * PAXLST per the WCO/IATA/ICAO API Guidelines (D:02B, D:05B, D:12B, D:15B). Segment groups are
 * tracked by position: Gr1 reporting party (NAD+MS), Gr2/Gr3 flight and legs (TDT, LOC, DTM),
 * Gr4 persons (NAD+FL/FM/DDU/DDT and what follows), Gr5 documents (DOC, DTM, LOC+91).
 * National non-IATA variants (US ACE) are recognised and reported, not read as IATA API.
 */
public final class PaxlstDecoder implements MessageDecoder {
    private enum Group { HEADER, PARTY, FLIGHT, PERSON, DOCUMENT }

    private DecodeContext ctx;
    private Problems problems;
    private LocalDate today;
    private PaxlstMessage msg;
    private Group group;
    private FlightLeg leg;
    /** After LOC+92: the leg that ends at that point, which the next DTM+232 belongs to. */
    private FlightLeg endingLeg;
    private Traveller person;
    private TravelDocument document;
    private boolean travellerLimitReported;
    private boolean variantReported;
    private int passengers;
    private int crew;
    private int cntIndex;
    private long cntOffset;
    // Qualifiers packed as Segment.codeInt returns them: switching on them costs no String and no table
    private static final int TN = 'T' << 8 | 'N';
    private static final int AVF = 'A' << 16 | 'V' << 8 | 'F';
    private static final int ABO = 'A' << 16 | 'B' << 8 | 'O';
    private static final int SEA = 'S' << 16 | 'E' << 8 | 'A';
    private static final int AEA = 'A' << 16 | 'E' << 8 | 'A';
    private static final int YZG = 'Y' << 16 | 'Z' << 8 | 'G';
    private static final int TKT = 'T' << 16 | 'K' << 8 | 'T';
    private static final int CR = 'C' << 8 | 'R';
    private static final int MS = 'M' << 8 | 'S';
    private static final int FL = 'F' << 8 | 'L';
    private static final int FM = 'F' << 8 | 'M';
    private static final int DDU = 'D' << 16 | 'D' << 8 | 'U';
    private static final int DDT = 'D' << 16 | 'D' << 8 | 'T';
    private static final int VW = 'V' << 8 | 'W';
    private static final int TE = 'T' << 8 | 'E';
    private static final int FX = 'F' << 8 | 'X';
    private static final int EM = 'E' << 8 | 'M';
    private static final int L22 = '2' << 8 | '2';
    private static final int L87 = '8' << 8 | '7';
    private static final int L91 = '9' << 8 | '1';
    private static final int L92 = '9' << 8 | '2';
    private static final int L125 = '1' << 16 | '2' << 8 | '5';
    private static final int L130 = '1' << 16 | '3' << 8 | '0';
    private static final int L174 = '1' << 16 | '7' << 8 | '4';
    private static final int L178 = '1' << 16 | '7' << 8 | '8';
    private static final int L179 = '1' << 16 | '7' << 8 | '9';
    private static final int L180 = '1' << 16 | '8' << 8 | '0';
    private static final int VERIFIED = '1' << 16 | '7' << 8 | '3';
    private static final int NOT_VERIFIED = '1' << 16 | '7' << 8 | '4';
    private static final int BAG = 'B' << 16 | 'A' << 8 | 'G';
    private static final int CT = 'C' << 8 | 'T';
    private static final int WT = 'W' << 8 | 'T';
    private static final int LBR = 'L' << 16 | 'B' << 8 | 'R';
    private static final int D36 = '3' << 8 | '6';
    private static final int D182 = '1' << 16 | '8' << 8 | '2';
    private static final int D189 = '1' << 16 | '8' << 8 | '9';
    private static final int D232 = '2' << 16 | '3' << 8 | '2';
    private static final int D329 = '3' << 16 | '2' << 8 | '9';

    /** Work array for expanding FTX+BAG tag ranges. */
    private final char[] tagScratch = new char[64];

    @Override
    public void begin(DecodeContext context, MessageSource source) {
        ctx = context;
        problems = context.problems();
        today = context.today();
        msg = new PaxlstMessage();
        msg.source = source; // problems raised in end() point at the UNH
        group = Group.HEADER;
        leg = null;
        endingLeg = null;
        person = null;
        document = null;
        travellerLimitReported = false;
        variantReported = false;
        passengers = 0;
        crew = 0;
        cntIndex = -1;
        cntOffset = -1;
    }

    @Override
    public void segment(Segment s) {
        switch (s.tag()) {
            case Tags.BGM -> bgm(s);
            case Tags.RFF -> rff(s);
            case Tags.NAD -> nad(s);
            case Tags.COM -> com(s);
            case Tags.TDT -> tdt(s);
            case Tags.LOC -> loc(s);
            case Tags.DTM -> dtm(s);
            case Tags.ATT -> att(s);
            case Tags.GEI -> gei(s);
            case Tags.FTX -> ftx(s);
            case Tags.MEA -> mea(s);
            case Tags.NAT -> nat(s);
            case Tags.DOC -> doc(s);
            case Tags.EMP -> emp(s);
            case Tags.CNT -> cnt(s);
            case Tags.QTY, Tags.CPI -> { } // carried by some states; no screening value
            default -> problems.add(ProblemCode.UNEXPECTED_SEGMENT, s.index(), s.tagName(), s.offset(),
                    s.tagName() + " is not a PAXLST segment and was skipped");
        }
    }

    @Override
    public DecodedMessage end() {
        Flight f = msg.flight;
        if (f != null && f.finalDestination == null && f.legs != null && f.legs.size() > 1) {
            f.finalDestination = f.legs.get(f.legs.size() - 1).arrivalAirport; // multi-sector without LOC+130
        }
        if (msg.flight == null) {
            problems.add(ProblemCode.MISSING_SEGMENT, -1, "TDT", msg.source.offset,
                    "the manifest has no TDT flight segment; travellers cannot be tied to a flight");
        }
        if (msg.declaredPassengers != null && msg.declaredPassengers != passengers && !travellerLimitReported) {
            problems.add(ProblemCode.COUNT_MISMATCH, cntIndex, "CNT", cntOffset,
                    "CNT+42 declares " + msg.declaredPassengers + " passengers but the message lists " + passengers);
        }
        if (msg.declaredCrew != null && msg.declaredCrew != crew && !travellerLimitReported) {
            problems.add(ProblemCode.COUNT_MISMATCH, cntIndex, "CNT", cntOffset,
                    "CNT+41 declares " + msg.declaredCrew + " crew but the message lists " + crew);
        }
        PaxlstMessage out = msg;
        msg = null;
        person = null;
        document = null;
        leg = null;
        return out;
    }

    // BGM+745 / BGM+250+C / BGM+745+CP
    private void bgm(Segment s) {
        msg.documentCode = s.code(1, 1);
        msg.functionCode = s.text(2, 1);
        if (msg.documentCode == null) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 1, "BGM has no document code (745 passenger list, 250 crew list ...)");
            return;
        }
        switch (msg.documentCode) {
            case "745" -> msg.documentKind = "passenger_list";
            case "250" -> msg.documentKind = "crew_list";
            case "266" -> msg.documentKind = "flight_status_update";
            case "336" -> msg.documentKind = "master_crew_list";
            case "655" -> msg.documentKind = "gate_pass";
            case "10" -> nationalVariant(s, "US_ACE", "BGM+10 is the US ACE manifest, not a WCO/IATA/ICAO API list");
            default -> warn(ProblemCode.INVALID_VALUE, s, 1, 1,
                    "unknown BGM document code '" + msg.documentCode + "' (expected 745, 250, 266, 336 or 655)");
        }
    }

    private void rff(Segment s) {
        int q = s.codeInt(1, 1);
        if (q == 0) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 1, "RFF has no reference qualifier");
            return;
        }
        if (person == null) {
            if (q == TN) { // RFF+TN: transaction reference number
                msg.transactionReference = s.text(1, 2);
            }
            return;
        }
        switch (q) {
            case AVF -> person.bookingReference = s.text(1, 2);
            case ABO -> person.passengerReference = s.text(1, 2);
            case SEA -> person.seat = s.text(1, 2);
            case AEA -> person.governmentReference = s.text(1, 2);
            case YZG, TKT -> person.ticketNumber = s.text(1, 2);
            case CR -> person.addFrequentFlyer().number = s.text(1, 2);
            default -> { } // other state-specific references carry nothing we screen on
        }
    }

    private void nad(Segment s) {
        int q = s.codeInt(1, 1);
        if (q == 0) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 1, "NAD has no party qualifier");
            return;
        }
        if (q == MS) { // NAD+MS: reporting party
            Party party = new Party();
            party.name = s.isPresent(4, 1) ? s.joinedText(4, 1) : s.joinedText(3, 1);
            msg.reportingParty = party;
            group = Group.PARTY;
            return;
        }
        TravellerRole role = switch (q) {
            case FL -> TravellerRole.PASSENGER;
            case FM -> TravellerRole.CREW;
            case DDU -> TravellerRole.IN_TRANSIT_PASSENGER;
            case DDT -> TravellerRole.IN_TRANSIT_CREW;
            default -> null;
        };
        if (role != null && "US_ACE".equals(msg.variant) && "10".equals(msg.documentCode)) {
            // BGM+10: the whole list is a US ACE manifest, whose parties are not IATA API persons
            person = null;
            group = Group.PERSON;
            return;
        }
        if (role == null) {
            if (q == VW) {
                nationalVariant(s, "US_ACE", "NAD+VW is a US ACE party, not a WCO/IATA/ICAO API person");
            } else {
                warn(ProblemCode.INVALID_VALUE, s, 1, 1, "unknown NAD qualifier '" + s.code(1, 1)
                        + "' (FL passenger, FM crew, DDU/DDT in transit); the person was not read");
            }
            person = null;
            group = Group.PERSON;
            return;
        }
        group = Group.PERSON;
        document = null;
        if (msg.travellers.size() >= ctx.limits().maxTravellersPerMessage()) {
            if (!travellerLimitReported) {
                travellerLimitReported = true;
                problems.add(ProblemCode.LIMIT_EXCEEDED, s.index(), "NAD", s.offset(),
                        "more than " + ctx.limits().maxTravellersPerMessage()
                                + " persons in one message; the rest were not read");
            }
            person = null;
            return;
        }
        Traveller t = new Traveller();
        t.role = role;
        // NAD+FL+++SURNAME:GIVEN:MIDDLE+STREET+CITY+SUB-ENTITY+POSTCODE+COUNTRY
        t.surname = s.text(4, 1);
        t.givenNames = s.componentCount(4) > 2 ? s.joinedText(4, 2) : s.text(4, 2);
        if (t.surname == null) {
            if (s.isPresent(3, 1)) { // unstructured name and address (C058) instead of C080
                t.surname = s.joinedText(3, 1);
            } else {
                warn(ProblemCode.MISSING_VALUE, s, 4, 1, "person has no surname");
            }
        }
        if (s.isPresent(5, 1) || s.isPresent(6, 1) || s.isPresent(8, 1) || s.isPresent(9, 1)) {
            Address a = new Address();
            a.street = s.joinedText(5, 1);
            a.city = s.text(6, 1);
            a.subEntity = s.text(7, 1);
            a.postcode = s.text(8, 1);
            a.country = s.code(9, 1);
            t.address = a;
        }
        msg.travellers.add(t);
        if (role.isCrew()) {
            crew++;
        } else {
            passengers++;
        }
        person = t;
    }

    // COM+49 69 6960:TE+49 69 6961:FX
    private void com(Segment s) {
        for (int e = 1; e <= s.elementCount(); e++) {
            String number = s.text(e, 1);
            if (number == null) {
                continue;
            }
            String type = switch (s.codeInt(e, 2)) {
                case 0, TE -> "phone";
                case FX -> "fax";
                case EM -> "email";
                default -> s.code(e, 2);
            };
            if (group == Group.PARTY && msg.reportingParty != null && person == null) {
                switch (type) {
                    case "fax" -> msg.reportingParty.fax = number;
                    case "email" -> msg.reportingParty.email = number;
                    default -> msg.reportingParty.phone = number;
                }
            } else if (person != null) {
                person.addContact(type, number);
            }
        }
    }

    // TDT+20+LH400+++LH
    private void tdt(Segment s) {
        Flight f = msg.flight;
        if (f == null) {
            f = new Flight();
            msg.flight = f;
        } else {
            warn(ProblemCode.UNEXPECTED_SEGMENT, s, 0, 0, "a second TDT in one manifest; its legs were added to the first flight");
        }
        group = Group.FLIGHT;
        f.transportStage = s.code(1, 1);
        String id = s.text(2, 1);
        String carrier = s.code(5, 1);
        if (carrier == null && id != null && id.length() > 2) {
            carrier = id.substring(0, 2);
        }
        f.carrier = carrier;
        if (id == null) {
            warn(ProblemCode.MISSING_VALUE, s, 2, 1, "TDT has no flight identification");
        } else {
            f.number = carrier != null && id.startsWith(carrier) && id.length() > carrier.length()
                    ? id.substring(carrier.length()) : id;
        }
    }

    private void loc(Segment s) {
        int q = s.codeInt(1, 1);
        if (q == 0) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 1, "LOC has no location qualifier");
            return;
        }
        String place = s.code(2, 1);
        if (group == Group.FLIGHT || (group == Group.HEADER && msg.flight != null)) {
            flightLoc(s, q, place);
            return;
        }
        if (person == null) {
            return;
        }
        switch (q) {
            case L91 -> { // LOC+91: document issuing country
                if (document != null) {
                    document.issuingCountry = place;
                }
            }
            case L22 -> person.clearanceAirport = place;
            case L174 -> person.residenceCountry = place;
            case L178 -> person.embarkationAirport = place;
            case L179 -> person.debarkationAirport = place;
            case L180 -> person.birthPlace = birthPlace(s);
            default -> { }
        }
    }

    /** LOC+180+:::FRANKFURT AM MAIN DEU (description in component 4) or LOC+180+DEU. */
    private static String birthPlace(Segment s) {
        // The usual forms carry one part (LOC+180+:::TOWN CTRY or LOC+180+DEU): one String, no builder.
        int onlyE = 0;
        int onlyC = 0;
        int parts = 0;
        for (int c = 1; c <= s.componentCount(2); c++) {
            if ((c == 1 || c == 4) && s.isPresent(2, c)) {
                parts++;
                onlyE = 2;
                onlyC = c;
            }
        }
        for (int e = 3; e <= s.elementCount(); e++) {
            if (s.isPresent(e, 4) || s.isPresent(e, 1)) {
                parts++;
                onlyE = e;
                onlyC = s.isPresent(e, 4) ? 4 : 1;
            }
        }
        if (parts <= 1) {
            String t = parts == 0 ? null : s.text(onlyE, onlyC);
            return t == null || t.isEmpty() ? null : t; // a part of only line breaks is no place
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= s.componentCount(2); c++) {
            String t = s.text(2, c);
            if (t != null && (c == 1 || c == 4)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        for (int e = 3; e <= s.elementCount(); e++) {
            String t = s.text(e, 4);
            if (t == null) {
                t = s.text(e, 1);
            }
            if (t != null) {
                sb.append(sb.length() > 0 ? " " : "").append(t);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private void flightLoc(Segment s, int q, String place) {
        Flight f = msg.flight;
        endingLeg = null;
        switch (q) {
            case L125 -> { // last departure airport before the reporting state
                leg = f.addLeg();
                leg.departureAirport = place;
                if (f.departureAirport == null) {
                    f.departureAirport = place;
                }
            }
            case L87 -> { // first arrival airport in the reporting state
                if (leg == null || leg.arrivalAirport != null) {
                    leg = f.addLeg();
                }
                leg.arrivalAirport = place;
                if (f.arrivalAirport == null) {
                    f.arrivalAirport = place;
                }
            }
            case L92 -> { // progressive (multi-sector) point: ends one leg, starts the next
                if (leg != null && leg.arrivalAirport == null && leg.departureAirport != null) {
                    leg.arrivalAirport = place;
                    endingLeg = leg;
                }
                leg = f.addLeg();
                leg.departureAirport = place;
            }
            case L130 -> f.finalDestination = place;
            default -> warn(ProblemCode.INVALID_VALUE, s, 1, 1, "unknown flight LOC qualifier '" + s.code(1, 1) + "'");
        }
    }

    private void dtm(Segment s) {
        int q = s.codeInt(1, 1);
        if (q == 0) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 1, "DTM has no date qualifier");
            return;
        }
        if (s.isEmpty(1, 2)) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 2, "DTM+" + s.code(1, 1) + " has no date");
            return;
        }
        switch (q) {
            case D189, D232 -> {
                LocalDateTime t = EdifactDates.dateTime(s, 1, 2, today);
                if (t == null) {
                    invalidDate(s);
                    return;
                }
                if (leg == null && msg.flight != null) {
                    leg = msg.flight.addLeg();
                }
                if (leg == null) {
                    return;
                }
                Flight f = msg.flight;
                if (q == D189) { // DTM+189: departure date/time
                    leg.departureTime = t;
                    if (f.departureTime == null && f.departureAirport != null && f.departureAirport.equals(leg.departureAirport)) {
                        f.departureTime = t;
                    }
                } else if (endingLeg != null && endingLeg.arrivalTime == null) {
                    endingLeg.arrivalTime = t; // DTM+232 after LOC+92: arrival at the progressive point
                } else { // DTM+232: arrival date/time
                    leg.arrivalTime = t;
                    if (f.arrivalTime == null && f.arrivalAirport != null && f.arrivalAirport.equals(leg.arrivalAirport)) {
                        f.arrivalTime = t;
                    }
                }
            }
            case D329 -> { // DTM+329: date of birth
                if (person != null) {
                    person.birthDate = EdifactDates.date(s, 1, 2, today, true);
                    if (person.birthDate == null) {
                        invalidDate(s);
                    }
                }
            }
            case D36, D182 -> { // DTM+36: document expiry, DTM+182: issue date
                if (document != null) {
                    LocalDate d = EdifactDates.date(s, 1, 2, today, false);
                    if (d == null) {
                        invalidDate(s);
                    } else if (q == D36) {
                        document.expiryDate = d;
                    } else {
                        document.issueDate = d;
                    }
                }
            }
            default -> { }
        }
    }

    private void invalidDate(Segment s) {
        problems.add(ProblemCode.INVALID_DATE, Severity.WARNING, s.index(), "DTM", 1, 2, s.offset(1, 2),
                "DTM+" + s.code(1, 1) + " date '" + s.text(1, 2) + "' is not a valid YYMMDD, CCYYMMDD or YYMMDDHHMM date");
    }

    // ATT+2++M
    private void att(Segment s) {
        if (person != null && s.codeInt(1, 1) == '2') {
            person.sex = s.code(3, 1);
            if (person.sex != null && !(person.sex.equals("M") || person.sex.equals("F")
                    || person.sex.equals("U") || person.sex.equals("X"))) {
                warn(ProblemCode.INVALID_VALUE, s, 3, 1, "sex '" + person.sex + "' is not M, F, U or X");
            }
        }
    }

    // GEI+4+173 verified / 174 not verified
    private void gei(Segment s) {
        if (person != null && s.codeInt(1, 1) == '4') {
            int v = s.codeInt(2, 1);
            if (v == VERIFIED) {
                person.verified = Boolean.TRUE;
            } else if (v == NOT_VERIFIED) {
                person.verified = Boolean.FALSE;
            }
        }
    }

    // FTX+BAG+++LH0220123456:2
    private void ftx(Segment s) {
        if (person == null || s.codeInt(1, 1) != BAG) {
            return;
        }
        String tag = s.text(4, 1);
        if (tag == null) {
            return;
        }
        long count = s.number(4, 2, 1);
        person.addBagTag(tag);
        BagTagRanges.addConsecutive(person.bagTags, tag, count, tagScratch);
    }

    // MEA+CT++:1 (bag count), MEA+WT++KGM:18 (bag weight)
    private void mea(Segment s) {
        if (person == null) {
            return;
        }
        long v = s.number(3, 2, -1);
        if (v < 0) {
            warn(ProblemCode.INVALID_VALUE, s, 3, 2, "MEA value '" + s.text(3, 2) + "' is not a whole number");
            return;
        }
        int value = (int) Math.min(v, Integer.MAX_VALUE);
        int q = s.codeInt(1, 1);
        if (q == CT) {
            person.bagCount = value;
        } else if (q == WT) {
            person.bagWeightKg = s.codeInt(3, 1) == LBR ? (int) Math.round(value * 0.45359237) : value;
        }
    }

    // NAT+2+DEU
    private void nat(Segment s) {
        if (person != null) {
            person.nationality = s.code(2, 1);
        }
    }

    // DOC+P:110:111+C01X00T47
    private void doc(Segment s) {
        if (person == null) {
            return;
        }
        String type = s.code(1, 1);
        if ("5K".equals(type)) {
            nationalVariant(s, "US_ACE", "DOC+5K is a US ACE document code");
        }
        document = person.addDocument();
        document.type = type;
        document.number = s.text(2, 1);
        group = Group.DOCUMENT;
        if (document.number == null) {
            warn(ProblemCode.MISSING_VALUE, s, 2, 1, "document has no number");
        }
    }

    // EMP+1+CR1:110:111
    private void emp(Segment s) {
        if (person != null) {
            person.crewRole = s.code(2, 1);
        }
    }

    // CNT+42:2 passengers, CNT+41:n crew
    private void cnt(Segment s) {
        long n = s.number(1, 2, -1);
        cntIndex = s.index();
        cntOffset = s.offset();
        if (s.equals(1, 1, "42")) {
            msg.declaredPassengers = n < 0 ? null : (int) Math.min(n, Integer.MAX_VALUE);
        } else if (s.equals(1, 1, "41")) {
            msg.declaredCrew = n < 0 ? null : (int) Math.min(n, Integer.MAX_VALUE);
        }
        person = null;
        document = null;
    }

    private void nationalVariant(Segment s, String variant, String why) {
        msg.variant = variant;
        if (!variantReported) {
            variantReported = true;
            problems.add(ProblemCode.NATIONAL_VARIANT, s.index(), s.tagName(), s.offset(),
                    why + "; national variant " + variant + " is not decoded as IATA API, check its persons by hand");
        }
    }

    private void warn(ProblemCode code, Segment s, int e, int c, String message) {
        problems.add(code, code.defaultSeverity(), s.index(), s.tagName(), e, c, s.offset(), message);
    }
}
