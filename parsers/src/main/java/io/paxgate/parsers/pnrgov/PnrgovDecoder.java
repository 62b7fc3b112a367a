package io.paxgate.parsers.pnrgov;

import io.paxgate.parsers.bags.BagTagRanges;
import io.paxgate.parsers.edifact.CodeCache;
import io.paxgate.parsers.edifact.EdifactDates;
import io.paxgate.parsers.edifact.EdifactNumbers;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.Tags;
import io.paxgate.parsers.envelope.DecodeContext;
import io.paxgate.parsers.envelope.MessageDecoder;
import io.paxgate.parsers.model.Address;
import io.paxgate.parsers.model.Bag;
import io.paxgate.parsers.model.CheckIn;
import io.paxgate.parsers.model.Contact;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.FrequentFlyer;
import io.paxgate.parsers.model.HistoryEntry;
import io.paxgate.parsers.model.ItinerarySegment;
import io.paxgate.parsers.model.MessageSource;
import io.paxgate.parsers.model.NonAirSegment;
import io.paxgate.parsers.model.Originator;
import io.paxgate.parsers.model.Payment;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.SeatAssignment;
import io.paxgate.parsers.model.SpecialService;
import io.paxgate.parsers.model.Ticket;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.model.TravellerRole;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Problems;
import io.paxgate.parsers.problem.Severity;
import io.paxgate.parsers.sensitive.SensitiveData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * PNRGOV EDIFACT 10.1 to 16.1. Level 0 (MSG, ORG, TVL, EQN) describes the push; every SRC starts
 * a PNR (Gr1) with its travellers (Gr2, tickets Gr3, payments Gr4), itinerary (Gr5 with check-in
 * Gr6/Gr7), split PNRs (Gr8), non-air segments (Gr9) and history (Gr10-12, LTS).
 *
 * <p>Groups are tracked by position, tolerantly: versions move segments between groups (SSR DOCS
 * outside Gr2 in 15.1, TIF without TRI), so a segment is read in the nearest group that can hold
 * it. Each PNR is decoded in isolation: an exception inside one becomes a PNR_DECODE_FAILED error
 * on that PNR, its remaining segments are skipped up to the next SRC, and the other PNRs come
 * through whole. Every step is linear in the segments read: nothing chases references (bag pools).
 */
public final class PnrgovDecoder implements MessageDecoder {
    private enum Level { HEADER, PNR, TRAVELLER, TICKET, PAYMENT, SEGMENT, CHECKIN, CHECKIN_TRAVELLER,
        SPLIT, NON_AIR, HISTORY, HISTORY_ITEM }


    /** Test seam: runs inside the per-PNR guard before each segment is read. */
    private final Consumer<Segment> probe;

    private DecodeContext ctx;
    private Problems problems;
    private LocalDate today;
    private PnrgovMessage msg;
    private Level level;
    private int travellerCount;
    private boolean pnrLimitReported;
    private boolean travellerLimitReported;
    private boolean skipping;

    // per PNR
    private Pnr pnr;
    private int pnrMark;
    private Traveller traveller;
    private boolean travellerDropped;
    private Ticket ticket;
    private Payment payment;
    private ItinerarySegment itinerary;
    private LocalDateTime checkInTime;
    private String checkInSystem;
    private String checkInLocation;
    private CheckIn checkIn;
    private NonAirSegment nonAir;
    private String historyAgent;
    private LocalDateTime historyTime;
    // The last few DDMMYY+HHMM values of this message and their LocalDateTime: a push repeats its
    // booking, ticketing and flight dates, and the values are immutable, so they can be shared.
    private static final int DATE_CACHE = 8;
    private final long[] dateKeys = new long[DATE_CACHE];
    private final LocalDateTime[] dateValues = new LocalDateTime[DATE_CACHE];
    private int dateNext;
    private HistoryEntry historyEntry;
    private List<PendingDocument> pending;
    /** Reader of SSR DOCS free text, reused. */
    private final SsrDocsParser.Docs docsReader = new SsrDocsParser.Docs();
    /** Work array for expanding TBD bag tag ranges. */
    private final char[] tagScratch = new char[64];

    public PnrgovDecoder() {
        this(null);
    }

    PnrgovDecoder(Consumer<Segment> probe) {
        this.probe = probe;
    }

    @Override
    public void begin(DecodeContext context, MessageSource source) {
        ctx = context;
        problems = context.problems();
        today = context.today();
        java.util.Arrays.fill(dateKeys, -1); // "today" places two-digit years: no value outlives its message
        java.util.Arrays.fill(dateValues, null);
        dateNext = 0;
        msg = new PnrgovMessage();
        msg.source = source;
        level = Level.HEADER;
        travellerCount = 0;
        pnrLimitReported = false;
        travellerLimitReported = false;
        skipping = false;
        pnr = null;
        resetPnrState();
    }

    @Override
    public void segment(Segment s) {
        int tag = s.tag();
        if (skipping && (tag != Tags.SRC || pnrLimitReported)) {
            return;
        }
        try {
            if (probe != null) {
                probe.accept(s);
            }
            dispatch(s, tag);
        } catch (RuntimeException e) {
            if (pnr == null) {
                problems.add(ProblemCode.INTERNAL_ERROR, Severity.ERROR, s.index(), s.tagName(), -1, -1, s.offset(),
                        "level-0 segment " + s.tagName() + " could not be decoded (" + e.getClass().getSimpleName()
                                + "); decoding went on with the next segment");
                return;
            }
            problems.add(ProblemCode.PNR_DECODE_FAILED, Severity.ERROR, s.index(), s.tagName(), -1, -1, s.offset(),
                    "PNR " + (pnr.recordLocator == null ? "(no locator)" : pnr.recordLocator)
                            + " could not be decoded at segment " + s.index() + " " + s.tagName() + " ("
                            + e.getClass().getSimpleName() + "); what came before it is kept, the rest of this PNR "
                            + "up to the next SRC was skipped. Check this PNR in the airline's original message.");
            skipping = true;
        }
    }

    @Override
    public DecodedMessage end() {
        finishPnr();
        if (msg.pushType == null) {
            problems.add(ProblemCode.MISSING_SEGMENT, -1, "MSG", msg.source.offset,
                    "the push has no level-0 MSG (+:22 full, +:141 update); it is treated as a full push");
        }
        if (msg.flight == null) {
            problems.add(ProblemCode.MISSING_SEGMENT, -1, "TVL", msg.source.offset,
                    "the push has no level-0 TVL; its PNRs cannot be tied to the pushed flight");
        }
        if (msg.declaredPnrCount != null && msg.declaredPnrCount > 0 && !pnrLimitReported
                && msg.declaredPnrCount != msg.pnrs.size()) {
            problems.add(ProblemCode.COUNT_MISMATCH, -1, "EQN", msg.source.offset,
                    "EQN declares " + msg.declaredPnrCount + " PNRs but the message holds " + msg.pnrs.size()
                            + "; ask the airline whether PNRs are missing from the push");
        }
        PnrgovMessage out = msg;
        msg = null;
        pnr = null;
        resetPnrState();
        return out;
    }

