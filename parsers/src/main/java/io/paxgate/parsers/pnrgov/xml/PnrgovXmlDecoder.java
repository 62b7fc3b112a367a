package io.paxgate.parsers.pnrgov.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.FlightLeg;
import io.paxgate.parsers.model.Originator;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Problems;
import io.paxgate.parsers.problem.Severity;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * PNRGOV in its XML form: root {@code IATA_PNRGOV_NotifRQ}, namespace
 * {@value #NAMESPACE}, OpenTravel style. The IATA schema is not public, so the reader is tolerant:
 * local names match case-insensitively, namespaces are not checked below the root (another root
 * namespace is a warning), a value may come as an attribute or as a child element, unknown
 * elements are skipped, and a SOAP {@code Envelope/Body} around the root is unwrapped.
 *
 * <p>The document is streamed (StAX) and each {@code PNR} is built as a small tree, mapped and
 * dropped, so memory follows the largest PNR. A UTF-8 push is read with Aalto, about 1.6 times as
 * fast as Woodstox; anything Aalto's reading would not give exactly as Woodstox does (a fault, a
 * DOCTYPE, another encoding, a limit neared, the PNR limit) is read again from the start with
 * Woodstox, which says what is wrong. What is read (first listed name wins; "|" are
 * alternatives):
 * <ul>
 *   <li>root: {@code Version} to source.messageVersion, {@code TimeStamp} to preparedAt,
 *       {@code EchoToken|TransactionIdentifier} to messageReference;</li>
 *   <li>{@code Originator AirlineCode} to message.sender.system and source.sender,
 *       {@code LocationCode|AirportCode} to sender.location;</li>
 *   <li>{@code FlightLeg} (repeatable): {@code CarrierCode|AirlineCode|MarketingAirline},
 *       {@code FlightNumber}, {@code DepartureAirport|ArrivalAirport} (LocationCode or text),
 *       {@code DepartureDateTime|ArrivalDateTime} to message.flight and its legs;</li>
 *   <li>{@code PNRs NumberOfPnrs} to declaredPnrCount; each {@code PNR} (under PNRs or the root):
 *     <ul>
 *       <li>{@code BookingRefID ID} (+ {@code CompanyName Code}) to locator and carrier, further
 *           ones to otherLocators; {@code PNR_CreationDate}, {@code PNR_TransDate};</li>
 *       <li>{@code POS/Source}: AgentSine, PseudoCityCode, ISOCountry, ISOCurrency, AirlineVendorID,
 *           AirportCode, {@code RequestorID Type/ID} (agency number) to pnr.originator;</li>
 *       <li>{@code Passenger|AirTraveler} at any depth (e.g. {@code PassengerInfo/Passenger}):
 *           RPH, PassengerTypeCode, {@code PersonName GivenName/MiddleName/Surname}, BirthDate,
 *           Gender, Nationality; {@code Document|DOCS|TravelDocument} at any depth below it
 *           (DocType, DocID, DocIssueCountry, DocHolderNationality, BirthDate, Gender, ExpireDate,
 *           EffectiveDate, DocIssueLocation and the DOCS-style names); {@code DOCA}/{@code DOCO};
 *           Telephone, Email, ContactInfo, Address; {@code CustLoyalty ProgramID/MembershipID/
 *           LoyalLevel}; TicketDocument; PaymentInfo; SSR; Baggage;</li>
 *       <li>{@code ContactInfo|Telephone|Email|Address} at PNR level;</li>
 *       <li>{@code Ticketing/TicketDocument} (TicketDocumentNbr, Type, DateOfIssue, TicketLocation,
 *           TotalFare/BaseFare Amount+CurrencyCode); the earliest issue date is pnr.ticketingDate;</li>
 *       <li>{@code Payments/FormOfPayment|PaymentInfo}: PaymentType, Amount, and
 *           {@code PaymentCard} (CardCode, CardNumber, ExpireDate, CardHolderName, Address,
 *           Telephone) CC, {@code Cash} CA, {@code Check} CK, {@code Government} GR,
 *           {@code DirectBill} MS; {@code Payer};</li>
 *       <li>{@code FlightSegment|Flight} at any depth outside passengers and history (e.g.
 *           {@code Itinerary/FlightSegment}): MarketingAirline (Code, FlightNumber),
 *           OperatingAirline, FlightNumber, DepartureAirport, ArrivalAirport, DepartureDateTime,
 *           ArrivalDateTime, ResBookDesigCode, Status, NumberInParty, Equipment, RPH, and seats
 *           inside it;</li>
 *       <li>{@code SeatAssignments/SeatAssignment} (SeatNumber, CabinClass, TravelerRefNumber,
 *           FlightRefNumber = segment RPH or 1-based position);</li>
 *       <li>{@code Baggage|Bags/Bag}: TravelerRefNumber, Quantity, Weight + UnitOfMeasure (LB
 *           converted), BaggagePool HP/MP, PoolReference, Destination, BagTag;</li>
 *       <li>{@code SpecialServiceRequests/SpecialServiceRequest|SSR}: SSRCode, Status, Airline,
 *           TravelerRefNumber, Text; DOCS text is read into a document, DOCO/DOCA are not
 *           services;</li>
 *       <li>{@code Remarks/Remark}, {@code OSI} text; {@code History/*}: DateTime, AgentSine,
 *           Action (A added, X cancelled), Text.</li>
 *     </ul></li>
 * </ul>
 * Not read (no place in the model or no known XML form): Originator SystemCode and contact info,
 * push type (full/update), cancelled PNRs, non-air segments, check-in data, fare details and
 * taxes, excess and prepaid baggage.
 *
 * <p>Security: no DTD is accepted (a DOCTYPE is refused before any entity could be expanded),
 * external entities and resolvers are off, and depth, attribute and text sizes are bounded.
 * Never throws: malformed XML is an {@link ProblemCode#XML_MALFORMED} error with line, column and
 * byte offset; PNRs read before the fault are kept. A bad value costs only its own PNR a problem.
 * Not thread-safe: one per thread.
 */
public final class PnrgovXmlDecoder {
    public static final String ROOT = "IATA_PNRGOV_NotifRQ";
    public static final String NAMESPACE = "http://www.iata.org/IATA/2007/00";
    private static final int MAX_DEPTH = 100;
    private static final int MAX_ATTRIBUTES = 256;
    private static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;
    private static final int MAX_TEXT_CHARS = 1024 * 1024;

    private final ParserLimits limits;
    private final Clock clock;
    private final XMLInputFactory factory;
    private final XMLInputFactory fastFactory;
    private final XmlNames names = new XmlNames();

    public PnrgovXmlDecoder() {
        this(ParserLimits.DEFAULT, Clock.systemUTC());
    }

    public PnrgovXmlDecoder(ParserLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.factory = secureFactory();
        this.fastFactory = fastFactory();
    }

    private static XMLInputFactory secureFactory() {
        WstxInputFactory f = new WstxInputFactory();
        XMLResolver refuse = (publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' is not fetched");
        };
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver(refuse);
        f.setProperty(WstxInputProperties.P_DTD_RESOLVER, refuse);
        f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, refuse);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_CHARS);
        return f;
    }

    // Aalto has no limits of its own and never reads a DTD: LimitGuard hands anything near
    // Woodstox's limits, and any DOCTYPE, to Woodstox
    private static XMLInputFactory fastFactory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' is not fetched");
        });
        return f;
    }

    public DecodeResult decode(byte[] input) {
        return decode(input, 0, input.length);
    }

    public DecodeResult decode(byte[] input, int from, int to) {
        try {
            return read(input, from, to);
        } catch (RuntimeException | StackOverflowError e) {
            return DecodeResult.failed(problem(ProblemCode.INTERNAL_ERROR, -1,
                    "the XML decoder failed (" + e + "); the input was not read; please report it with the input"));
        }
    }

    private DecodeResult read(byte[] input, int from, int to) {
        if (to - from > limits.maxInputBytes()) {
            return DecodeResult.failed(problem(ProblemCode.LIMIT_EXCEEDED, -1, "input of " + (to - from)
                    + " bytes is over the limit of " + limits.maxInputBytes() + " bytes; nothing was read"));
        }
        if (to <= from) {
            return DecodeResult.failed(problem(ProblemCode.EMPTY_INPUT, -1, "the input is empty"));
        }
        boolean bom = to - from >= 3 && (input[from] & 0xFF) == 0xEF && (input[from + 1] & 0xFF) == 0xBB
                && (input[from + 2] & 0xFF) == 0xBF;
        int start = bom ? from + 3 : from;
        try {
            return parse(input, from, start, to, true);
        } catch (RuntimeException e) { // Fallback, or a fault of Aalto's or the mapping's: Woodstox says the same again
            return parse(input, from, start, to, false);
        }
    }

    /**
     * Reads the document with Aalto ({@code fast}, from {@code start}, past any byte order mark) or
     * Woodstox (from {@code from}). The fast read throws {@link Fallback} where its answer could differ.
     */
    private DecodeResult parse(byte[] input, int from, int start, int to, boolean fast) {
        ByteOffsets offsets = fast ? ByteOffsets.ofBytes(input, start, to) : new ByteOffsets(input, start, to);
        names.reset();
        Problems problems = new Problems(limits.maxProblems());
        problems.position(-1, 0);
        PnrgovMessage msg = null;
        XMLStreamReader r = null;
        try {
            if (fast) {
                r = fastFactory.createXMLStreamReader(new ByteArrayInputStream(input, start, to - start));
                // XML 1.1 has other line ends and chars: left to Woodstox
                String version = r.getVersion();
                if (!"UTF-8".equalsIgnoreCase(r.getEncoding()) || version != null && !version.equals("1.0")) {
                    throw Fallback.INSTANCE;
                }
                r = new LimitGuard((XMLStreamReader2) r, to - start);
            } else {
                r = factory.createXMLStreamReader(new ByteArrayInputStream(input, from, to - from));
                offsets.encoding(r.getEncoding());
            }
            XmlElement root = null;
            while (root == null) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    long at = offsets.byteOffset(r.getLocation().getCharacterOffset());
                    return DecodeResult.failed(problem(ProblemCode.XML_MALFORMED, at, "a DOCTYPE declaration at "
                            + position(r.getLocation(), at) + " is not accepted (DTDs and entities are refused"
                            + " for safety); send the PNRGOV XML without a DOCTYPE"));
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equalsIgnoreCase("Header")) {
                        skip(r); // SOAP header
                    } else if (!name.equalsIgnoreCase("Envelope") && !name.equalsIgnoreCase("Body")) {
                        root = XmlElement.startTag(r, offsets, names);
                    }
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    if (fast) {
                        throw Fallback.INSTANCE;
                    }
                    return DecodeResult.failed(problem(ProblemCode.XML_MALFORMED, -1, "the XML has no root element"));
                }
            }
            if (!root.is(ROOT)) {
                return DecodeResult.failed(problem(ProblemCode.UNSUPPORTED_MESSAGE_TYPE, root.offset(), "the root element <"
                        + root.name + "> at " + root.position() + " is not <" + ROOT + ">; only PNRGOV XML is decoded"
                        + " from XML (PAXLST and PNRGOV EDIFACT are read as EDIFACT)"));
            }
            msg = new PnrgovMessage();
            header(r, root, msg, problems);
            Body body = new Body(msg, problems, offsets, LocalDate.now(clock), fast);
            body.read(r);
            if (!body.stopped) {
                while (r.hasNext()) {
                    r.next(); // to the end of the document, so trailing garbage is reported
                }
                if (msg.declaredPnrCount != null && msg.declaredPnrCount != msg.pnrs.size()) {
                    problems.add(ProblemCode.COUNT_MISMATCH, -1, "PNRs", -1, "PNRs NumberOfPnrs declares "
                            + msg.declaredPnrCount + " PNRs but the message holds " + msg.pnrs.size());
                }
            }
        } catch (XMLStreamException e) {
            if (fast) {
                throw Fallback.INSTANCE;
            }
            Location loc = e.getLocation();
            long at = loc == null ? -1 : offsets.byteOffset(loc.getCharacterOffset());
            String what = "the XML is malformed at " + position(loc, at) + ": " + reason(e);
            if (at < 0) {
                at = 0; // the parser could not say where (e.g. a bad byte sequence): point at the input
            }
            if (msg == null) {
                return DecodeResult.failed(problem(ProblemCode.XML_MALFORMED, at, what + "; nothing was read"));
            }
            problems.add(ProblemCode.XML_MALFORMED, -1, null, at, what + "; the " + msg.pnrs.size()
                    + " PNRs before it were kept and the rest of the input was not read");
        } finally {
            close(r);
        }
        msg.problems = problems.toList();
        List<DecodedMessage> messages = new ArrayList<>(1);
        messages.add(msg);
        return new DecodeResult(messages, new ArrayList<>(), new ArrayList<>());
    }

    private static void header(XMLStreamReader r, XmlElement root, PnrgovMessage msg, Problems problems) {
        msg.type = "PNRGOV";
        msg.source.messageIndex = 0;
        msg.source.offset = root.offset();
        msg.source.messageVersion = root.attr("Version");
        msg.source.preparedAt = root.attr("TimeStamp");
        msg.source.messageReference = root.attr("EchoToken", "TransactionIdentifier");
        String ns = r.getNamespaceURI();
        if (ns != null && !ns.isEmpty() && !ns.equals(NAMESPACE)) {
            problems.add(ProblemCode.INVALID_VALUE, -1, root.name, root.offset(), "the root element's namespace is '"
                    + ns + "', not " + NAMESPACE + "; read as PNRGOV anyway");
        }
    }

    /** The root's children, one at a time: PNRs are mapped as they are read. */
    private final class Body {
        final PnrgovMessage msg;
        final Problems problems;
        final ByteOffsets offsets;
        final XmlValues values;
        final XmlPnrReader pnrReader;
        final boolean fast;
        int travellers;
        boolean stopped;

        Body(PnrgovMessage msg, Problems problems, ByteOffsets offsets, LocalDate today, boolean fast) {
            this.msg = msg;
            this.fast = fast;
            this.problems = problems;
            this.offsets = offsets;
            this.values = new XmlValues(problems, today);
            this.pnrReader = new XmlPnrReader(values, limits.maxTravellersPerMessage());
        }

        void read(XMLStreamReader r) throws XMLStreamException {
            while (!stopped) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    return; // end of the root
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equalsIgnoreCase("Originator")) {
                    originator(XmlElement.read(r, offsets, names));
                } else if (name.equalsIgnoreCase("FlightLeg")) {
                    flightLeg(XmlElement.read(r, offsets, names));
                } else if (name.equalsIgnoreCase("PNRs")) {
                    pnrs(r);
                } else if (name.equalsIgnoreCase("PNR")) {
                    pnr(r);
                } else {
                    skip(r);
                }
            }
        }

        private void pnrs(XMLStreamReader r) throws XMLStreamException {
            XmlElement wrapper = XmlElement.startTag(r, offsets, names);
            values.context("");
            msg.declaredPnrCount = values.integer(wrapper, "NumberOfPnrs", "NumberOfPNRs", "Count");
            while (!stopped) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equalsIgnoreCase("PNR")) {
                        pnr(r);
                    } else {
                        skip(r);
                    }
                }
            }
        }

        private void pnr(XMLStreamReader r) throws XMLStreamException {
            if (msg.pnrs.size() >= limits.maxPnrsPerMessage()) {
                if (fast) {
                    throw Fallback.INSTANCE; // the message names the parser's position
                }
                long at = offsets.byteOffset(r.getLocation().getCharacterOffset());
                problems.add(ProblemCode.LIMIT_EXCEEDED, -1, "PNR", at, "the message holds more than "
                        + limits.maxPnrsPerMessage() + " PNRs, the most one decode takes; PNRs from "
                        + position(r.getLocation(), at) + " on were not read");
                stopped = true;
                return;
            }
            XmlElement e = XmlElement.read(r, offsets, names);
            Pnr pnr = new Pnr();
            int index = msg.pnrs.size() + 1;
            XmlElement ref = e.child("BookingRefID");
            String locator = ref == null ? e.attr("RecordLocator") : ref.attr("ID") != null ? ref.attr("ID") : ref.text();
            values.context("PNR " + index + (locator == null ? "" : " (" + locator + ")") + ": ");
            int mark = problems.size();
            boolean fitted = true;
            try {
                fitted = pnrReader.read(e, pnr, limits.maxTravellersPerMessage() - travellers);
            } catch (RuntimeException ex) {
                values.report(ProblemCode.PNR_DECODE_FAILED, e, "the PNR could not be read whole (" + ex
                        + "); it keeps what was read, other PNRs are not affected");
            }
            List<Problem> own = problems.since(mark);
            if (!own.isEmpty()) {
                pnr.problems = own;
            }
            msg.pnrs.add(pnr);
            travellers += pnr.travellers.size();
            stopped = !fitted;
            values.context("");
        }

        private void originator(XmlElement e) {
            Originator o = new Originator();
            o.system = e.value("AirlineCode", "CompanyCode", "Code");
            o.location = e.value("LocationCode", "AirportCode", "CityCode");
            o.country = e.value("CountryCode", "ISOCountry");
            msg.sender = o;
            msg.source.sender = o.system;
        }

        private void flightLeg(XmlElement e) {
            values.context("FlightLeg: ");
            if (msg.flight == null) {
                msg.flight = new Flight();
            }
            Flight f = msg.flight;
            FlightLeg leg = f.addLeg();
            leg.departureAirport = e.value("DepartureAirport", "BoardPoint", "Origin");
            leg.arrivalAirport = e.value("ArrivalAirport", "OffPoint", "Destination");
            leg.departureTime = values.dateTime(e, "DepartureDateTime", "DepartureTime");
            leg.arrivalTime = values.dateTime(e, "ArrivalDateTime", "ArrivalTime");
            if (f.legs.size() == 1) {
                f.carrier = e.value("CarrierCode", "AirlineCode", "MarketingAirline", "Carrier");
                f.number = e.value("FlightNumber");
                f.departureAirport = leg.departureAirport;
                f.arrivalAirport = leg.arrivalAirport;
                f.departureTime = leg.departureTime;
                f.arrivalTime = leg.arrivalTime;
            } else {
                f.finalDestination = leg.arrivalAirport;
            }
            values.context("");
        }
    }

    /** Thrown by a fast read that hands the document to Woodstox. */
    private static final class Fallback extends RuntimeException {
        static final Fallback INSTANCE = new Fallback();

        private Fallback() {
            super(null, null, false, false);
        }
    }

    /**
     * Aalto's reader, stopped (by an exception, so the document goes to Woodstox) at a DOCTYPE and
     * well before any of Woodstox's limits: half of them for sizes, which Woodstox may count
     * before attribute normalization or coalescing. An attribute value has no more chars than its
     * start tag has bytes, and a start tag no more bytes than lie between it and the next one.
     */
    private static final class LimitGuard extends StreamReaderDelegate {
        private final LocationInfo where;
        private final long length;
        private long lastStart;
        private int depth;

        LimitGuard(XMLStreamReader2 r, long length) {
            super(r);
            this.where = r.getLocationInfo();
            this.length = length;
        }

        @Override
        public int next() throws XMLStreamException {
            int ev = super.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    long at = where.getStartingByteOffset();
                    if (++depth >= MAX_DEPTH || getAttributeCount() >= MAX_ATTRIBUTES
                            || at - lastStart >= MAX_ATTRIBUTE_CHARS / 2) {
                        throw new XMLStreamException("near a limit");
                    }
                    lastStart = at;
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    if (length - lastStart >= MAX_ATTRIBUTE_CHARS / 2) {
                        throw new XMLStreamException("near a limit");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.COMMENT -> {
                    if (getTextLength() >= MAX_TEXT_CHARS / 2) {
                        throw new XMLStreamException("near a limit");
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    String data = getPIData();
                    if (data != null && data.length() >= MAX_TEXT_CHARS / 2) {
                        throw new XMLStreamException("near a limit");
                    }
                }
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("a DOCTYPE or entity: Woodstox refuses it");
                default -> { }
            }
            return ev;
        }
    }

    /** Skips the element the reader is on, children included. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String position(Location loc, long byteOffset) {
        if (loc == null) {
            return "an unknown position";
        }
        return "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber()
                + (byteOffset >= 0 ? " (byte " + byteOffset + ")" : "");
    }

    // Woodstox appends its own "at [row,col {unknown-source}]: [1,18]"; the position is given already
    private static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf(" at [row,col");
        if (cut < 0) {
            cut = m.indexOf("\n at [row,col");
        }
        return (cut >= 0 ? m.substring(0, cut) : m).replace('\n', ' ').trim();
    }

    private static Problem problem(ProblemCode code, long offset, String message) {
        return new Problem(code, Severity.ERROR, -1, -1, -1, null, -1, -1, offset, message);
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing held but the input array
            }
        }
    }
}
