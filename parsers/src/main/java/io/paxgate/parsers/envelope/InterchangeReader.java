package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.EdifactLexer;
import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.ServiceStrings;
import io.paxgate.parsers.edifact.Syntax;
import io.paxgate.parsers.edifact.Tags;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.MessageSource;
import io.paxgate.parsers.model.OtherMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Problems;
import io.paxgate.parsers.problem.Severity;
import io.paxgate.parsers.typeb.TypeBEnvelope;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads EDIFACT input in one pass: finds each interchange (several may follow each other, with
 * Type B envelopes or junk between them), applies its UNA and character set, checks the
 * UNB/UNG/UNH/UNT/UNE/UNZ envelope and streams every message's segments to the decoder for its
 * type. Count and reference mismatches are warnings: data is never dropped for them. Nothing
 * thrown by a decoder escapes; any input yields a {@link DecodeResult}.
 *
 * <p>Not thread-safe: one reader per thread, reused across inputs.
 */
public final class InterchangeReader {
    private final ParserLimits limits;
    private final MessageDecoders decoders;
    private final Clock clock;
    private final EdifactLexer lexer;
    private final Segment seg = new Segment();

    // per decode
    private Problems problems;
    private DecodeContext context;
    private List<DecodedMessage> messages;
    private List<Interchange> interchanges;
    private byte[] buf;
    private int limit;
    private long baseOffset;

    public InterchangeReader(ParserLimits limits, MessageDecoders decoders, Clock clock) {
        this.limits = limits;
        this.decoders = decoders;
        this.clock = clock;
        this.lexer = new EdifactLexer(limits.maxSegmentBytes(), limits.maxComponentsPerSegment());
    }

    public InterchangeReader() {
        this(ParserLimits.DEFAULT, MessageDecoders.standard(), Clock.systemUTC());
    }

    public DecodeResult read(byte[] input) {
        return read(input, 0, input.length, 0);
    }

    /** Decodes {@code input[from, to)}; reported offsets are {@code baseOffset + index}. */
    public DecodeResult read(byte[] input, int from, int to, long baseOffset) {
        problems = new Problems(limits.maxProblems());
        context = new DecodeContext(problems, limits, LocalDate.now(clock));
        messages = new ArrayList<>();
        interchanges = new ArrayList<>(1);
        buf = input;
        limit = to;
        this.baseOffset = baseOffset;
        int mark = problems.size();
        try {
            if (to - from > limits.maxInputBytes()) {
                problems.add(ProblemCode.LIMIT_EXCEEDED, -1, null, baseOffset + from,
                        "input of " + (to - from) + " bytes is over the limit of " + limits.maxInputBytes()
                                + " bytes; nothing was read. Split it into smaller interchanges.");
            } else {
                lexer.reset(input, from, to, baseOffset);
                readAll(from);
            }
        } catch (RuntimeException e) {
            // A bug, not bad input: still an answer, never an escaped exception.
            problems.add(ProblemCode.INTERNAL_ERROR, -1, null, baseOffset + lexer.position(),
                    "the decoder failed (" + e + "); the rest of the input was not read");
        }
        // message problems were copied into their messages; what is left belongs to no message
        List<Problem> outside = problems.toList();
        outside.removeIf(p -> p.messageIndex() >= 0);
        return new DecodeResult(messages, interchanges, outside);
    }

    private void readAll(int from) {
        int p = from;
        int found = 0;
        while (p < limit) {
            int start = findInterchange(p);
            reportSkipped(p, start < 0 ? limit : start, found);
            if (start < 0) {
                break;
            }
            if (interchanges.size() + messages.size() >= limits.maxMessagesPerInput()) {
                tooMany(start);
                break;
            }
            found++;
            p = readInterchange(start);
        }
        if (found == 0) {
            boolean blank = true;
            for (int i = from; i < limit && blank; i++) {
                blank = isBlank(buf[i]);
            }
            problems.add(blank ? ProblemCode.EMPTY_INPUT : ProblemCode.MISSING_UNB, -1, null, baseOffset + from,
                    blank ? "the input is empty" : "no EDIFACT interchange (UNA or UNB) was found in the input");
        }
    }

    private void tooMany(long at) {
        problems.position(interchanges.size(), -1);
        problems.add(ProblemCode.LIMIT_EXCEEDED, -1, null, baseOffset + at,
                "the input holds more than " + limits.maxMessagesPerInput() + " interchanges and messages; the rest from byte "
                        + (baseOffset + at) + " was not read. Send them in separate inputs.");
    }