    private void dispatch(Segment s, int tag) {
        switch (tag) {
            case Tags.MSG -> msgSegment(s);
            case Tags.ORG -> org(s);
            case Tags.TVL -> tvl(s);
            case Tags.EQN -> eqn(s);
            case Tags.SRC -> src(s);
            case Tags.RCI -> rci(s);
            case Tags.SSR -> ssr(s);
            case Tags.DAT -> dat(s);
            case Tags.IFT -> ift(s);
            case Tags.ADD -> add(s);
            case Tags.EBD -> ebd(s);
            case Tags.TIF -> tif(s);
            case Tags.FTI -> fti(s);
            case Tags.REF -> ref(s);
            case Tags.TKT -> tkt(s);
            case Tags.MON -> mon(s);
            case Tags.PTK -> ptk(s);
            case Tags.FOP -> fop(s);
            case Tags.RPI -> rpi(s);
            case Tags.APD -> apd(s);
            case Tags.TRI -> tri(s);
            case Tags.SSD -> ssd(s);
            case Tags.TBD -> tbd(s);
            case Tags.ABI -> abi(s);
            case Tags.SAC -> sac(s);
            case Tags.LTS -> lts(s);
            case Tags.FAR, Tags.TXD, Tags.TRA -> { } // fare basis, taxes, operating carrier: no screening value
            default -> problems.add(ProblemCode.UNEXPECTED_SEGMENT, s.index(), s.tagName(), s.offset(),
                    s.tagName() + " is not a PNRGOV segment and was skipped");
        }
    }

    // ---------------------------------------------------------------- level 0 and PNR boundaries

    // MSG+:22 full push, MSG+:141 update; inside a PNR, Gr9 MSG+8 non-air (hotel, car ...)
    private void msgSegment(Segment s) {
        if (pnr == null) {
            String code = s.code(1, 2) != null ? s.code(1, 2) : s.code(1, 1);
            msg.pushType = code == null ? null : switch (code) {
                case "22" -> "full";
                case "141" -> "update";
                default -> code;
            };
            if (code == null) {
                warn(ProblemCode.MISSING_VALUE, s, 1, 2, "MSG has no message function (22 full push, 141 update)");
            }
            return;
        }
        level = Level.NON_AIR;
        nonAir = new NonAirSegment();
        String code = s.code(1, 1) != null ? s.code(1, 1) : s.code(1, 2);
        nonAir.type = code == null ? "other" : switch (code) {
            case "8", "HTL", "HHL" -> "hotel";
            case "CAR", "CCR" -> "car";
            default -> code;
        };
        pnr.nonAir = pnr.add(pnr.nonAir, nonAir);
    }

    // level 0 ORG+LH:FRA sender; Gr1 booking originator; Gr6 check-in agent
    private void org(Segment s) {
        if (pnr == null) {
            msg.sender = originator(s);
            return;
        }
        if (level == Level.CHECKIN || level == Level.SEGMENT || level == Level.CHECKIN_TRAVELLER) {
            checkInSystem = s.code(1, 1);
            checkInLocation = s.code(1, 2);
            return;
        }
        if (level == Level.PNR && pnr.originator == null) {
            if (isEmpty(s) && pnr.travellers.isEmpty()) {
                // SRC + RCI + empty ORG: the airline's way of saying the PNR was cancelled
                pnr.cancelled = true;
                return;
            }
            pnr.originator = originator(s);
            return;
        }
        info(s, "ORG outside level 0, Gr1 and Gr6 was skipped");
    }

    /** ORG+1A:MUC+12345675:FRAL12123+FRA+LH:FRA+T+DE:EUR:DE+A78987 */
    private static Originator originator(Segment s) {
        Originator o = new Originator();
        o.system = s.code(1, 1);
        o.location = s.code(1, 2);
        o.travelAgentNumber = s.text(2, 1);
        o.agencyOffice = s.text(2, 2);
        if (o.location == null) {
            o.location = s.code(3, 1);
        }
        o.originatorType = s.code(5, 1);
        o.country = s.code(6, 1);
        o.currency = s.code(6, 2);
        o.language = s.code(6, 3);
        o.agentId = s.text(7, 1);
        return o;
    }

    // level 0 TVL: the pushed flight; Gr5 itinerary; Gr9 non-air place; Gr12 history item
    private void tvl(Segment s) {
        if (pnr == null) {
            Flight f = new Flight();
            f.departureTime = dateTime(s, 1, 1, 1, 2);
            f.arrivalTime = arrival(s, f.departureTime);
            f.departureAirport = s.code(2, 1);
            f.arrivalAirport = s.code(3, 1);
            f.carrier = s.code(4, 1);
            f.number = s.text(5, 1);
            if (f.carrier == null || f.number == null) {
                warn(ProblemCode.MISSING_VALUE, s, f.carrier == null ? 4 : 5, 1,
                        "the pushed flight's TVL has no " + (f.carrier == null ? "carrier" : "flight number"));
            }
            msg.flight = f;
            return;
        }
        if (level == Level.HISTORY || level == Level.HISTORY_ITEM) {
            historyText(s, "TVL " + nz(s.code(2, 1)) + " " + nz(s.code(3, 1)) + " " + nz(s.code(4, 1))
                    + nz(s.text(5, 1)) + " " + nz(s.text(1, 1)), null);
            return;
        }
        if (level == Level.NON_AIR && nonAir != null) {
            if (nonAir.location == null) {
                nonAir.location = s.code(2, 1);
            }
            String when = s.text(1, 1);
            nonAir.text = join(nonAir.text, when == null ? s.text(4, 1) : when + (s.isPresent(1, 3)
                    ? "-" + s.text(1, 3) : "") + (s.isPresent(4, 1) ? " " + s.text(4, 1) : ""));
            return;
        }
        level = Level.SEGMENT;
        checkIn = null;
        checkInTime = null;
        checkInSystem = null;
        checkInLocation = null;
        ItinerarySegment it = new ItinerarySegment();
        it.departureTime = dateTime(s, 1, 1, 1, 2);
        it.arrivalTime = arrival(s, it.departureTime);
        it.departureAirport = s.code(2, 1);
        it.arrivalAirport = s.code(3, 1);
        it.carrier = s.code(4, 1);
        it.flightNumber = s.text(5, 1);
        it.bookingClass = s.code(5, 2);
        pnr.itinerary = pnr.add(pnr.itinerary, it);
        itinerary = it;
    }

    /** TVL element 1: departure date:time:arrival date:time; a missing arrival date is the departure's. */
    private LocalDateTime arrival(Segment s, LocalDateTime departure) {
        if (s.isPresent(1, 3)) {
            return dateTime(s, 1, 3, 1, 4);
        }
        if (departure == null || s.length(1, 4) != 4) {
            return null;
        }
        LocalDateTime a = EdifactDates.at(departure.toLocalDate(), s, 1, 4);
        return a.isBefore(departure) ? a.plusDays(1) : a; // overnight arrival, no date sent
    }

