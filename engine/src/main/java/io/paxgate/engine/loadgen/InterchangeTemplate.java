package io.paxgate.engine.loadgen;

import io.paxgate.parsers.edifact.ServiceStrings;
import io.paxgate.parsers.edifact.Syntax;

import java.nio.charset.StandardCharsets;

/**
 * One input kept for sending many times. The engine ignores an interchange it has seen (same UNB
 * sender + control reference, or same bytes), so each send gets a new interchange control
 * reference: the UNB's (element 5) and the UNZ's copy (element 2) are found once, here, and a send
 * copies the bytes around them. Separators come from the UNA (or the UNB when there is none);
 * released characters are skipped, and line breaks of a Type B hard wrap inside a segment are
 * stepped over. A PNRGOV XML input gets a trailing comment instead; anything else is sent as it is.
 */
public final class InterchangeTemplate {
    /** ISO 9735: the interchange control reference is an..14. */
    public static final int MAX_REFERENCE = 14;

    private final byte[] bytes;
    private final int unbFrom;
    private final int unbTo;
    private final int unzFrom;
    private final int unzTo;
    private final boolean xml;
    private final String shape;

    private InterchangeTemplate(byte[] bytes, int unbFrom, int unbTo, int unzFrom, int unzTo, boolean xml) {
        this.bytes = bytes;
        this.unbFrom = unbFrom;
        this.unbTo = unbTo;
        this.unzFrom = unzFrom;
        this.unzTo = unzTo;
        this.xml = xml;
        this.shape = shapeOf();
    }

    public static InterchangeTemplate of(byte[] b) {
        int first = skipBlank(b, 0);
        if (first < b.length && b[first] == '<') {
            return new InterchangeTemplate(b, -1, -1, -1, -1, true);
        }
        int una = find(b, 0, "UNA");
        int unb = find(b, 0, "UNB");
        if (unb < 0) {
            return new InterchangeTemplate(b, -1, -1, -1, -1, false);
        }
        Syntax s = una >= 0 && una < unb ? ServiceStrings.parseUna(b, una, b.length).syntax()
                : ServiceStrings.withoutUna(b, unb, b.length);
        int[] ref = element(b, after(b, unb, 3), 5, s);
        int unz = findLast(b, "UNZ", s.element());
        int[] zref = unz < 0 ? null : element(b, after(b, unz, 3), 2, s);
        if (ref == null) {
            return new InterchangeTemplate(b, -1, -1, -1, -1, false);
        }
        return new InterchangeTemplate(b, ref[0], ref[1], zref == null ? -1 : zref[0], zref == null ? -1 : zref[1], false);
    }

    /**
     * What kind of input this is, for the load report's breakdown: {@code "PNRGOV XML"},
     * {@code "PAXLST"} or {@code "PNRGOV"} (EDIFACT, by the first UNH's message type, Type B wrapped
     * or not), {@code "other"} for anything else.
     */
    public String shape() {
        return shape;
    }

    private String shapeOf() {
        if (xml) {
            return "PNRGOV XML";
        }
        int unh = find(bytes, 0, "UNH");
        if (unh >= 0) {
            int to = Math.min(bytes.length, unh + 40);
            if (find(bytes, unh, to, "PAXLST") >= 0) {
                return "PAXLST";
            }
            if (find(bytes, unh, to, "PNRGOV") >= 0) {
                return "PNRGOV";
            }
        }
        return "other";
    }

    /** The bytes as loaded. */
    public byte[] original() {
        return bytes;
    }

    /** True when a send can be made new (an interchange with a UNB, or XML). */
    public boolean rewritable() {
        return xml || unbFrom >= 0;
    }

    /** True when the bytes start with UNA or UNB (no Type B envelope, not XML): fit for the EDIFACT port. */
    public boolean bare() {
        int p = skipBlank(bytes, 0);
        return p + 2 < bytes.length && bytes[p] == 'U' && bytes[p + 1] == 'N' && (bytes[p + 2] == 'A' || bytes[p + 2] == 'B');
    }

    /** The UNB's control reference as loaded, or null. */
    public String reference() {
        return unbFrom < 0 ? null : new String(bytes, unbFrom, unbTo - unbFrom, StandardCharsets.ISO_8859_1)
                .replace("\r", "").replace("\n", "");
    }