    /** Position of the next "UNA" or "UNB" header from {@code p}, or -1. */
    private int findInterchange(int p) {
        for (int i = p; i + 3 < limit; i++) {
            if (buf[i] == 'U' && buf[i + 1] == 'N') {
                byte t = buf[i + 2];
                if ((t == 'A' || t == 'B') && !isAlnum(buf[i + 3]) && (i == p || !isAlnum(buf[i - 1]))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void reportSkipped(int from, int to, int interchangesBefore) {
        int s = from;
        if (to - s >= 3 && (buf[s] & 0xFF) == 0xEF && (buf[s + 1] & 0xFF) == 0xBB && (buf[s + 2] & 0xFF) == 0xBF) {
            s += 3; // a UTF-8 byte order mark, as files saved on Windows carry: not data
        }
        while (s < to && isBlank(buf[s])) {
            s++;
        }
        if (s >= to) {
            return;
        }
        String typeB = TypeBEnvelope.describeHeading(buf, s, to);
        if (typeB != null) {
            problems.position(interchanges.size(), -1);
            problems.add(ProblemCode.TYPE_B_ENVELOPE, -1, null, baseOffset + s, typeB);
        } else if (interchangesBefore > 0 && TypeBEnvelope.isTrailer(buf, s, to)) {
            return;
        } else {
            problems.position(interchanges.size(), -1);
            problems.add(ProblemCode.JUNK_BEFORE_INTERCHANGE, -1, null, baseOffset + s,
                    (to - s) + " bytes at byte " + (baseOffset + s) + " are not EDIFACT and were skipped"
                            + (to < limit ? " (the next interchange starts at byte " + (baseOffset + to) + ")"
                            : " (no interchange follows)"));
        }
    }

    /** Reads one interchange from its UNA/UNB; returns where reading should continue. */
    private int readInterchange(int start) {
        final int index = interchanges.size();
        problems.position(index, -1);
        Syntax syntax;
        int p = start;
        if (buf[start + 2] == 'A') {
            ServiceStrings.Una una = ServiceStrings.parseUna(buf, start, limit);
            if (una.problem() != null) {
                problems.add(ProblemCode.MALFORMED_UNA, 0, "UNA", baseOffset + start, una.problem());
            }
            syntax = una.syntax();
            p = una.end();
        } else {
            syntax = ServiceStrings.withoutUna(buf, start, limit);
        }
        lexer.syntax(syntax);
        lexer.charset(StandardCharsets.ISO_8859_1);
        lexer.position(p);
        int unbAt = lexer.skipWhitespace();
        if (!lexer.startsWith(unbAt, Tags.UNB)) {
            problems.add(ProblemCode.MISSING_UNB, 0, null, baseOffset + unbAt,
                    "UNA is not followed by a UNB interchange header; the interchange was skipped");
            return Math.max(unbAt, start + 3);
        }
        int status = lexer.next(seg, 1);
        reportLexStatus(status, 1);

        // UNB+UNOA:4+SENDER:ZZ+RECIPIENT:ZZ+260314:1810+CONTROLREF
        String syntaxId = seg.text(1, 1);
        String version = seg.text(1, 2);
        String controlRef = seg.text(5, 1);
        Charset charset = ServiceStrings.charsetOf(syntaxId);
        if (charset == null) {
            problems.add(ProblemCode.UNKNOWN_SYNTAX_ID, Severity.WARNING, 1, "UNB", 1, 1, seg.offset(1, 1),
                    "unknown syntax identifier '" + syntaxId + "'; text is read as ISO 8859-1");
            charset = StandardCharsets.ISO_8859_1;
        }
        if (version == null || version.isEmpty() || version.charAt(0) < '4' || syntaxId == null || syntaxId.startsWith("IATA")) {
            // The repetition separator exists from syntax version 4 on; before that the UNA
            // position is reserved, and a '*' there is data.
            syntax = syntax.withoutRepetition();
        }
        lexer.syntax(syntax);
        lexer.charset(charset);
        String sender = seg.text(2, 1);
        String senderQ = seg.text(2, 2);
        String recipient = seg.text(3, 1);
        String recipientQ = seg.text(3, 2);
        String date = seg.text(4, 1);
        String time = seg.text(4, 2);
        if (controlRef == null) {
            problems.add(ProblemCode.MISSING_VALUE, Severity.WARNING, 1, "UNB", 5, 1, seg.offset(),
                    "UNB has no interchange control reference (element 5)");
        }

        MessageSource envelope = new MessageSource();
        envelope.interchangeIndex = index;
        envelope.syntaxIdentifier = syntaxId;
        envelope.syntaxVersion = version;
        envelope.sender = sender;
        envelope.recipient = recipient;
        envelope.preparedAt = date == null ? null : time == null ? date : date + ":" + time;
        envelope.interchangeReference = controlRef;

        int segIndex = 1;
        int messageCount = 0;
        int groupCount = 0;
        int groupMessages = 0;
        boolean inGroup = false;
        String groupRef = null;
        ActiveMessage msg = null;
        boolean complete = false;
        int next;
        while (true) {
            int at = lexer.skipWhitespace();
            if (at >= limit) {
                if (msg != null) {
                    problems.add(ProblemCode.MISSING_UNT, msg.segments, null, baseOffset + at,
                            "input ended inside message " + msg.source.messageReference + " (no UNT); its segments were kept");
                    finish(msg);
                }
                problems.position(index, -1);
                problems.add(ProblemCode.MISSING_UNZ, segIndex, null, baseOffset + at,
                        "input ended before UNZ closed interchange " + controlRef);
                next = limit;
                break;
            }
            if (buf[at] == 'U' && (lexer.startsWith(at, Tags.UNA) || lexer.startsWith(at, Tags.UNB))
                    && at + 3 < limit && !isAlnum(buf[at + 3])) {
                if (msg != null) {
                    problems.add(ProblemCode.MISSING_UNT, msg.segments, null, baseOffset + at,
                            "a new interchange starts inside message " + msg.source.messageReference + " (no UNT)");
                    finish(msg);
                    msg = null;
                }
                problems.position(index, -1);
                problems.add(ProblemCode.MISSING_UNZ, segIndex, null, baseOffset + at,
                        "interchange " + controlRef + " has no UNZ; a new interchange starts at byte " + (baseOffset + at));
                next = at;
                break;
            }
            segIndex++;
            int localIndex = msg != null ? msg.segments + 1 : segIndex;
            status = lexer.next(seg, localIndex);
            if (status == EdifactLexer.TOO_LONG) {
                reportLexStatus(status, localIndex);
                if (msg != null) {
                    finish(msg);
                    msg = null;
                }
                problems.position(index, -1);
                problems.add(ProblemCode.LIMIT_EXCEEDED, segIndex, null, seg.offset(),
                        "the rest of the input from byte " + seg.offset() + " was not read");
                next = limit;
                break;
            }
            int tag = seg.tag();
            if (status != EdifactLexer.OK || tag < 0 || lexer.overComponentLimit(seg)) {
                reportLexStatus(status, localIndex); // nothing to report for the usual segment
            }
            if (tag == Tags.UNH) {
                if (msg != null) {
                    problems.add(ProblemCode.MISSING_UNT, msg.segments, "UNH", seg.offset(),
                            "message " + msg.source.messageReference + " has no UNT before the next UNH; its segments were kept");
                    finish(msg);
                }
                if (interchanges.size() + messages.size() >= limits.maxMessagesPerInput()) {
                    tooMany(seg.offset() - baseOffset);
                    next = limit;
                    break;
                }
                messageCount++;
                if (inGroup) {
                    groupMessages++;
                }
                msg = begin(envelope, groupRef, index, messageCount - 1);
                continue;
            }
            if (tag == Tags.UNT) {
                if (msg == null) {
                    problems.add(ProblemCode.SEGMENT_OUTSIDE_MESSAGE, segIndex, "UNT", seg.offset(),
                            "UNT without a UNH before it was ignored");
                    continue;
                }
                msg.segments++;
                long declared = seg.number(1, 1, -1);
                if (declared != msg.segments) {
                    problems.add(ProblemCode.UNT_COUNT_MISMATCH, Severity.WARNING, msg.segments, "UNT", 1, 1, seg.offset(),
                            "UNT declares " + (declared < 0 ? "no valid count" : declared + " segments") + " but message "
                                    + msg.source.messageReference + " has " + msg.segments + " (UNH to UNT); all were read");
                }
                if (!seg.equals(2, 1, msg.source.messageReference == null ? "" : msg.source.messageReference)) {
                    problems.add(ProblemCode.CONTROL_REFERENCE_MISMATCH, Severity.WARNING, msg.segments, "UNT", 2, 1,
                            seg.offset(), "UNT reference '" + seg.text(2, 1) + "' does not match UNH reference '"
                                    + msg.source.messageReference + "'");
                }
                finish(msg);
                msg = null;
                continue;
            }
            if (msg != null && tag != Tags.UNZ && tag != Tags.UNG && tag != Tags.UNE) {
                msg.segments++;
                if (tag < 0) {
                    continue; // reported by reportLexStatus
                }
                if (msg.segments > limits.maxSegmentsPerMessage()) {
                    if (!msg.overLimit) {
                        msg.overLimit = true;
                        problems.add(ProblemCode.LIMIT_EXCEEDED, msg.segments, seg.tagName(), seg.offset(),
                                "message " + msg.source.messageReference + " has more than "
                                        + limits.maxSegmentsPerMessage() + " segments; the rest were not decoded");
                    }
                    continue;
                }
                try {
                    msg.decoder.segment(seg);
                } catch (RuntimeException e) {
                    problems.add(ProblemCode.INTERNAL_ERROR, msg.segments, seg.tagName(), seg.offset(),
                            "segment could not be decoded (" + e + "); decoding went on with the next segment");
                }
                continue;
            }
            if (tag == Tags.UNG) {
                if (msg != null) {
                    problems.add(ProblemCode.MISSING_UNT, msg.segments, "UNG", seg.offset(),
                            "message " + msg.source.messageReference + " has no UNT before UNG");
                    finish(msg);
                    msg = null;
                }
                inGroup = true;
                groupCount++;
                groupMessages = 0;
                groupRef = seg.text(5, 1);
                continue;
            }
            if (tag == Tags.UNE) {
                if (msg != null) {
                    problems.add(ProblemCode.MISSING_UNT, msg.segments, "UNE", seg.offset(),
                            "message " + msg.source.messageReference + " has no UNT before UNE");
                    finish(msg);
                    msg = null;
                }
                long declared = seg.number(1, 1, -1);
                if (declared != groupMessages) {
                    problems.add(ProblemCode.UNE_COUNT_MISMATCH, Severity.WARNING, segIndex, "UNE", 1, 1, seg.offset(),
                            "UNE declares " + declared + " messages but the group has " + groupMessages);
                }
                inGroup = false;
                groupRef = null;
                continue;
            }
            if (tag == Tags.UNZ) {
                if (msg != null) {
                    problems.add(ProblemCode.MISSING_UNT, msg.segments, "UNZ", seg.offset(),
                            "message " + msg.source.messageReference + " has no UNT before UNZ; its segments were kept");
                    finish(msg);
                    msg = null;
                }
                problems.position(index, -1);
                if (inGroup) {
                    problems.add(ProblemCode.MISSING_UNE, segIndex, "UNZ", seg.offset(), "group " + groupRef + " has no UNE");
                }
                long declared = seg.number(1, 1, -1);
                int expected = groupCount > 0 ? groupCount : messageCount;
                if (declared != expected) {
                    problems.add(ProblemCode.UNZ_COUNT_MISMATCH, Severity.WARNING, segIndex, "UNZ", 1, 1, seg.offset(),
                            "UNZ declares " + declared + (groupCount > 0 ? " groups" : " messages") + " but the interchange has "
                                    + expected + "; all were read");
                }
                if (!seg.equals(2, 1, controlRef == null ? "" : controlRef)) {
                    problems.add(ProblemCode.CONTROL_REFERENCE_MISMATCH, Severity.WARNING, segIndex, "UNZ", 2, 1, seg.offset(),
                            "UNZ reference '" + seg.text(2, 1) + "' does not match UNB reference '" + controlRef + "'");
                }
                complete = true;
                next = lexer.position();
                break;
            }
            if (tag >= 0) {
                problems.add(ProblemCode.SEGMENT_OUTSIDE_MESSAGE, segIndex, seg.tagName(), seg.offset(),
                        seg.tagName() + " segment outside any message (between UNH and UNT) was ignored");
            }
        }
        interchanges.add(new Interchange(index, baseOffset + start, baseOffset + next, syntax, syntaxId, version,
                sender, senderQ, recipient, recipientQ, date, time, controlRef, messageCount, complete));
        return next;
    }

    private ActiveMessage begin(MessageSource envelope, String groupRef, int interchangeIndex, int messageIndex) {
        // UNH+PAX001+PAXLST:D:12B:UN:IATA+LH400/260314/1415+01:F
        problems.position(interchangeIndex, messageIndex);
        MessageSource s = new MessageSource();
        s.interchangeIndex = interchangeIndex;
        s.messageIndex = messageIndex;
        s.offset = seg.offset();
        s.syntaxIdentifier = envelope.syntaxIdentifier;
        s.syntaxVersion = envelope.syntaxVersion;
        s.sender = envelope.sender;
        s.recipient = envelope.recipient;
        s.preparedAt = envelope.preparedAt;
        s.interchangeReference = envelope.interchangeReference;
        s.groupReference = groupRef;
        s.messageReference = seg.text(1, 1);
        String type = seg.text(2, 1);
        StringBuilder version = new StringBuilder(16);
        for (int c = 2; c <= seg.componentCount(2); c++) {
            if (version.length() > 0) {
                version.append(':');
            }
            String v = seg.text(2, c);
            version.append(v == null ? "" : v);
        }
        s.messageVersion = version.length() == 0 ? null : version.toString();
        s.commonAccessReference = seg.text(3, 1);
        long seq = seg.number(4, 1, -1);
        s.sequenceNumber = seq < 0 ? null : (int) Math.min(seq, Integer.MAX_VALUE);
        s.sequenceIndicator = seg.code(4, 2);
        MessageDecoder decoder = decoders.forType(type);
        ActiveMessage m = new ActiveMessage(decoder, s, problems.size());
        m.segments = 1;
        if (type == null) {
            problems.add(ProblemCode.MISSING_VALUE, Severity.ERROR, 1, "UNH", 2, 1, seg.offset(),
                    "UNH has no message type (element 2)");
        }
        decoder.begin(context, s);
        return m;
    }

    private void finish(ActiveMessage m) {
        DecodedMessage out;
        try {
            out = m.decoder.end();
        } catch (RuntimeException e) {
            problems.add(ProblemCode.INTERNAL_ERROR, m.segments, null, m.source.offset,
                    "message could not be completed (" + e + ")");
            out = new OtherMessage("UNKNOWN");
        }
        out.source = m.source;
        out.problems.addAll(problems.since(m.problemMark));
        messages.add(out);
        problems.position(m.source.interchangeIndex, -1);
    }

    private void reportLexStatus(int status, int index) {
        if (status == EdifactLexer.UNTERMINATED) {
            problems.add(ProblemCode.UNTERMINATED_SEGMENT, index, seg.tag() < 0 ? null : seg.tagName(), seg.offset(),
                    "the input ends inside a segment (no terminator '" + (char) lexer.syntax().terminator()
                            + "'); the input looks truncated");
        } else if (status == EdifactLexer.TOO_LONG) {
            problems.add(ProblemCode.LIMIT_EXCEEDED, index, seg.tag() < 0 ? null : seg.tagName(), seg.offset(),
                    "segment is longer than " + limits.maxSegmentBytes() + " bytes (no terminator '"
                            + (char) lexer.syntax().terminator() + "' found)");
        }
        if (status != EdifactLexer.END) {
            if (seg.tag() < 0) {
                int control = EdifactLexer.controlBytes(seg);
                String raw = seg.raw();
                problems.add(control > 0 ? ProblemCode.BINARY_DATA : ProblemCode.INVALID_SEGMENT_TAG, index, null,
                        seg.offset(), control > 0
                                ? "segment holds " + control + " binary control bytes and was skipped"
                                : "'" + (raw.length() > 20 ? raw.substring(0, 20) + "..." : raw)
                                        + "' does not start with a three-letter segment tag and was skipped");
            } else if (lexer.overComponentLimit(seg)) {
                problems.add(ProblemCode.LIMIT_EXCEEDED, index, seg.tagName(), seg.offset(),
                        "segment has more than " + limits.maxComponentsPerSegment()
                                + " elements and components; the last ones were merged");
            }
        }
    }

    private static boolean isAlnum(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == 0x01 || c == 0x02 || c == 0x03 || c == 0;
    }

    private static final class ActiveMessage {
        final MessageDecoder decoder;
        final MessageSource source;
        final int problemMark;
        int segments;
        boolean overLimit;

        ActiveMessage(MessageDecoder decoder, MessageSource source, int problemMark) {
            this.decoder = decoder;
            this.source = source;
            this.problemMark = problemMark;
        }
    }
}
