package io.paxgate.parsers.encode;

import io.paxgate.parsers.edifact.ServiceStrings;
import io.paxgate.parsers.edifact.Syntax;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.MessageSource;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Traveller;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Writes the interactive API (iAPI) answer to a PAXLST: a CUSRES D:05B with one ERP group per
 * traveller.
 *
 * <pre>
 * UNA:+.?*'
 * UNB+UNOA:4+GOVAPIS:ZZ+LHAPI:ZZ+260314:1211+000009001'
 * UNG+CUSRES+GOVAPIS:ZZ+LHAPI:ZZ+260314:1211+000009001+UN+D:05B'   (optional)
 * UNH+RSP0001+CUSRES:D:05B:UN:IATA+LH400/260314/1415+01:F'         (request's common access reference)
 * BGM+962'
 * RFF+TN:LH400260314001'             request's transaction reference
 * RFF+AF:LH400'                      flight
 * DTM+189:2603141415:201'  DTM+232:2603141705:201'
 * LOC+125+FRA'  LOC+87+JFK'
 * per traveller: ERP+2' RFF+AVF:booking' RFF+ABO:passenger ref' ERC+0Z' FTX+AAP+++OK TO BOARD'
 * UNT+n+RSP0001'  UNE+1+ref'  UNZ+1+ref'
 * </pre>
 *
 * Segments whose value the request lacks (no booking reference, no arrival time) are left out
 * and UNT counts what was written. The answer sits on the check-in critical path:
 * {@link #encodeTo} writes straight into the caller's builder, no formatting, no intermediate
 * Strings. Immutable and thread-safe.
 */
public final class CusresEncoder {
    /** UNH message identifier: CUSRES:D:05B:UN:IATA, as the WCO/IATA/ICAO API guidelines give it. */
    private static final String TYPE = "CUSRES";
    private static final String VERSION = "D";
    private static final String RELEASE = "05B";
    private static final String AGENCY = "UN";
    private static final String ASSOCIATION = "IATA";

    private final Syntax syntax;
    private final String syntaxId;
    private final String syntaxVersion;
    private final Clock clock;
    private final DecisionCodes codes;
    private final boolean functionalGroup;

    /**
     * @param syntax          separators to write (and announce in UNA)
     * @param syntaxId        UNB syntax identifier, e.g. {@code UNOA}
     * @param syntaxVersion   UNB syntax version, e.g. {@code 4}
     * @param codes           the state's ERC codes and texts per decision
     * @param functionalGroup wrap the message in UNG/UNE
     */
    public CusresEncoder(Syntax syntax, String syntaxId, String syntaxVersion, Clock clock, DecisionCodes codes,
                         boolean functionalGroup) {
        this.syntax = EdifactWriter.withRelease(Objects.requireNonNull(syntax, "syntax"));
        this.syntaxId = Objects.requireNonNull(syntaxId, "syntaxId");
        this.syntaxVersion = Objects.requireNonNull(syntaxVersion, "syntaxVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.functionalGroup = functionalGroup;
    }

    /** UNOA syntax 4 with the ISO separators {@code :+.?*'}, default codes, UNG/UNE included. */
    public CusresEncoder(Clock clock) {
        this(Syntax.DEFAULT_V4, "UNOA", "4", clock, DecisionCodes.defaults(), true);
    }

    /**
     * Writes the CUSRES answering {@code request}.
     *
     * @param decisions        one per traveller answered, in the order to write them
     * @param envelope         UNB/UNG parties and control reference (also the group reference)
     * @param messageReference UNH/UNT message reference
     */
    public void encodeTo(PaxlstMessage request, List<TravellerDecision> decisions, EnvelopeIds envelope,
                         String messageReference, StringBuilder out) {
        LocalDateTime now = LocalDateTime.now(clock);
        EdifactWriter w = new EdifactWriter(out, syntax);
        EdifactWriter.una(out, syntax);
        w.unb(syntaxId, syntaxVersion, envelope, now);
        if (functionalGroup) {
            // UNG+CUSRES+sender+recipient+date:time+group ref+UN+D:05B
            w.begin("UNG").element(TYPE)
                    .element(envelope.sender()).component(envelope.senderQualifier())
                    .element(envelope.recipient()).component(envelope.recipientQualifier())
                    .element(EdifactWriter.yymmdd(now), 6).component(now.getHour() * 100L + now.getMinute(), 4)
                    .element(envelope.controlReference())
                    .element(AGENCY)
                    .element(VERSION).component(RELEASE)
                    .end();
        }
        w.resetCount();

        MessageSource source = request.source;
        w.begin("UNH").element(messageReference)
                .element(TYPE).component(VERSION).component(RELEASE).component(AGENCY).component(ASSOCIATION)
                .element(source == null ? null : source.commonAccessReference);
        if (source != null && source.sequenceNumber != null) {
            w.element("01").component("F"); // the answer is a single message: first and final part
        }
        w.end();
        w.begin("BGM").element("962").end(); // 962: response to a passenger list
        if (request.transactionReference != null) {
            w.begin("RFF").element("TN").component(request.transactionReference).end();
        }
        flight(w, request.flight);
        for (TravellerDecision d : decisions) {
            traveller(w, d);
        }
        int count = w.count() + 1;
        w.begin("UNT").element(count, 1).element(messageReference).end();
        if (functionalGroup) {
            w.begin("UNE").element(1, 1).element(envelope.controlReference()).end();
        }
        w.begin("UNZ").element(1, 1).element(envelope.controlReference()).end();
    }

    /** The CUSRES as a String. */
    public String encode(PaxlstMessage request, List<TravellerDecision> decisions, EnvelopeIds envelope,
                         String messageReference) {
        StringBuilder out = new StringBuilder(384 + 128 * decisions.size());
        encodeTo(request, decisions, envelope, messageReference, out);
        return out.toString();
    }

    /** The CUSRES as bytes in the configured syntax identifier's character set. */
    public byte[] encodeBytes(PaxlstMessage request, List<TravellerDecision> decisions, EnvelopeIds envelope,
                              String messageReference) {
        Charset c = ServiceStrings.charsetOf(syntaxId);
        return encode(request, decisions, envelope, messageReference)
                .getBytes(c == null ? StandardCharsets.ISO_8859_1 : c);
    }

    private static void flight(EdifactWriter w, Flight f) {
        if (f == null) {
            return;
        }
        if (f.carrier != null || f.number != null) {
            // RFF+AF:LH400 written as two appends, no concatenated String
            w.begin("RFF").element("AF").component(f.carrier == null ? f.number : f.carrier);
            if (f.carrier != null && f.number != null) {
                w.append(f.number);
            }
            w.end();
        }
        if (f.departureTime != null) {
            w.begin("DTM").element("189").componentYyMmDdHhMm(f.departureTime).component("201").end();
        }
        if (f.arrivalTime != null) {
            w.begin("DTM").element("232").componentYyMmDdHhMm(f.arrivalTime).component("201").end();
        }
        if (f.departureAirport != null) {
            w.begin("LOC").element("125").element(f.departureAirport).end(); // last departure airport
        }
        if (f.arrivalAirport != null) {
            w.begin("LOC").element("87").element(f.arrivalAirport).end(); // first arrival airport
        }
    }

    private void traveller(EdifactWriter w, TravellerDecision d) {
        Traveller t = d.traveller();
        w.begin("ERP").element("2").end(); // 2: passenger
        if (t.bookingReference != null) {
            w.begin("RFF").element("AVF").component(t.bookingReference).end();
        }
        if (t.passengerReference != null) {
            w.begin("RFF").element("ABO").component(t.passengerReference).end();
        }
        w.begin("ERC").element(codes.code(d.decision())).end();
        String text = d.text() != null ? d.text() : codes.text(d.decision());
        w.begin("FTX").element("AAP").element(null).element(null).element(text).end();
    }
}