    // level 0 EQN+n: PNRs in the push; inside a PNR, Gr8 split PNRs
    private void eqn(Segment s) {
        long n = s.number(1, 1, -1);
        if (pnr == null) {
            if (n < 0) {
                warn(ProblemCode.INVALID_VALUE, s, 1, 1, "EQN count '" + s.text(1, 1) + "' is not a number");
            } else if (n == 0) {
                problems.add(ProblemCode.MISSING_VALUE, Severity.INFO, s.index(), "EQN", 1, 1, s.offset(),
                        "EQN+0: the sender did not count its PNRs; the PNR count is not checked");
                msg.declaredPnrCount = 0;
            } else {
                msg.declaredPnrCount = (int) Math.min(n, Integer.MAX_VALUE);
            }
            return;
        }
        level = Level.SPLIT;
        if (n >= 0) {
            pnr.splitPnrCount = (int) Math.min(n, Integer.MAX_VALUE);
        }
    }

    // SRC: a new PNR (Gr1)
    private void src(Segment s) {
        finishPnr();
        skipping = false;
        if (msg.pnrs.size() >= ctx.limits().maxPnrsPerMessage()) {
            problems.add(ProblemCode.LIMIT_EXCEEDED, s.index(), "SRC", s.offset(),
                    "more than " + ctx.limits().maxPnrsPerMessage() + " PNRs in one message; this PNR and the "
                            + "rest were not read. Ask the airline to split the push or raise maxPnrsPerMessage.");
            pnrLimitReported = true;
            skipping = true;
            return;
        }
        pnrMark = problems.size();
        pnr = new Pnr();
        msg.pnrs.add(pnr);
        level = Level.PNR;
    }

    private void finishPnr() {
        if (pnr == null) {
            return;
        }
        attachPending();
        if (pnr.travellers.isEmpty() && !pnr.cancelled) {
            problems.add(ProblemCode.MISSING_SEGMENT, -1, "TIF", -1, "PNR "
                    + (pnr.recordLocator == null ? "(no locator)" : pnr.recordLocator)
                    + " has no TIF traveller; its itinerary and payments are kept without names");
        }
        if (pnr.recordLocator == null) {
            problems.add(ProblemCode.MISSING_VALUE, -1, "RCI", -1,
                    "a PNR has no RCI record locator; it cannot be matched with later updates");
        }
        if (problems.size() > pnrMark) {
            pnr.problems = problems.since(pnrMark);
        }
        pnr = null;
        resetPnrState();
    }

    private void resetPnrState() {
        traveller = null;
        travellerDropped = false;
        ticket = null;
        payment = null;
        itinerary = null;
        checkInTime = null;
        checkInSystem = null;
        checkInLocation = null;
        checkIn = null;
        nonAir = null;
        historyAgent = null;
        historyTime = null;
        historyEntry = null;
        pending = null;
        if (msg != null) {
            level = msg.pnrs.isEmpty() ? Level.HEADER : Level.PNR;
        }
    }

    // ---------------------------------------------------------------- Gr1

