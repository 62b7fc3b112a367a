package io.paxgate.parsers.edifact;

import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.envelope.InterchangeReader;
import io.paxgate.parsers.envelope.MessageDecoders;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test fixtures: synthetic EDIFACT written with the default separators ({@code :+.?'}, one
 * segment per line), a reader pinned to 14 March 2026, and small lookups over results.
 */
public final class Edi {
    /** The day the fixtures are "received": two-digit years are placed relative to it. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T12:00:00Z"), ZoneOffset.UTC);

    private Edi() {
    }

    /** A reader with default limits and the fixed clock. */
    public static InterchangeReader reader() {
        return reader(ParserLimits.DEFAULT);
    }

    public static InterchangeReader reader(ParserLimits limits) {
        return new InterchangeReader(limits, MessageDecoders.standard(), CLOCK);
    }

    public static DecodeResult read(String text) {
        return reader().read(latin1(text));
    }

    public static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] resource(String name) {
        try (InputStream in = Edi.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments (without terminators) as one message: UNH, the segments, UNT with the right count. */
    public static String message(String ref, String type, String... segments) {
        return message(ref, type, null, null, segments);
    }

    /** A message part: {@code car} the common access reference, {@code sequence} e.g. "01:C", "02", "03:F". */
    public static String message(String ref, String type, String car, String sequence, String... segments) {
        StringBuilder sb = new StringBuilder();
        sb.append("UNH+").append(ref).append('+').append(type);
        if (car != null || sequence != null) {
            sb.append('+').append(car == null ? "" : car);
        }
        if (sequence != null) {
            sb.append('+').append(sequence);
        }
        sb.append("'\n");
        for (String s : segments) {
            sb.append(s).append("'\n");
        }
        sb.append("UNT+").append(segments.length + 2).append('+').append(ref).append("'\n");
        return sb.toString();
    }

    /** An interchange without UNA: UNB with {@code syntax} (e.g. "UNOA:4"), the messages, UNZ with the right count. */
    public static String interchange(String syntax, String ref, String... messages) {
        StringBuilder sb = new StringBuilder();
        sb.append("UNB+").append(syntax).append("+LHAPI:ZZ+GOVAPIS:ZZ+260314:1810+").append(ref).append("'\n");
        for (String m : messages) {
            sb.append(m);
        }
        sb.append("UNZ+").append(messages.length).append('+').append(ref).append("'\n");
        return sb.toString();
    }

    /** A PAXLST D:05B passenger list for flight LH400 FRA-JFK with one passenger per name ("SURNAME:GIVEN"). */
    public static String paxlst(String ref, String... names) {
        return paxlstPart(ref, null, null, names);
    }

    public static String paxlstPart(String ref, String car, String sequence, String... names) {
        List<String> segs = new ArrayList<>(List.of(
                "BGM+745",
                "RFF+TN:" + ref,
                "TDT+20+LH400+++LH",
                "LOC+125+FRA",
                "DTM+189:2603141415:201",
                "LOC+87+JFK",
                "DTM+232:2603141705:201"));
        for (String n : names) {
            segs.add("NAD+FL+++" + n);
            segs.add("ATT+2++F");
        }
        return message(ref, "PAXLST:D:05B:UN:IATA", car, sequence, segs.toArray(new String[0]));
    }

    public static PaxlstMessage onlyPaxlst(DecodeResult r) {
        if (r.messages().size() != 1 || !(r.messages().get(0) instanceof PaxlstMessage p)) {
            throw new AssertionError("expected one PAXLST, got " + r.messages() + " problems " + r.allProblems());
        }
        return p;
    }

    public static List<String> surnames(DecodedMessage m) {
        return ((PaxlstMessage) m).travellers.stream().map(t -> t.surname).collect(Collectors.toList());
    }

    public static List<Problem> problemsOf(DecodeResult r, ProblemCode code) {
        return r.allProblems().stream().filter(p -> p.code() == code).collect(Collectors.toList());
    }

    public static boolean has(DecodeResult r, ProblemCode code) {
        return !problemsOf(r, code).isEmpty();
    }

    /** Swaps the default separators of fixture text for others, keeping released characters. */
    public static String withSeparators(String text, char comp, char elem, char release, char term) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ':' -> sb.append(comp);
                case '+' -> sb.append(elem);
                case '?' -> sb.append(release);
                case '\'' -> sb.append(term);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public static byte[] encode(String text, Charset cs) {
        return text.getBytes(cs);
    }

    /** {@code text} with every service character of {@code s} released. */
    public static String escape(String text, Syntax s) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == s.component() || c == s.element() || c == s.terminator() || c == s.release()
                    || (s.repetition() != 0 && c == s.repetition())) {
                sb.append((char) s.release());
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A UNA's five separators drawn, all different, from {@code candidates} (the decimal mark stays '.'). */
    public static Arbitrary<Syntax> una(String candidates) {
        return Arbitraries.of(candidates.chars().mapToObj(c -> (char) c).toList())
                .list().ofSize(5).uniqueElements()
                .map(l -> new Syntax((byte) (char) l.get(0), (byte) (char) l.get(1), (byte) '.',
                        (byte) (char) l.get(2), (byte) (char) l.get(3), (byte) (char) l.get(4)));
    }
}
