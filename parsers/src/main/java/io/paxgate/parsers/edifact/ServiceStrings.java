package io.paxgate.parsers.edifact;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads the service string advice (UNA) and maps syntax identifiers (UNOA..UNOY) to charsets. */
public final class ServiceStrings {
    private ServiceStrings() {
    }

    /**
     * What a UNA said.
     *
     * @param syntax  the separators to use
     * @param end     position just after the UNA
     * @param problem null when the UNA was well formed, else a sentence for the sender
     */
    public record Una(Syntax syntax, int end, String problem) {
    }

    /**
     * Reads a UNA starting at {@code p} ("UNA" + six characters). A malformed UNA (too short,
     * letters as separators, separators that repeat) is reported and the separators are then
     * taken from what the UNA did say plus what the UNB that follows shows.
     */
    public static Una parseUna(byte[] b, int p, int limit) {
        int chars = p + 3;
        int unb = findUnb(b, chars, Math.min(limit, chars + 12));
        if (chars + 6 <= limit) {
            byte comp = b[chars];
            byte elem = b[chars + 1];
            byte dec = b[chars + 2];
            byte rel = b[chars + 3];
            byte rep = b[chars + 4];
            byte term = b[chars + 5];
            boolean followedByUnb = unb < 0 || unb >= chars + 6;
            // "UNA:+.?'" + CRLF + "UNB...'": five characters and a line break, not a newline
            // terminator; the UNB then ends with the fifth character, not at the line end
            boolean fiveAndLineBreak = (term == '\n' || term == '\r') && unb >= 0
                    && endsWith(b, unb, limit, rep, rel);
            if (followedByUnb && !fiveAndLineBreak && isSeparator(comp) && isSeparator(elem) && isSeparator(term)
                    && comp != elem && comp != term && elem != term
                    && (rel == ' ' || (!isAlnum(rel) && rel != comp && rel != elem && rel != term))) {
                byte release = rel == ' ' ? 0 : rel;
                byte repetition = rep == ' ' || rep == comp || rep == elem || rep == term || isAlnum(rep) ? 0 : rep;
                return new Una(new Syntax(comp, elem, dec == ',' ? (byte) ',' : (byte) '.', release, repetition, term),
                        chars + 6, null);
            }
        }
        // Malformed: take what we can from the UNA's own characters and from the UNB.
        int given = unb < 0 ? Math.min(6, Math.max(0, limit - chars)) : trimmedLength(b, chars, unb);
        Syntax inferred = inferFromUnb(b, unb, limit, given > 0 ? b[chars + given - 1] : 0);
        String why = given != 6
                ? "UNA carries " + given + " service characters instead of 6"
                : "UNA service characters are not usable as separators";
        return new Una(inferred, unb < 0 ? Math.min(limit, chars + given) : unb,
                why + "; using component '" + (char) inferred.component() + "', element '"
                        + (char) inferred.element() + "', terminator '" + printable(inferred.terminator())
                        + "' as seen in the UNB. Send 'UNA' followed by exactly six characters.");
    }

    /**
     * Separators for an interchange without UNA: the ISO defaults, unless the UNB itself shows
     * others (some senders omit UNA and still use their own element separator).
     */
    public static Syntax withoutUna(byte[] b, int unb, int limit) {
        if (unb + 3 < limit && b[unb + 3] == '+') {
            return Syntax.DEFAULT_V4;
        }
        return inferFromUnb(b, unb, limit, (byte) 0);
    }

    private static Syntax inferFromUnb(byte[] b, int unb, int limit, byte lastUnaChar) {
        if (unb < 0 || unb + 4 >= limit) {
            return Syntax.DEFAULT_V4;
        }
        byte elem = b[unb + 3];
        if (isAlnum(elem) || elem == ' ') {
            elem = '+';
        }
        byte comp = ':';
        for (int i = unb + 4; i < Math.min(limit, unb + 12); i++) {
            if (!isAlnum(b[i])) {
                if (b[i] != elem) {
                    comp = b[i];
                }
                break;
            }
        }
        byte term = isSeparator(lastUnaChar) && lastUnaChar != elem && lastUnaChar != comp ? lastUnaChar : (byte) '\'';
        return new Syntax(comp, elem, (byte) '.', (byte) '?', (byte) '*', term);
    }

    /** True when the segment at {@code p} ends with {@code term} before any line break. */
    private static boolean endsWith(byte[] b, int p, int limit, byte term, byte release) {
        for (int i = p, end = Math.min(limit, p + 512); i < end; i++) {
            byte c = b[i];
            if (c == '\r' || c == '\n') {
                return false;
            }
            if (c == release && release != ' ') {
                i++;
            } else if (c == term) {
                return true;
            }
        }
        return false;
    }

    private static int findUnb(byte[] b, int from, int to) {
        for (int i = from; i + 3 <= to; i++) {
            if (b[i] == 'U' && b[i + 1] == 'N' && b[i + 2] == 'B') {
                return i;
            }
        }
        return -1;
    }

    private static int trimmedLength(byte[] b, int from, int to) {
        int e = to;
        while (e > from && (b[e - 1] == '\r' || b[e - 1] == '\n')) {
            e--;
        }
        return e - from;
    }

    private static boolean isAlnum(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isSeparator(byte c) {
        return c != 0 && c != ' ' && !isAlnum(c) && (c & 0x80) == 0;
    }

    private static String printable(byte c) {
        return c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf((char) c);
    }

    /**
     * The charset of a UNB syntax identifier (ISO 9735 0001). UNOA and UNOB are decoded as
     * ISO 8859-1, a superset, so a sender's stray accented letter is kept rather than lost.
     *
     * @return the charset, or null when the identifier is unknown
     */
    public static Charset charsetOf(String syntaxId) {
        if (syntaxId == null) {
            return null;
        }
        switch (syntaxId) {
            case "UNOA":
            case "UNOB":
            case "UNOC":
            case "IATA":
            case "IATB":
                return StandardCharsets.ISO_8859_1;
            case "UNOD":
                return named("ISO-8859-2");
            case "UNOE":
                return named("ISO-8859-5");
            case "UNOF":
                return named("ISO-8859-7");
            case "UNOG":
                return named("ISO-8859-3");
            case "UNOH":
                return named("ISO-8859-4");
            case "UNOI":
                return named("ISO-8859-6");
            case "UNOJ":
                return named("ISO-8859-8");
            case "UNOK":
                return named("ISO-8859-9");
            case "UNOW":
            case "UNOY":
                return StandardCharsets.UTF_8;
            default:
                return null;
        }
    }

    /** A charset by name, or null when this runtime lacks it (a JRE without jdk.charsets). */
    private static Charset named(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
