package io.paxgate.parsers;

import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.envelope.InterchangeReader;
import io.paxgate.parsers.envelope.MessageDecoders;
import io.paxgate.parsers.multipart.MultipartAssembler;
import io.paxgate.parsers.pnrgov.xml.PnrgovXmlDecoder;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;

import java.time.Clock;

/**
 * The codec's front door: any bytes an airline sends (EDIFACT PAXLST or PNRGOV with or without
 * UNA, Type B wrapped or not, or PNRGOV XML) to decoded messages with their problems. Never
 * throws for any input. Not thread-safe: one per thread.
 */
public final class InputDecoder {
    private final ParserLimits limits;
    private final InterchangeReader edifact;
    private final PnrgovXmlDecoder xml;

    public InputDecoder() {
        this(ParserLimits.DEFAULT, Clock.systemUTC());
    }

    public InputDecoder(ParserLimits limits, Clock clock) {
        this.limits = limits;
        this.edifact = new InterchangeReader(limits, MessageDecoders.standard(), clock);
        this.xml = new PnrgovXmlDecoder(limits, clock);
    }

    public DecodeResult decode(byte[] input) {
        return input == null ? decode(new byte[0], 0, 0) : decode(input, 0, input.length);
    }

    public DecodeResult decode(byte[] input, int from, int to) {
        if (to - from > limits.maxInputBytes()) {
            return DecodeResult.failed(new Problem(ProblemCode.LIMIT_EXCEEDED, Severity.ERROR, -1, -1, -1, null, -1, -1,
                    0, "input of " + (to - from) + " bytes is over the limit of " + limits.maxInputBytes()
                    + " bytes; nothing was read"));
        }
        if (looksLikeXml(input, from, to)) {
            DecodeResult r = xml.decode(input, from, to);
            if (r.messages().isEmpty() && r.hasErrors()) {
                // not XML after all: a stray '<' in front of an EDIFACT interchange, which the
                // EDIFACT reader reports as junk before it and reads
                DecodeResult e = edifact.read(input, from, to, 0);
                if (!e.messages().isEmpty()) {
                    return e;
                }
            }
            return r;
        }
        return edifact.read(input, from, to, 0);
    }

    /** Joins multi-part messages in {@code result} (parts in one input). */
    public static DecodeResult assembled(DecodeResult result) {
        return new DecodeResult(MultipartAssembler.assemble(result.messages()), result.interchanges(), result.problems());
    }

    static boolean looksLikeXml(byte[] b, int from, int to) {
        int i = from;
        if (to - i >= 2) {
            int b0 = b[i] & 0xFF;
            int b1 = b[i + 1] & 0xFF;
            // UTF-16 byte order marks, or '<' in UTF-16 without one: EDIFACT is never UTF-16
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0) || (b0 == 0 && b1 == '<')) {
                return true;
            }
        }
        // UTF-8 byte order mark
        if (to - i >= 3 && (b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBB && (b[i + 2] & 0xFF) == 0xBF) {
            i += 3;
        }
        while (i < to && (b[i] == ' ' || b[i] == '\r' || b[i] == '\n' || b[i] == '\t')) {
            i++;
        }
        return i < to && b[i] == '<';
    }
}