    // RCI+LH:ABC12D::010226:0935+1A:7Q2XKM
    private void rci(Segment s) {
        if (pnr == null) {
            info(s, "RCI before the first SRC was skipped");
            return;
        }
        if (level == Level.SPLIT) {
            for (int e = 1; e <= s.elementCount(); e++) {
                String loc = locator(s, e);
                if (loc != null) {
                    pnr.splitLocators = pnr.add(pnr.splitLocators, loc);
                }
            }
            return;
        }
        if (level != Level.PNR || pnr.recordLocator != null) {
            return; // Gr5 RCI: the segment's locator in the operating system
        }
        pnr.carrier = s.code(1, 1);
        pnr.recordLocator = s.text(1, 2);
        if (pnr.recordLocator == null) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 2, "RCI has no record locator");
        }
        if (s.isPresent(1, 4)) {
            LocalDate d = EdifactDates.ddmmyy(s, 1, 4, today);
            if (d == null) {
                invalidDate(s, 1, 4);
            } else {
                pnr.bookingDate = EdifactDates.at(d, s, 1, 5);
            }
        }
        for (int e = 2; e <= s.elementCount(); e++) {
            String loc = locator(s, e);
            if (loc != null) {
                pnr.otherLocators = pnr.add(pnr.otherLocators, loc);
            }
        }
    }

    /** RCI element e as "system:locator" (either alone when the other is missing). */
    private static String locator(Segment s, int e) {
        return s.joined(e, 1, ":", 2);
    }

    // DAT+700:120326:1402+710:020226:1015 (Gr1); DAT+710 (Gr3); DAT+2 (Gr6 check-in); DAT+ZT (history)
    private void dat(Segment s) {
        if (pnr == null) {
            return;
        }
        for (int e = 1; e <= s.elementCount(); e++) {
            int q = s.codeInt(e, 1);
            if (q == 0 || s.isEmpty(e, 2)) {
                continue;
            }
            LocalDateTime t = dateTime(s, e, 2, e, 3);
            if (level == Level.HISTORY || level == Level.HISTORY_ITEM) {
                historyTime = t;
                if (historyEntry != null && historyEntry.time == null) {
                    historyEntry.time = t;
                }
                continue;
            }
            switch (q) {
                case DAT_700 -> pnr.lastModified = t;
                case DAT_710 -> {
                    if (ticket != null && (level == Level.TICKET || level == Level.PAYMENT)) {
                        ticket.issueDate = t;
                    }
                    if (pnr.ticketingDate == null) {
                        pnr.ticketingDate = t;
                    }
                }
                case DAT_2 -> { // DAT+2: check-in (Gr6)
                    if (itinerary != null) {
                        level = Level.CHECKIN;
                        checkInTime = t;
                        checkInSystem = null;
                        checkInLocation = null;
                        checkIn = null;
                    }
                }
                default -> { }
            }
        }
    }

    // IFT+4:28::LH+CTCM 4915112345678 (other service information); IFT+4:43+NAME+ADDRESS+PHONE (payer)
    private void ift(Segment s) {
        if (pnr == null) {
            return;
        }
        if (s.codeInt(1, 2) == IFT_PAYER) {
            if (payment != null && level == Level.PAYMENT) {
                payment.payerName = s.joinedText(2, 1);
                payment.payerAddress = s.joinedText(3, 1);
                payment.payerPhone = s.joinedText(4, 1);
            } else {
                pnr.sponsorName = s.joinedText(2, 1);
                pnr.sponsorAddress = s.joinedText(3, 1);
                pnr.sponsorPhone = s.joinedText(4, 1);
            }
            return;
        }
        int len = s.joinText(2, 1, s.elementCount()); // not for IFT+4:43, whose elements are read one by one
        if (len < 0) {
            return;
        }
        if (level == Level.NON_AIR && nonAir != null) {
            nonAir.text = join(nonAir.text, s.textString(0, len));
            return;
        }
        if (contactText(s, len)) {
            return;
        }
        String text = s.textString(0, len);
        String category = SensitiveData.textCategory(text);
        if (category != null) {
            SpecialService sv = new SpecialService();
            sv.code = "IFT";
            sv.text = text;
            sv.travellerReference = traveller != null ? traveller.reference : null;
            markSensitive(s, sv, category);
            pnr.services = pnr.add(pnr.services, sv);
            return;
        }
        pnr.remarks = pnr.add(pnr.remarks, text);
    }

    /**
     * "CTCE NAME//EXAMPLE.DE", "CTCM 4915..." as IFT text (the segment's joined text, {@code len}
     * bytes): a contact of the traveller or the PNR. Read from the bytes: only the value becomes a String.
     */
    private boolean contactText(Segment s, int len) {
        byte[] b = s.textBytes();
        if (len < 6 || b[0] != 'C' || b[1] != 'T' || b[2] != 'C' || b[4] != ' ') {
            return false;
        }
        String type = contactType((char) (b[3] & 0xFF));
        if (type == null) {
            return false;
        }
        String value = contactValue(s, 5, len, type);
        if (value.isEmpty()) {
            return false;
        }
        addContact(type, value);
        return true;
    }

    private static String contactType(char c) {
        return switch (c) {
            case 'E' -> "email";
            case 'M' -> "mobile";
            case 'H', 'B', 'P' -> "phone";
            default -> null;
        };
    }

    private void addContact(String type, String value) {
        if (traveller != null && level != Level.PNR) {
            traveller.addContact(type, value);
        } else {
            pnr.contacts = pnr.add(pnr.contacts, new Contact(type, value));
        }
    }

    /**
     * {@code s.textBytes()[from, to)} trimmed, as one String; an e-mail address is rewritten from
     * AIRIMP in place first ("//" is "@", ".." is "_", "./" is "-"). Every byte compared is ASCII,
     * which no byte of a multi-byte character is.
     */
    private static String contactValue(Segment s, int from, int to, String type) {
        byte[] b = s.textBytes();
        while (from < to && (b[from] & 0xFF) <= ' ') {
            from++;
        }
        while (to > from && (b[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        if (!type.equals("email")) {
            return s.textString(from, to);
        }
        int n = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            byte next = i + 1 < to ? b[i + 1] : 0;
            if (c == '/' && next == '/') {
                b[n++] = '@';
                i++;
            } else if (c == '.' && next == '.') {
                b[n++] = '_';
                i++;
            } else if (c == '.' && next == '/') {
                b[n++] = '-';
                i++;
            } else {
                b[n++] = c;
            }
        }
        return s.textString(from, n);
    }

    // ADD++700:WIESENWEG 12:FRANKFURT:HE::DE:60311
    private void add(Segment s) {
        if (pnr == null) {
            return;
        }
        Address a = new Address();
        a.type = s.code(2, 1);
        a.street = s.text(2, 2);
        a.city = s.text(2, 3);
        a.subEntity = s.text(2, 4);
        a.country = s.code(2, 6);
        a.postcode = s.text(2, 7);
        if (level == Level.PAYMENT && payment != null) {
            if (payment.payerAddress == null) {
                payment.payerAddress = join(join(a.street, a.postcode), join(a.city, a.country));
            }
        } else if (traveller != null && level == Level.TRAVELLER) {
            setAddress(traveller, a);
        } else {
            pnr.addresses = pnr.add(pnr.addresses, a);
        }
    }

    private static void setAddress(Traveller t, Address a) {
        if (t.address == null) {
            t.address = a;
        } else {
            if (t.otherAddresses == null) {
                t.otherAddresses = new ArrayList<>(1);
            }
            t.otherAddresses.add(a);
        }
    }

    // EBD+EUR:70.00+1::N: excess bags
    private void ebd(Segment s) {
        if (pnr == null) {
            return;
        }
        long n = s.number(2, 1, -1);
        if (n >= 0) {
            pnr.excessBags = (pnr.excessBags == null ? 0 : pnr.excessBags) + (int) Math.min(n, 999);
        }
    }

    // ---------------------------------------------------------------- Gr2 travellers

    // TIF+MUELLER+ANNAMS:A:1 (Gr2); inside Gr5-7 the checked-in traveller (Gr7)
    private void tif(Segment s) {
        if (pnr == null) {
            info(s, "TIF before the first SRC was skipped");
            return;
        }
        if (level == Level.HISTORY || level == Level.HISTORY_ITEM) {
            historyText(s, "TIF " + nz(s.text(1, 1)) + "/" + nz(s.text(2, 1)), null);
            return;
        }
        if (level == Level.SEGMENT || level == Level.CHECKIN || level == Level.CHECKIN_TRAVELLER) {
            // Gr7 TIF; some versions send it without a TRI before it
            if (checkIn == null || checkIn.surname != null) {
                newCheckIn(s.code(2, 3));
            }
            checkIn.surname = s.text(1, 1);
            checkIn.givenNames = givenName(s, null);
            if (checkIn.travellerReference == null) {
                checkIn.travellerReference = s.code(2, 3);
            }
            level = Level.CHECKIN_TRAVELLER;
            return;
        }
        level = Level.TRAVELLER;
        ticket = null;
        payment = null;
        if (travellerCount >= ctx.limits().maxTravellersPerMessage()) {
            if (!travellerLimitReported) {
                travellerLimitReported = true;
                problems.add(ProblemCode.LIMIT_EXCEEDED, s.index(), "TIF", s.offset(),
                        "more than " + ctx.limits().maxTravellersPerMessage() + " travellers in one message; "
                                + "the rest were not read. Raise maxTravellersPerMessage or split the push.");
            }
            traveller = null;
            travellerDropped = true;
            return;
        }
        Traveller t = new Traveller();
        t.role = TravellerRole.PASSENGER;
        t.surname = s.text(1, 1);
        t.givenNames = givenName(s, t);
        t.passengerType = s.code(2, 2);
        t.reference = s.code(2, 3); // traveller numbers ("1", "2") are short codes: shared Strings
        t.bookingReference = pnr.recordLocator;
        if (t.surname == null) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 1, "TIF has no surname");
        }
        if ("IN".equals(t.passengerType) && traveller != null && traveller.infant == null
                && !"IN".equals(traveller.passengerType)) {
            traveller.infant = t; // infant on the lap of the adult before it
        }
        travellerCount++;
        travellerDropped = false;
        pnr.travellers.add(t);
        traveller = t;
    }

    /**
     * The TIF given name (element 2, component 1) with a title taken off: always when separated by
     * a space ("ANNA MS"); when glued on ("ANNAMS") only for MR/MRS/MS/MISS/MSTR after at least
     * three letters, since names like AMR or ALEXANDR end the same way. SSR DOCS later confirms or
     * undoes it. Read from the bytes, so that only the name kept becomes a String (the title's
     * letters are ASCII: no byte of a multi-byte character matches them).
     */
    private static String givenName(Segment s, Traveller t) {
        int len = s.copyText(2, 1);
        if (len < 0) {
            return null;
        }
        byte[] b = s.textBytes();
        String title = len < 3 ? null : titleEndingWith((b[len - 2] & 0xFF) << 16 | (b[len - 1] & 0xFF));
        if (title == null || len <= title.length() || !endsWith(b, len, title)) {
            return s.textString(0, len);
        }
        int at = len - title.length();
        boolean spaced = b[at - 1] == ' ';
        String rest = s.textString(0, spaced ? at - 1 : at);
        if (!spaced && (rest.length() < 3 || title.equals("DR"))) {
            return s.textString(0, len);
        }
        if (t != null) {
            t.title = title;
        }
        return rest.trim();
    }

    private static boolean endsWith(byte[] b, int len, String ascii) {
        for (int i = 0, at = len - ascii.length(); i < ascii.length(); i++) {
            if (b[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title (MSTR, MISS, MRS, MR, MS, DR) that {@code given} ends with after at least one
     * other character, else null.
     */
    private static String titleAtEnd(String given) {
        int n = given.length();
        if (n < 3) {
            return null;
        }
        String title = titleEndingWith(given.charAt(n - 2) << 16 | given.charAt(n - 1));
        return title != null && n > title.length() && given.endsWith(title) ? title : null;
    }

    /** At most one title can end a name, and its last two letters (packed) say which. */
    private static String titleEndingWith(int lastTwo) {
        return switch (lastTwo) {
            case 'T' << 16 | 'R' -> "MSTR";
            case 'S' << 16 | 'S' -> "MISS";
            case 'R' << 16 | 'S' -> "MRS";
            case 'M' << 16 | 'R' -> "MR";
            case 'M' << 16 | 'S' -> "MS";
            case 'D' << 16 | 'R' -> "DR";
            default -> null;
        };
    }

    // FTI+LH:992001234567890:::SEN
    private void fti(Segment s) {
        if (traveller == null) {
            return;
        }
        FrequentFlyer f = traveller.addFrequentFlyer();
        f.carrier = s.code(1, 1);
        f.number = s.text(1, 2);
        for (int c = 5; c >= 3 && f.tier == null; c--) {
            f.tier = s.text(1, c);
        }
    }

    // REF+:0220LH400001 unique passenger reference
    private void ref(Segment s) {
        if (traveller != null) {
            String v = s.text(1, 2);
            traveller.passengerReference = v != null ? v : s.text(1, 1);
        }
    }

    // ---------------------------------------------------------------- SSR

    // Qualifiers packed as Segment.codeInt returns them
    private static final int DAT_700 = '7' << 16 | '0' << 8 | '0';
    private static final int DAT_710 = '7' << 16 | '1' << 8 | '0';
    private static final int DAT_2 = '2';
    private static final int IFT_PAYER = '4' << 8 | '3'; // IFT+4:43: payer or sponsor name, address, phone
    private static final int TBD_POUNDS = '7' << 16 | '0' << 8 | '1';
    private static final int POOL_HEAD = 'H' << 8 | 'P';
    private static final int POOL_MEMBER = 'M' << 8 | 'P';

    /**
     * The shared String of a common four-letter SSR code (the code cache holds up to three
     * letters), so that an SSR costs no String for its code; null for others.
     */
    private static String ssrCode(int packed) {
        return switch (packed) {
            case 'D' << 24 | 'O' << 16 | 'C' << 8 | 'S' -> "DOCS";
            case 'D' << 24 | 'O' << 16 | 'C' << 8 | 'O' -> "DOCO";
            case 'D' << 24 | 'O' << 16 | 'C' << 8 | 'A' -> "DOCA";
            case 'F' << 24 | 'Q' << 16 | 'T' << 8 | 'V' -> "FQTV";
            case 'C' << 24 | 'T' << 16 | 'C' << 8 | 'E' -> "CTCE";
            case 'C' << 24 | 'T' << 16 | 'C' << 8 | 'M' -> "CTCM";
            case 'C' << 24 | 'T' << 16 | 'C' << 8 | 'H' -> "CTCH";
            case 'C' << 24 | 'T' << 16 | 'C' << 8 | 'B' -> "CTCB";
            case 'C' << 24 | 'T' << 16 | 'C' << 8 | 'P' -> "CTCP";
            case 'S' << 24 | 'E' << 16 | 'A' << 8 | 'T' -> "SEAT";
            case 'I' << 24 | 'N' << 16 | 'F' << 8 | 'T' -> "INFT";
            case 'W' << 24 | 'C' << 16 | 'H' << 8 | 'R' -> "WCHR";
            case 'V' << 24 | 'G' << 16 | 'M' << 8 | 'L' -> "VGML";
            case 'M' << 24 | 'O' << 16 | 'M' << 8 | 'L' -> "MOML";
            case 'K' << 24 | 'S' << 16 | 'M' << 8 | 'L' -> "KSML";
            case 'T' << 24 | 'K' << 16 | 'N' << 8 | 'E' -> "TKNE";
            case 'O' << 24 | 'T' << 16 | 'H' << 8 | 'S' -> "OTHS";
            default -> null;
        };
    }

    // SSR+DOCS:HK:1:LH:::::/P/DEU/...+::1
    private void ssr(Segment s) {
        if (pnr == null) {
            info(s, "SSR before the first SRC was skipped");
            return;
        }
        String code = ssrCode(s.codeInt(1, 1));
        if (code == null) {
            code = s.code(1, 1);
        }
        if (code == null) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 1, "SSR has no code");
            return;
        }
        String text = s.componentCount(1) > 9 ? s.joinedText(1, 9) : s.text(1, 9);
        String ref = s.code(2, 3);
        if (level == Level.HISTORY || level == Level.HISTORY_ITEM) {
            String seats = seats(s, false);
            historyText(s, "SSR " + code + (seats.isEmpty() ? "" : " " + seats) + (text == null ? "" : " " + text), code);
            return;
        }
        switch (code) {
            case "DOCS", "DOCO", "DOCA" -> document(s, code, text, ref);
            case "FQTV" -> {
                Traveller t = travellerFor(ref);
                if (t != null && text != null) {
                    FrequentFlyer f = t.addFrequentFlyer();
                    String v = text.trim();
                    f.carrier = s.code(1, 4);
                    // "LH992001234567890" or "LH 992001234567890": the programme's carrier first
                    if (v.length() > 3 && Character.isLetter(v.charAt(0)) && Character.isLetterOrDigit(v.charAt(1))
                            && (v.charAt(2) == ' ' || Character.isDigit(v.charAt(2)))) {
                        f.carrier = v.substring(0, 2);
                        v = v.substring(2).trim();
                    }
                    f.number = v;
                }
            }
            case "CTCE", "CTCM", "CTCH", "CTCB", "CTCP" -> {
                if (text != null) {
                    String type = contactType(code.charAt(3));
                    String value = contactValue(s, 0, s.joinText(1, 9, 1), type);
                    Traveller t = ref != null ? travellerByRef(ref, false) : null;
                    if (t != null) {
                        t.addContact(type, value);
                    } else {
                        addContact(type, value);
                    }
                }
            }
            default -> {
                String serviceText = text;
                if (code.equals("SEAT")) {
                    serviceText = seats(s, itinerary != null && level.ordinal() >= Level.SEGMENT.ordinal()).trim();
                }
                if (code.equals("INFT")) {
                    infant(ref, text);
                }
                service(s, code, serviceText, text, ref);
            }
        }
    }

    /** An SSR kept as a service; {@code text} is its free text, {@code serviceText} what the service shows. */
    private void service(Segment s, String code, String serviceText, String text, String ref) {
        SpecialService sv = new SpecialService();
        sv.code = code;
        sv.status = s.code(1, 2);
        sv.carrier = s.code(1, 4);
        sv.travellerReference = ref != null ? ref : traveller != null && level.ordinal() < Level.SEGMENT.ordinal()
                ? traveller.reference : null;
        sv.text = serviceText;
        String category = SensitiveData.classify(code, text);
        if (category != null) {
            markSensitive(s, sv, category);
        }
        pnr.services = pnr.add(pnr.services, sv);
    }

    private void markSensitive(Segment s, SpecialService sv, String category) {
        sv.sensitive = true;
        sv.sensitiveCategory = category;
        // the text itself is never echoed: problems are logged and shown
        problems.add(ProblemCode.SENSITIVE_DATA, Severity.INFO, s.index(), s.tagName(), 1, 1, s.offset(),
                (sv.code.equals("IFT") ? "IFT free text" : "SSR " + sv.code) + " reveals " + category + " data; it is marked sensitive and must be "
                        + "deleted on receipt (EU PNR Directive art. 13)");
    }

    /**
     * SSR+SEAT:HK:2:LH:::FRA:JFK+23A::1+23B::2: the seats of elements 2-n joined by a space ("" when
     * none); with {@code assign}, each is also a seat assignment of the itinerary segment (one
     * String per seat for both).
     */
    private String seats(Segment s, boolean assign) {
        String joined = "";
        for (int e = 2; e <= s.elementCount(); e++) {
            String seat = s.text(e, 1);
            if (seat == null) {
                continue;
            }
            if (assign) {
                itinerary.seats = pnr.add(itinerary.seats, new SeatAssignment(s.code(e, 3), seat));
            }
            joined = joined.isEmpty() ? seat : joined + " " + seat;
        }
        return joined;
    }

    // SSR INFT free text "SURNAME/GIVEN DDMMMYY"
    private void infant(String ref, String text) {
        Traveller adult = travellerFor(ref);
        if (adult == null || text == null || adult.infant != null) {
            return;
        }
        Traveller inf = new Traveller();
        inf.role = TravellerRole.PASSENGER;
        inf.passengerType = "IN";
        inf.reference = adult.reference;
        inf.bookingReference = pnr.recordLocator;
        String t = text.trim();
        int slash = t.indexOf('/');
        String names = slash < 0 ? t : t.substring(slash + 1);
        inf.surname = slash < 0 ? adult.surname : t.substring(0, slash).trim();
        int space = names.lastIndexOf(' ');
        if (space > 0) {
            LocalDate birth = EdifactDates.ddmmmyy(names.substring(space + 1), today, true);
            if (birth != null) {
                inf.birthDate = birth;
                names = names.substring(0, space);
            }
        }
        inf.givenNames = names.trim().isEmpty() ? null : names.trim();
        adult.infant = inf;
        if (travellerCount < ctx.limits().maxTravellersPerMessage()) {
            travellerCount++;
            pnr.travellers.add(inf);
        }
    }

    private void document(Segment s, String code, String text, String ref) {
        if (text == null) {
            warn(ProblemCode.MISSING_VALUE, s, 1, 9, "SSR " + code + " has no free text");
            return;
        }
        PendingDocument p = new PendingDocument(code, text, ref, traveller, level.ordinal() <= Level.PAYMENT.ordinal()
                && level != Level.PNR, s.index(), s.offset());
        if (traveller != null || !pnr.travellers.isEmpty() || travellerDropped) {
            attach(p);
        } else {
            if (pending == null) {
                pending = new ArrayList<>(2);
            }
            pending.add(p); // 15.1: DOCS before any TIF; attached when the PNR ends
        }
    }

    private void attachPending() {
        if (pending == null) {
            return;
        }
        for (PendingDocument p : pending) {
            attach(p);
        }
        pending = null;
    }

    private void attach(PendingDocument p) {
        if (travellerDropped && p.owner == null && p.inGr2) {
            return; // traveller over the limit: its documents go with it
        }
        Traveller t = travellerByRef(p.ref, true);
        if (t == null && p.inGr2) {
            t = p.owner;
        }
        if (t == null && !pnr.travellers.isEmpty()) {
            // 15.1 style without a reference: the only, else the last, traveller
            t = pnr.travellers.get(pnr.travellers.size() - 1);
            if (pnr.travellers.size() > 1) {
                problems.add(ProblemCode.MISSING_VALUE, Severity.WARNING, p.index, "SSR", 2, 3, p.offset,
                        "SSR " + p.code + " outside a traveller has no traveller reference; it was given to the last "
                                + "traveller of the PNR, check it");
            }
        }
        switch (p.code) {
            case "DOCS" -> docs(p, t);
            case "DOCO" -> {
                if (t == null) {
                    orphan(p);
                    return;
                }
                SsrDocsParser.Doco d = SsrDocsParser.doco(p.text, today);
                Traveller target = d.infant() && t.infant != null ? t.infant : t;
                addDocument(target, d.document());
                if (target.birthPlace == null) {
                    target.birthPlace = d.birthPlace();
                }
            }
            default -> { // DOCA
                if (t == null) {
                    orphan(p);
                    return;
                }
                Traveller target = SsrDocsParser.docaInfant(p.text) && t.infant != null ? t.infant : t;
                setAddress(target, SsrDocsParser.doca(p.text));
            }
        }
    }

    private void docs(PendingDocument p, Traveller t) {
        SsrDocsParser.Docs d = docsReader.read(p.text, today);
        if (d.birthDateInvalid() || d.expiryInvalid()) {
            problems.add(ProblemCode.INVALID_DATE, Severity.WARNING, p.index, "SSR", 1, 9, p.offset,
                    "SSR DOCS " + (d.birthDateInvalid() ? "birth date" : "expiry date") + " is not a DDMMMYY date");
        }
        if (t == null) {
            // a PNR without TIF: the DOCS names are the only ones there are
            if (travellerCount >= ctx.limits().maxTravellersPerMessage()) {
                return;
            }
            t = new Traveller();
            t.role = TravellerRole.PASSENGER;
            t.reference = p.ref;
            t.bookingReference = pnr.recordLocator;
            travellerCount++;
            pnr.travellers.add(t);
            problems.add(ProblemCode.MISSING_SEGMENT, Severity.WARNING, p.index, "SSR", -1, -1, p.offset,
                    "SSR DOCS in a PNR without TIF: a traveller was made from the document's names");
        } else if (d.infant() && !"IN".equals(t.passengerType)) {
            if (t.infant == null) {
                Traveller inf = new Traveller();
                inf.role = TravellerRole.PASSENGER;
                inf.passengerType = "IN";
                inf.reference = t.reference;
                inf.bookingReference = pnr.recordLocator;
                t.infant = inf;
                if (travellerCount < ctx.limits().maxTravellersPerMessage()) {
                    travellerCount++;
                    pnr.travellers.add(inf);
                }
            }
            t = t.infant;
        }
        if (t.surname == null) {
            t.surname = d.surname();
        }
        confirmTitle(t, d);
        if (t.givenNames == null) {
            t.givenNames = d.givenNames();
        }
        if (d.birthDate() != null) {
            t.birthDate = d.birthDate();
        }
        if (d.sex() != null) {
            t.sex = d.infant() ? CodeCache.canonical(d.sex(), 0, 1) : d.sex();
        }
        if (d.nationality() != null) {
            t.nationality = d.nationality();
        }
        addDocument(t, d.document());
    }

    /** Checks the title taken off the TIF given name against the DOCS given names. */
    private static void confirmTitle(Traveller t, SsrDocsParser.Docs docs) {
        if (!docs.hasGivenNames() || t.givenNames == null) {
            return;
        }
        if (t.title != null) {
            // undo when DOCS shows the "title" was part of the name (e.g. given name WILLIAMS):
            // the first DOCS word is the TIF given name with the title glued back on. Compared in
            // place; only a one-word given name can differ from its restored form in the first word.
            String g = t.givenNames;
            if (g.indexOf(' ') < 0 && docs.givenStartsWithWord(g, t.title)) {
                t.givenNames = g + t.title;
                t.title = null;
            }
            return;
        }
        String given = t.givenNames;
        String title = titleAtEnd(given);
        if (title != null) {
            String docsGiven = docs.givenNames();
            String rest = given.substring(0, given.length() - title.length()).trim();
            if (rest.equals(docsGiven) || rest.equals(firstWord(docsGiven))) {
                t.givenNames = rest;
                t.title = title;
            }
        }
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    private static void addDocument(Traveller t, TravelDocument d) {
        if (t.documents == null) {
            t.documents = new ArrayList<>(2);
        }
        t.documents.add(d);
    }

    private void orphan(PendingDocument p) {
        problems.add(ProblemCode.MISSING_SEGMENT, Severity.WARNING, p.index, "SSR", -1, -1, p.offset,
                "SSR " + p.code + " in a PNR without travellers was not kept");
    }

    /** The traveller an SSR's element 2 reference names, else the current one, else the only one. */
    private Traveller travellerFor(String ref) {
        Traveller t = travellerByRef(ref, false);
        if (t != null) {
            return t;
        }
        if (traveller != null) {
            return traveller;
        }
        return pnr.travellers.size() == 1 ? pnr.travellers.get(0) : null;
    }

    private Traveller travellerByRef(String ref, boolean adultFirst) {
        if (ref == null) {
            return null;
        }
        Traveller found = null;
        for (Traveller t : pnr.travellers) {
            if (ref.equals(t.reference)) {
                if (!adultFirst || !"IN".equals(t.passengerType)) {
                    return t;
                }
                if (found == null) {
                    found = t;
                }
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- Gr3 tickets, Gr4 payments

    // TKT+2201234567890:T:1
    private void tkt(Segment s) {
        if (pnr == null || (travellerDropped && traveller == null)) {
            return;
        }
        level = Level.TICKET;
        payment = null;
        Ticket t = new Ticket();
        t.number = s.text(1, 1);
        t.documentType = s.code(1, 2);
        t.travellerReference = traveller != null ? traveller.reference : null;
        if (traveller != null && traveller.ticketNumber == null) {
            traveller.ticketNumber = t.number;
        }
        pnr.tickets = pnr.add(pnr.tickets, t);
        ticket = t;
    }

    // MON+B:850.00:EUR+T:1102.47:EUR
    private void mon(Segment s) {
        if (ticket == null || level != Level.TICKET) {
            return;
        }
        for (int e = 1; e <= s.elementCount(); e++) {
            BigDecimal v = amount(s, e, 2);
            int q = s.codeInt(e, 1);
            if (v == null || q == 0) {
                continue;
            }
            if (q == 'B') { // MON+B: base fare
                ticket.baseFare = v;
            } else if (q == 'T') { // MON+T: total
                ticket.totalAmount = v;
            }
            if (ticket.currency == null) {
                ticket.currency = s.code(e, 3);
            }
        }
    }

    // PTK+NR++020226:1015+LH+220+FRA
    private void ptk(Segment s) {
        if (ticket == null || level != Level.TICKET) {
            return;
        }
        if (s.isPresent(3, 1)) {
            ticket.issueDate = dateTime(s, 3, 1, 3, 2);
        }
        ticket.issuingCarrier = s.code(4, 1);
        ticket.issuePlace = s.code(6, 1);
    }

    // FOP+CC::1102.47:VI:XXXXXXXXXXXX4412:0928 (one element per form of payment)
    private void fop(Segment s) {
        if (pnr == null || (travellerDropped && traveller == null)) {
            return;
        }
        level = Level.PAYMENT;
        for (int e = 1; e <= s.elementCount(); e++) {
            String form = s.code(e, 1);
            if (form == null) {
                continue;
            }
            Payment p = new Payment();
            p.form = form;
            p.amount = amount(s, e, 3);
            p.cardType = s.code(e, 4);
            p.cardNumber = s.text(e, 5);
            p.cardExpiry = s.text(e, 6);
            p.travellerReference = traveller != null ? traveller.reference : null;
            pnr.payments = pnr.add(pnr.payments, p);
            payment = p;
        }
    }

    // ---------------------------------------------------------------- Gr5 itinerary, Gr6/7 check-in

    // RPI+2+HK
    private void rpi(Segment s) {
        if (itinerary == null || level != Level.SEGMENT) {
            return;
        }
        long n = s.number(1, 1, -1);
        itinerary.partySize = n < 0 ? null : (int) Math.min(n, 999);
        itinerary.status = s.code(2, 1);
    }

    // APD+74H
    private void apd(Segment s) {
        if (itinerary != null && level == Level.SEGMENT) {
            itinerary.equipment = s.code(1, 1);
        }
    }

    // TRI++FRA-117:::1
    private void tri(Segment s) {
        if (itinerary == null) {
            info(s, "TRI outside an itinerary segment was skipped");
            return;
        }
        newCheckIn(s.code(2, 4));
        checkIn.sequence = s.text(2, 1);
        level = Level.CHECKIN_TRAVELLER;
    }

    private void newCheckIn(String ref) {
        CheckIn c = new CheckIn();
        c.travellerReference = ref;
        c.time = checkInTime;
        c.agentSystem = checkInSystem;
        c.location = checkInLocation;
        if (itinerary != null) {
            itinerary.checkIns = pnr.add(itinerary.checkIns, c);
        }
        checkIn = c;
    }

    // SSD+023A++++Y
    private void ssd(Segment s) {
        if (checkIn == null) {
            return;
        }
        checkIn.seat = seat(s);
        checkIn.cabin = s.code(5, 1);
    }

    /** SSD element 1, "023A" as sent by check-in systems, is seat 23A. */
    private static String seat(Segment s) {
        int len = s.copyText(1, 1);
        if (len < 0) {
            return null;
        }
        byte[] b = s.textBytes();
        int i = 0;
        while (i < len - 1 && b[i] == '0') {
            i++;
        }
        return s.textString(i, len);
    }

    /**
     * TBD++2:41:700++HP+LH:0220123456:2:JFK: count:weight:unit (700 kg, 701 lb), pool role
     * (HP head, MP member, with the pool head's reference) and tags (carrier:first tag:count:destination).
     * Some senders shift the pool element left by one; both places are read. Pools are recorded
     * as sent and never followed.
     */
    private void tbd(Segment s) {
        if (pnr == null) {
            return;
        }
        Bag b = new Bag();
        b.travellerReference = checkIn != null ? checkIn.travellerReference : null;
        long count = s.number(2, 1, -1);
        long weight = s.number(2, 2, -1);
        if (count >= 0) {
            b.count = (int) Math.min(count, 999);
        }
        if (weight >= 0) {
            b.weightKg = s.codeInt(2, 3) == TBD_POUNDS ? (int) Math.round(weight * 0.45359237) : (int) Math.min(weight, 99_999);
        }
        int poolAt = 0;
        int pool = 0;
        for (int e = 3; e <= 4 && poolAt == 0; e++) {
            pool = s.codeInt(e, 1);
            if (pool == POOL_HEAD || pool == POOL_MEMBER) {
                poolAt = e;
            }
        }
        if (poolAt > 0) {
            b.poolRole = pool == POOL_HEAD ? "head" : "member";
            b.poolReference = s.text(poolAt, 2);
        }
        for (int e = Math.max(poolAt + 1, 5); e <= s.elementCount(); e++) {
            if (s.isEmpty(e, 2)) {
                continue;
            }
            String first = s.joined(e, 1, "", 2); // carrier and tag
            if (b.tags == null) {
                b.tags = new ArrayList<>(2);
            }
            b.tags.add(first);
            BagTagRanges.addConsecutive(b.tags, first, s.number(e, 3, 1), tagScratch);
            if (b.destination == null) {
                b.destination = s.code(e, 4);
            }
        }
        pnr.bags = pnr.add(pnr.bags, b);
    }

    // ---------------------------------------------------------------- Gr10-12 history, LTS

    // ABI+1+:FRAL12123+FRA++1A: who made the changes that follow
    private void abi(Segment s) {
        if (pnr == null) {
            return;
        }
        level = Level.HISTORY;
        historyEntry = null;
        historyTime = null;
        String agent = s.text(2, 2);
        historyAgent = agent != null ? agent : s.text(2, 1);
    }

    // SAC+++X cancelled / A added
    private void sac(Segment s) {
        if (pnr == null) {
            return;
        }
        HistoryEntry h = new HistoryEntry();
        h.agent = historyAgent;
        h.time = historyTime;
        String action = s.code(3, 1);
        h.action = action == null ? null : switch (action) {
            case "X" -> "cancelled";
            case "A" -> "added";
            default -> action;
        };
        pnr.history = pnr.add(pnr.history, h);
        historyEntry = h;
        level = Level.HISTORY_ITEM;
    }

    private void historyText(Segment s, String text, String ssrCode) {
        HistoryEntry h = historyEntry;
        if (h == null) {
            h = new HistoryEntry();
            h.agent = historyAgent;
            h.time = historyTime;
            pnr.history = pnr.add(pnr.history, h);
            historyEntry = h;
        }
        h.text = h.text == null ? text : h.text + "; " + text;
        String category = SensitiveData.classify(ssrCode, text);
        if (category != null && !h.sensitive) {
            h.sensitive = true;
            h.sensitiveCategory = category;
            problems.add(ProblemCode.SENSITIVE_DATA, Severity.INFO, s.index(), s.tagName(), -1, -1, s.offset(),
                    "a history entry reveals " + category + " data; it is marked sensitive and must be deleted on receipt");
        }
    }

    // LTS+<one raw history line>
    private void lts(Segment s) {
        if (pnr == null) {
            return;
        }
        int len = s.joinText(1, 1, s.elementCount());
        if (len < 0) {
            return;
        }
        String text = s.textString(0, len);
        HistoryEntry saved = historyEntry;
        historyEntry = null; // each LTS line is its own entry
        historyText(s, text, null);
        historyEntry = saved;
    }

    // ---------------------------------------------------------------- helpers

    private LocalDateTime dateTime(Segment s, int de, int dc, int te, int tc) {
        if (s.isEmpty(de, dc)) {
            return null;
        }
        long key = EdifactDates.ddmmyyHhmmKey(s, de, dc, te, tc);
        if (key >= 0) {
            for (int i = 0; i < DATE_CACHE; i++) {
                if (dateKeys[i] == key) {
                    return dateValues[i];
                }
            }
        }
        LocalDate d = EdifactDates.ddmmyy(s, de, dc, today);
        if (d == null) {
            invalidDate(s, de, dc);
            return null;
        }
        LocalDateTime t = EdifactDates.at(d, s, te, tc);
        if (key >= 0) {
            dateKeys[dateNext] = key;
            dateValues[dateNext] = t;
            dateNext = (dateNext + 1) % DATE_CACHE;
        }
        return t;
    }

    /** An amount with the sender's decimal mark; null (with a warning) when not a number. */
    private BigDecimal amount(Segment s, int e, int c) {
        BigDecimal v = EdifactNumbers.decimal(s, e, c);
        if (v == null && s.isPresent(e, c)) {
            warn(ProblemCode.INVALID_VALUE, s, e, c, "amount '" + s.text(e, c) + "' is not a number");
        }
        return v;
    }

    private static boolean isEmpty(Segment s) {
        for (int e = 1; e <= s.elementCount(); e++) {
            for (int c = 1; c <= s.componentCount(e); c++) {
                if (s.isPresent(e, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private void invalidDate(Segment s, int e, int c) {
        problems.add(ProblemCode.INVALID_DATE, Severity.WARNING, s.index(), s.tagName(), e, c, s.offset(e, c),
                s.tagName() + " date '" + s.text(e, c) + "' is not a valid DDMMYY date; the value was left empty");
    }

    private void warn(ProblemCode code, Segment s, int e, int c, String message) {
        problems.add(code, code.defaultSeverity(), s.index(), s.tagName(), e, c, s.offset(), message);
    }

    private void info(Segment s, String message) {
        problems.add(ProblemCode.UNEXPECTED_SEGMENT, Severity.INFO, s.index(), s.tagName(), -1, -1, s.offset(), message);
    }

    /** An SSR DOCS/DOCO/DOCA kept until its traveller is known (15.1 sends them outside Gr2). */
    private record PendingDocument(String code, String text, String ref, Traveller owner, boolean inGr2,
                                   int index, long offset) {
    }
}
