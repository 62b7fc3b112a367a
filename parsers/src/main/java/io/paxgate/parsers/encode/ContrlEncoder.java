package io.paxgate.parsers.encode;

import io.paxgate.parsers.edifact.ServiceStrings;
import io.paxgate.parsers.edifact.Syntax;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.envelope.Interchange;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the CONTRL syntax acknowledgement of one received interchange:
 *
 * <pre>
 * UNA (the received separators)
 * UNB (received syntax; us to the sender; our date/time; a fresh control reference)
 * UNH+1+CONTRL:4:1:UN (D:3 below syntax 4)
 * UCI+received ref+received sender+received recipient+action[+0085+service tag+element:component]
 * per message: UCM+ref+type:version:release:agency+action[+0085+service tag]
 *     per erroneous segment: UCS+position[+0085], per erroneous element UCD+0085+element:component
 * UNT+count+1
 * UNZ+1+control reference
 * </pre>
 *
 * UCI action (0083): 4 rejected when the envelope itself has an error (then nothing in it is
 * accepted), 8 received with errors when the envelope is sound but a message is rejected, 7
 * accepted otherwise. A message is rejected (UCM action 4) when it has a problem of severity
 * ERROR; warnings and infos never reject. Error codes are {@link ProblemCode#syntaxErrorCode()}.
 * An error with a segment position becomes a UCS (segment level) or UCD (element level); one
 * without becomes the UCM's own 0085.
 *
 * <p>Immutable and thread-safe; allocation-light: {@link #encodeTo} writes into the caller's
 * builder with no formatting or intermediate Strings.
 */
public final class ContrlEncoder {
    /** Our UNB sender id unless configured. */
    public static final String DEFAULT_SENDER_ID = "PAXGATE";
    /** 0083: this level and all lower levels rejected. */
    public static final String ACTION_REJECTED = "4";
    /** 0083: this level acknowledged, lower levels acknowledged unless explicitly rejected. */
    public static final String ACTION_ACCEPTED = "7";
    /** 0083: interchange received; used here for "received, with rejected messages". */
    public static final String ACTION_RECEIVED_WITH_ERRORS = "8";

    /** CONTRL's own message reference: one message per CONTRL interchange. */
    private static final String MESSAGE_REFERENCE = "1";
    /** UCS and UCD repeat limits of the CONTRL message (SG2 999 per UCM, UCD 99 per UCS). */
    private static final int MAX_UCS = 999;
    private static final int MAX_UCD = 99;

    private final String senderId;
    private final Clock clock;
    private final boolean listAcceptedMessages;

    /**
     * @param senderId             our id in UNB
     * @param listAcceptedMessages also write a UCM with action 7 for every accepted message (by
     *                             default only rejected messages are listed: UCI action 7/8
     *                             acknowledges the rest)
     */
    public ContrlEncoder(String senderId, Clock clock, boolean listAcceptedMessages) {
        this.senderId = Objects.requireNonNull(senderId, "senderId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listAcceptedMessages = listAcceptedMessages;
    }

    public ContrlEncoder(Clock clock) {
        this(DEFAULT_SENDER_ID, clock, false);
    }

    /**
     * Writes the CONTRL for {@code received}.
     *
     * @param messages           the messages decoded from that interchange
     * @param interchangeProblems problems of that interchange outside any message (envelope);
     *                           others in the list are ignored
     * @param controlReference   our fresh interchange control reference for the CONTRL
     */
    public void encodeTo(Interchange received, List<? extends DecodedMessage> messages,
                         List<Problem> interchangeProblems, String controlReference, StringBuilder out) {
        Syntax syntax = EdifactWriter.withRelease(received.syntax() == null ? Syntax.DEFAULT_V4 : received.syntax());
        String syntaxId = received.syntaxIdentifier() == null ? "UNOA" : received.syntaxIdentifier();
        String syntaxVersion = received.syntaxVersion() == null ? "4" : received.syntaxVersion();
        EnvelopeIds ids = EnvelopeIds.replyTo(received, senderId, controlReference);

        EdifactWriter w = new EdifactWriter(out, syntax);
        EdifactWriter.una(out, syntax);
        w.unb(syntaxId, syntaxVersion, ids, LocalDateTime.now(clock));
        w.resetCount();

        // UNH+1+CONTRL:4:1:UN (syntax 4) or CONTRL:D:3:UN (syntax 1-3 and IATA)
        boolean v4 = syntaxVersion.startsWith("4") && !syntaxId.startsWith("IATA");
        w.begin("UNH").element(MESSAGE_REFERENCE)
                .element("CONTRL").component(v4 ? "4" : "D").component(v4 ? "1" : "3").component("UN")
                .end();

        Problem envelopeError = firstEnvelopeError(received, interchangeProblems);
        boolean anyRejected = false;
        for (DecodedMessage m : messages) {
            anyRejected |= m.hasErrors();
        }
        String action = envelopeError != null || !received.complete() ? ACTION_REJECTED
                : anyRejected ? ACTION_RECEIVED_WITH_ERRORS : ACTION_ACCEPTED;

        // UCI: identifies the received interchange as its sender wrote it
        w.begin("UCI").element(received.controlReference())
                .element(received.sender()).component(received.senderQualifier())
                .element(received.recipient()).component(received.recipientQualifier())
                .element(action);
        if (envelopeError != null) {
            w.element(envelopeError.code().syntaxErrorCode()).element(serviceTag(envelopeError));
            position(w, envelopeError);
        } else if (!received.complete()) {
            w.element("13").element("UNZ"); // 13: missing (the interchange was cut off)
        }
        w.end();

        for (DecodedMessage m : messages) {
            boolean rejected = m.hasErrors();
            if (rejected || listAcceptedMessages) {
                message(w, m, rejected);
            }
        }

        int count = w.count() + 1;
        w.begin("UNT").element(count, 1).element(MESSAGE_REFERENCE).end();
        w.begin("UNZ").element(1, 1).element(controlReference).end();
    }

    /** The CONTRL for {@code received} as a String. */
    public String encode(Interchange received, List<? extends DecodedMessage> messages,
                         List<Problem> interchangeProblems, String controlReference) {
        StringBuilder out = new StringBuilder(256 + 64 * messages.size());
        encodeTo(received, messages, interchangeProblems, controlReference, out);
        return out.toString();
    }

    /** The CONTRL as bytes in the received interchange's character set (ISO 8859-1 when unknown). */
    public byte[] encodeBytes(Interchange received, List<? extends DecodedMessage> messages,
                              List<Problem> interchangeProblems, String controlReference) {
        return encode(received, messages, interchangeProblems, controlReference).getBytes(charsetOf(received));
    }

    /**
     * The CONTRL for interchange {@code interchangeIndex} of a decode: its messages and its
     * envelope problems are picked from {@code result}.
     */
    public String encode(DecodeResult result, int interchangeIndex, String controlReference) {
        Interchange received = result.interchanges().get(interchangeIndex);
        List<DecodedMessage> messages = new ArrayList<>();
        for (DecodedMessage m : result.messages()) {
            if (m.source.interchangeIndex == interchangeIndex) {
                messages.add(m);
            }
        }
        return encode(received, messages, result.problems(), controlReference);
    }

    private static void message(EdifactWriter w, DecodedMessage m, boolean rejected) {
        // UCM+PAX001+PAXLST:D:12B:UN:IATA+4[+0085+service tag]
        // a UNH without message type is decoded as type "UNKNOWN": echo nothing rather than that
        String type = m.source.messageVersion == null && "UNKNOWN".equals(m.type) ? null : m.type;
        w.begin("UCM").element(m.source.messageReference)
                .element(type).components(m.source.messageVersion)
                .element(rejected ? ACTION_REJECTED : ACTION_ACCEPTED);
        Problem messageLevel = null;
        if (rejected) {
            for (Problem p : m.problems) {
                if (p.isError() && !hasSegmentPosition(p) && p.code().syntaxErrorCode() != null) {
                    messageLevel = p;
                    break;
                }
            }
        }
        if (messageLevel != null) {
            w.element(messageLevel.code().syntaxErrorCode()).element(serviceTag(messageLevel));
        }
        w.end();
        if (!rejected) {
            return;
        }
        int lastSegment = -1;
        int ucs = 0;
        int ucd = 0;
        for (Problem p : m.problems) {
            if (!p.isError() || !hasSegmentPosition(p) || p.code().syntaxErrorCode() == null) {
                continue;
            }
            String code = p.code().syntaxErrorCode();
            boolean elementLevel = p.element() > 0;
            if (p.segmentIndex() != lastSegment || !elementLevel || ucd >= MAX_UCD) {
                if (ucs >= MAX_UCS) {
                    return;
                }
                // UCS+position[+0085]: the code here only for an error in the segment as a whole
                w.begin("UCS").element(p.segmentIndex(), 1).element(elementLevel ? null : code).end();
                ucs++;
                ucd = 0;
                lastSegment = elementLevel ? p.segmentIndex() : -1;
            }
            if (elementLevel) {
                // UCD+0085+element:component
                w.begin("UCD").element(code);
                position(w, p);
                w.end();
                ucd++;
            }
        }
    }

    /** S011: element position and, when known, component position. */
    private static void position(EdifactWriter w, Problem p) {
        if (p.element() > 0) {
            w.element(p.element(), 1);
            if (p.component() > 0) {
                w.component(p.component(), 1);
            }
        }
    }

    /**
     * True when the problem names a segment of the message (UCS). A missing UNT carries the
     * count reached as its position, but the error is the message's, not that segment's.
     */
    private static boolean hasSegmentPosition(Problem p) {
        return p.segmentIndex() >= 1 && p.code() != ProblemCode.MISSING_UNT;
    }

    /** 0135: the service segment (UNB, UNZ, UNH, UNT...) an envelope error is about, or null. */
    private static String serviceTag(Problem p) {
        switch (p.code()) {
            case MISSING_UNT:
                return "UNT";
            case MISSING_UNZ:
                return "UNZ";
            case MISSING_UNB:
                return "UNB";
            default:
                String tag = p.tag();
                return tag != null && tag.startsWith("UN") ? tag : null;
        }
    }

    private static Problem firstEnvelopeError(Interchange received, List<Problem> problems) {
        for (Problem p : problems) {
            if (p.isError() && p.messageIndex() < 0 && p.code().syntaxErrorCode() != null
                    && (p.interchangeIndex() == received.index() || p.interchangeIndex() < 0)) {
                return p;
            }
        }
        return null;
    }

    private static Charset charsetOf(Interchange received) {
        Charset c = ServiceStrings.charsetOf(received.syntaxIdentifier());
        return c == null ? StandardCharsets.ISO_8859_1 : c;
    }
}