    /**
     * A copy carrying {@code ref} (1 to 14 letters and digits) as its control reference in UNB and
     * UNZ; for XML the same bytes with {@code <!-- ref -->} appended; else the bytes as loaded.
     */
    public byte[] withReference(String ref) {
        if (ref.isEmpty() || ref.length() > MAX_REFERENCE || !ref.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("a control reference is 1 to 14 letters or digits, was \"" + ref + "\"");
        }
        byte[] r = ref.getBytes(StandardCharsets.US_ASCII);
        if (xml) {
            byte[] tail = ("\n<!-- " + ref + " -->\n").getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[bytes.length + tail.length];
            System.arraycopy(bytes, 0, out, 0, bytes.length);
            System.arraycopy(tail, 0, out, bytes.length, tail.length);
            return out;
        }
        if (unbFrom < 0) {
            return bytes;
        }
        boolean z = unzFrom >= 0;
        int len = bytes.length - (unbTo - unbFrom) + r.length + (z ? r.length - (unzTo - unzFrom) : 0);
        byte[] out = new byte[len];
        System.arraycopy(bytes, 0, out, 0, unbFrom);
        int p = unbFrom;
        System.arraycopy(r, 0, out, p, r.length);
        p += r.length;
        int rest = z ? unzFrom : bytes.length;
        System.arraycopy(bytes, unbTo, out, p, rest - unbTo);
        p += rest - unbTo;
        if (z) {
            System.arraycopy(r, 0, out, p, r.length);
            p += r.length;
            System.arraycopy(bytes, unzTo, out, p, bytes.length - unzTo);
        }
        return out;
    }

    /** First position of {@code tag} (letters possibly split by CR/LF), or -1. */
    private static int find(byte[] b, int from, String tag) {
        return find(b, from, b.length, tag);
    }

    /** First position in {@code [from, to)} where {@code tag} starts, or -1. */
    private static int find(byte[] b, int from, int to, String tag) {
        for (int i = from; i < to; i++) {
            if (b[i] == tag.charAt(0) && after(b, i, tag.length()) > 0 && matches(b, i, tag)) {
                return i;
            }
        }
        return -1;
    }

    /** Last position of {@code tag} followed by the element separator, or -1. */
    private static int findLast(byte[] b, String tag, byte element) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == tag.charAt(0) && matches(b, i, tag)) {
                int next = after(b, i, tag.length());
                if (next >= 0 && next < b.length && b[next] == element) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matches(byte[] b, int at, String tag) {
        int p = at;
        for (int k = 0; k < tag.length(); k++) {
            p = skipBreaks(b, p);
            if (p >= b.length || b[p] != tag.charAt(k)) {
                return false;
            }
            p++;
        }
        return true;
    }

    /** Position after {@code n} characters from {@code at}, line breaks not counted; -1 past the end. */
    private static int after(byte[] b, int at, int n) {
        int p = at;
        for (int k = 0; k < n; k++) {
            p = skipBreaks(b, p);
            if (p >= b.length) {
                return -1;
            }
            p++;
        }
        p = skipBreaks(b, p);
        return p <= b.length ? p : -1;
    }

    /**
     * Span {from, to} of component 1 of element {@code n} of the segment whose tag ends at {@code p}
     * (on the element separator), or null when the segment ends before it or is empty there.
     */
    private static int[] element(byte[] b, int p, int n, Syntax s) {
        if (p < 0) {
            return null;
        }
        int elem = 0;
        int i = p;
        while (i < b.length && elem < n) {
            byte c = b[i];
            if (c == s.release() && s.release() != 0) {
                i += 2;
                continue;
            }
            if (c == s.terminator()) {
                return null;
            }
            if (c == s.element()) {
                elem++;
            }
            i++;
        }
        if (elem < n) {
            return null;
        }
        int from = skipBreaks(b, i);
        int to = from;
        while (to < b.length) {
            byte c = b[to];
            if (c == s.release() && s.release() != 0) {
                to += 2;
                continue;
            }
            if (c == s.component() || c == s.element() || c == s.terminator()) {
                break;
            }
            to++;
        }
        // a Type B wrap right before the separator stays where it was
        int end = to;
        while (end > from && (b[end - 1] == '\r' || b[end - 1] == '\n')) {
            end--;
        }
        return end > from && to <= b.length ? new int[] {from, end} : null;
    }

    private static int skipBreaks(byte[] b, int p) {
        while (p < b.length && (b[p] == '\r' || b[p] == '\n')) {
            p++;
        }
        return p;
    }

    private static int skipBlank(byte[] b, int p) {
        while (p < b.length && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n' || b[p] == (byte) 0xEF
                || b[p] == (byte) 0xBB || b[p] == (byte) 0xBF)) {
            p++;
        }
        return p;
    }
}
