package io.paxgate.parsers.pnrgov;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.envelope.InterchangeReader;
import io.paxgate.parsers.envelope.MessageDecoders;
import io.paxgate.parsers.model.PnrgovMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds and decodes PNRGOV test messages; the clock is fixed on the sample's push date. */
final class PnrgovMessages {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T12:15:00Z"), ZoneOffset.UTC);

    /** A full push of flight LH400 FRA-JFK on 14 March 2026 declaring {@code pnrCount} PNRs. */
    static final String[] HEADER = {"MSG+:22", "ORG+LH:FRA", "TVL+140326:1415:140326:1705+FRA+JFK+LH+400"};

    private PnrgovMessages() {
    }

    /** UNA, UNB, UNH, the segments (without terminators), UNT with the right count, UNZ. */
    static byte[] message(String... segments) {
        StringBuilder sb = new StringBuilder("UNA:+.?*'\nUNB+IATA:1+LH+GOVPIU+260314:1215+1'\n");
        sb.append("UNH+1+PNRGOV:13:1:IA+LH400/140326/1415+01:F'\n");
        for (String s : segments) {
            sb.append(s).append("'\n");
        }
        sb.append("UNT+").append(segments.length + 2).append("+1'\nUNZ+1+1'\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The level-0 header, EQN+{@code pnrs}, then {@code body}. */
    static byte[] push(int pnrs, String... body) {
        String[] all = new String[HEADER.length + 1 + body.length];
        System.arraycopy(HEADER, 0, all, 0, HEADER.length);
        all[HEADER.length] = "EQN+" + pnrs;
        System.arraycopy(body, 0, all, HEADER.length + 1, body.length);
        return message(all);
    }

    static DecodeResult decode(byte[] input) {
        return new InputDecoder(ParserLimits.DEFAULT, CLOCK).decode(input);
    }

    static DecodeResult decode(byte[] input, ParserLimits limits) {
        return new InputDecoder(limits, CLOCK).decode(input);
    }

    /** Decodes with a PNRGOV decoder that runs {@code probe} on every segment inside its guard. */
    static DecodeResult decodeWithProbe(byte[] input, java.util.function.Consumer<io.paxgate.parsers.edifact.Segment> probe) {
        MessageDecoders decoders = MessageDecoders.standard().with("PNRGOV", () -> new PnrgovDecoder(probe));
        return new InterchangeReader(ParserLimits.DEFAULT, decoders, CLOCK).read(input);
    }

    static PnrgovMessage only(DecodeResult r) {
        if (r.messages().size() != 1 || !(r.messages().get(0) instanceof PnrgovMessage m)) {
            throw new AssertionError("expected one PNRGOV message, got " + r.messages() + " " + r.allProblems());
        }
        return m;
    }

    static byte[] resource(String name) {
        try (InputStream in = PnrgovMessages.class.getResourceAsStream("/pnrgov/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource pnrgov/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
