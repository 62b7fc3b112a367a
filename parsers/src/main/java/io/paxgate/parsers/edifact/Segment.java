package io.paxgate.parsers.edifact;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable view of one segment over the input bytes (flyweight: the lexer refills it for every
 * segment, nothing is copied). Elements and components are numbered as CONTRL numbers them:
 * element 1 is the first after the tag, component 1 the first of an element. Values are only
 * turned into Strings when a decoder asks for one.
 *
 * <p>A component is "dirty" when it holds release characters or hard-wrap line breaks, which
 * {@link #text} removes; clean components are decoded straight from the input.
 */
public final class Segment {
    static final int FLAG_RELEASE = 1;
    static final int FLAG_NEWLINE = 2;

    byte[] buf;
    Syntax syntax = Syntax.DEFAULT;
    Charset charset = StandardCharsets.ISO_8859_1;
    int tag;
    long baseOffset;
    int start;
    int end;
    int index;
    boolean hasRepetitions;

    // Flat component arrays. Components are separated by one byte each, so one array of
    // separator positions describes them all: sep[0] is the byte before the segment, component s
    // spans (sep[s], sep[s + 1]). Element e holds components [elemFirst[e], elemFirst[e + 1])
    // (elemFirst[elementCount + 1] is compCount). compFlags is all zero past its first
    // flagsWritten entries; compRep and compIdx are only filled when hasRepetitions.
    int compCount;
    int[] sep = new int[129];
    byte[] compFlags = new byte[128];
    int flagsWritten;
    short[] compRep = new short[128];
    short[] compIdx = new short[128];
    int elementCount;
    int[] elemFirst = new int[129];

    private byte[] scratch = new byte[256];
    private byte[] text = new byte[256];

    /** The tag as an int, see {@link Tags}. */
    public int tag() {
        return tag;
    }

    public String tagName() {
        return Tags.name(tag);
    }

    public boolean is(int tag) {
        return this.tag == tag;
    }

    /** Index of this segment in its message (UNH is 1, as UNT counts) or in the interchange outside messages. */
    public int index() {
        return index;
    }

    /** Byte offset of the segment's first byte in the whole input. */
    public long offset() {
        return baseOffset + start;
    }

    /** Number of data elements after the tag. */
    public int elementCount() {
        return elementCount;
    }

    public Syntax syntax() {
        return syntax;
    }

    public Charset charset() {
        return charset;
    }

    /** Number of components of element {@code e}'s first repetition (0 when absent). */
    public int componentCount(int e) {
        if (e < 1 || e > elementCount) {
            return 0;
        }
        if (!hasRepetitions) {
            return elemCount(e);
        }
        int first = elemFirst[e];
        int n = 0;
        for (int i = first; i < first + elemCount(e); i++) {
            if (compRep[i] == 0) {
                n++;
            }
        }
        return n;
    }

    /** Number of repetitions of element {@code e} (syntax 4 repetition separator); 1 for a plain element. */
    public int repetitionCount(int e) {
        if (e < 1 || e > elementCount || elemCount(e) == 0) {
            return 0;
        }
        if (!hasRepetitions) {
            return 1;
        }
        int first = elemFirst[e];
        return compRep[first + elemCount(e) - 1] + 1;
    }

    /** Slot of component {@code c} of repetition {@code r} of element {@code e}, or -1. */
    int slot(int e, int r, int c) {
        if (e < 1 || e > elementCount || c < 1) {
            return -1;
        }
        int first = elemFirst[e];
        if (!hasRepetitions) {
            return r == 0 && c <= elemCount(e) ? first + c - 1 : -1;
        }
        for (int i = first, last = first + elemCount(e); i < last; i++) {
            if (compRep[i] == r && compIdx[i] == c - 1) {
                return i;
            }
        }
        return -1;
    }

    /** True when the component is absent or empty. */
    public boolean isEmpty(int e, int c) {
        int s = slot(e, 0, c);
        return absent(s);
    }

    public boolean isPresent(int e, int c) {
        return !isEmpty(e, c);
    }

    /**
     * Byte length of the component's value: release characters and hard-wrap line breaks are
     * not counted (a date wrapped as {@code 85\r\n0617} is six bytes long).
     */
    public int length(int e, int c) {
        int s = slot(e, 0, c);
        if (s < 0) {
            return 0;
        }
        return compFlags[s] == 0 ? to(s) - from(s) : unescape(from(s), to(s));
    }

    /** Byte offset of the component in the whole input, or of the segment when absent. */
    public long offset(int e, int c) {
        int s = slot(e, 0, c);
        return baseOffset + (s < 0 ? start : from(s));
    }

    /** Compares a component with an ASCII string without allocating. */
    public boolean equals(int e, int c, String ascii) {
        int s = slot(e, 0, c);
        if (s < 0) {
            return ascii.isEmpty();
        }
        if (compFlags[s] != 0) {
            return ascii.equals(text(e, c));
        }
        int from = from(s);
        int len = to(s) - from;
        if (len != ascii.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (buf[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first byte of a component, or 0 when empty: handy for one-letter codes. */
    public int firstByte(int e, int c) {
        int s = slot(e, 0, c);
        return absent(s) ? 0 : compFlags[s] == 0 ? buf[from(s)] & 0xFF : scratch[0] & 0xFF;
    }

    /** The component as text (release characters and line breaks removed), or null when empty. */
    public String text(int e, int c) {
        return text(e, 0, c);
    }

    /** Component {@code c} of repetition {@code r} (0-based) of element {@code e}, or null when empty. */
    public String text(int e, int r, int c) {
        int s = slot(e, r, c);
        if (absent(s)) {
            return null;
        }
        return decode(from(s), to(s), compFlags[s]);
    }

    /**
     * A short code (qualifier, country, airport) as text; ASCII codes of up to three characters
     * come from a shared table instead of a new String.
     */
    public String code(int e, int c) {
        int s = slot(e, 0, c);
        if (absent(s)) {
            return null;
        }
        int from = from(s);
        int len = to(s) - from;
        if (compFlags[s] == 0 && len <= 3) {
            String cached = from + 4 <= buf.length ? memoCode(from, len) : CodeCache.lookup(buf, from, len);
            if (cached != null) {
                return cached;
            }
        }
        return decode(from, to(s), compFlags[s]);
    }

    /**
     * {@link CodeCache#lookup} through this view's small table of the codes met recently (the
     * lexer refills the view for every segment of an input, so the table outlives the segment):
     * direct-mapped, keyed by the packed bytes and the length (a NUL byte would pack like a
     * shorter code); needs four readable bytes at {@code from}.
     */
    private String memoCode(int from, int len) {
        int key = (int) BIG_ENDIAN_INT.get(buf, from) >>> ((4 - len) << 3) | len << 24;
        int h = (key * 0x9E3779B1) >>> (32 - CODE_MEMO_BITS);
        if (codeKeys[h] == key) {
            return codeValues[h];
        }
        String cached = CodeCache.lookup(buf, from, len);
        if (cached != null) {
            codeKeys[h] = key;
            codeValues[h] = cached;
        }
        return cached;
    }

    // memoCode's table: 0 is an empty entry (every key holds a length of 1-3)
    private static final int CODE_MEMO_BITS = 8;
    private final int[] codeKeys = new int[1 << CODE_MEMO_BITS];
    private final String[] codeValues = new String[1 << CODE_MEMO_BITS];

    /**
     * Up to four bytes of a component packed big-endian into an int ({@code "AVF"} is
     * {@code 'A' << 16 | 'V' << 8 | 'F'}), for switching on qualifiers with no String and no
     * table lookup; release characters and line breaks are removed first. 0 when the component
     * is absent or empty, -1 when it is longer than four bytes (or holds a NUL byte).
     */
    public int codeInt(int e, int c) {
        int s = slot(e, 0, c);
        if (s < 0) {
            return 0;
        }
        int from = from(s);
        int len = to(s) - from;
        if (compFlags[s] == 0 && len > 0 && len <= 4 && from + 4 <= buf.length) {
            // clean and short, the usual qualifier: four bytes read at once, the extra ones shifted out
            int v = (int) BIG_ENDIAN_INT.get(buf, from) >>> ((4 - len) << 3);
            int unused = (int) (-1L << (len << 3)); // 0xFF in the bytes above the code
            return hasZeroByte(v | unused) ? -1 : v; // a NUL byte would pack like a shorter code
        }
        byte[] src = buf;
        int to = from + len;
        if (compFlags[s] != 0) {
            src = scratch;
            to = unescape(from, to);
            from = 0;
        }
        if (to - from > 4) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            int b = src[i] & 0xFF;
            if (b == 0) {
                return -1; // a NUL byte would pack like a shorter code
            }
            v = v << 8 | b;
        }
        return v;
    }

    private static final VarHandle BIG_ENDIAN_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private static boolean hasZeroByte(int x) {
        return ((x - 0x01010101) & ~x & 0x80808080) != 0;
    }

    /** The packed form of an ASCII code of one to four characters, as {@link #codeInt} returns it. */
    public static int code(String ascii) {
        int v = 0;
        for (int i = 0; i < ascii.length(); i++) {
            v = v << 8 | (ascii.charAt(i) & 0xFF);
        }
        return v;
    }

    /**
     * The whole element with its components joined by the component separator as received,
     * unescaped: for free text that senders split arbitrarily.
     */
    public String elementText(int e) {
        if (e < 1 || e > elementCount || elemCount(e) == 0) {
            return null; // no components recorded: the element is past the component bound
        }
        int first = elemFirst[e];
        int last = first + elemCount(e) - 1;
        int from = from(first);
        int to = to(last);
        if (from == to) {
            return null;
        }
        byte flags = 0;
        for (int i = first; i <= last; i++) {
            flags |= compFlags[i];
        }
        // Separators inside the range are kept as they are: the release pass below only removes
        // release characters, so an unreleased ':' stays a ':'.
        return decode(from, to, flags);
    }

    /** Components of element {@code e} from {@code c} on, joined with a single space (free text). */
    public String joinedText(int e, int c) {
        int n = componentCount(e);
        if (charset == StandardCharsets.UTF_8) {
            return joinedTextPerComponent(e, c, n); // a multi-byte character must not be decoded across a join
        }
        // Single-byte charsets: the usual single part decoded in place; several copied into the
        // text buffer with one space between them, one String (none per component, no StringBuilder).
        int parts = 0;
        int only = -1;
        for (int i = c; i <= n; i++) {
            int s = slot(e, 0, i);
            if (absent(s)) {
                continue;
            }
            parts++;
            only = s;
        }
        if (parts <= 1) {
            return parts == 0 ? null : decode(from(only), to(only), compFlags[only]);
        }
        return textString(0, joinText(e, c, e));
    }

    /**
     * Free text without a String: the non-empty components of element {@code e} from component
     * {@code c} on and of the elements after it up to {@code lastElement} (first repetitions),
     * unescaped and joined with a single space, written into {@link #textBytes()}. Returns the
     * length, or -1 when all are empty. {@link #textString} decodes a range of it.
     */
    public int joinText(int e, int c, int lastElement) {
        int len = 0;
        for (int el = e; el <= lastElement; el++) {
            for (int i = el == e ? c : 1, n = componentCount(el); i <= n; i++) {
                int s = slot(el, 0, i);
                if (s >= 0) {
                    len += to(s) - from(s) + 1;
                }
            }
        }
        if (text.length < len) {
            text = new byte[Math.max(len, text.length * 2)];
        }
        int at = 0;
        for (int el = e; el <= lastElement; el++) {
            for (int i = el == e ? c : 1, n = componentCount(el); i <= n; i++) {
                int s = slot(el, 0, i);
                if (absent(s)) {
                    continue;
                }
                if (at > 0) {
                    text[at++] = ' ';
                }
                at = appendUnescaped(from(s), to(s), compFlags[s], text, at);
            }
        }
        return at == 0 ? -1 : at;
    }

    /** Component {@code c} of element {@code e} unescaped into {@link #textBytes()}; its length, -1 when empty. */
    public int copyText(int e, int c) {
        int s = slot(e, 0, c);
        if (absent(s)) {
            return -1;
        }
        if (text.length < to(s) - from(s)) {
            text = new byte[Math.max(to(s) - from(s), text.length * 2)];
        }
        return appendUnescaped(from(s), to(s), compFlags[s], text, 0);
    }

    /**
     * Components {@code c1} and {@code c2} of element {@code e} as one String with {@code separator}
     * between them, as {@code text(e, c1) + separator + text(e, c2)} would give it without the two
     * Strings; the one that is present alone when the other is empty; null when both are.
     */
    public String joined(int e, int c1, String separator, int c2) {
        int s1 = slot(e, 0, c1);
        int s2 = slot(e, 0, c2);
        boolean has1 = !absent(s1);
        boolean has2 = !absent(s2);
        if (!has1 || !has2) {
            return has1 ? decode(from(s1), to(s1), compFlags[s1])
                    : has2 ? decode(from(s2), to(s2), compFlags[s2]) : null;
        }
        if (charset == StandardCharsets.UTF_8) {
            return text(e, c1) + separator + text(e, c2); // a multi-byte character must not be decoded across a join
        }
        int len = to(s1) - from(s1) + separator.length() + to(s2) - from(s2);
        if (text.length < len) {
            text = new byte[Math.max(len, text.length * 2)];
        }
        int at = appendUnescaped(from(s1), to(s1), compFlags[s1], text, 0);
        for (int i = 0; i < separator.length(); i++) {
            text[at++] = (byte) separator.charAt(i);
        }
        at = appendUnescaped(from(s2), to(s2), compFlags[s2], text, at);
        return textString(0, at);
    }

    /** The buffer {@link #joinText} writes into; valid until the next call. */
    public byte[] textBytes() {
        return text;
    }

    /** {@code textBytes()[from, to)} decoded in this segment's character set. */
    public String textString(int from, int to) {
        return new String(text, from, to - from, charset);
    }

    private String joinedTextPerComponent(int e, int c, int n) {
        StringBuilder sb = null;
        String single = null;
        for (int i = c; i <= n; i++) {
            String t = text(e, i);
            if (t == null) {
                continue;
            }
            if (single == null && sb == null) {
                single = t;
            } else {
                if (sb == null) {
                    sb = new StringBuilder(single);
                }
                sb.append(' ').append(t);
            }
        }
        return sb != null ? sb.toString() : single;
    }

    /** A non-negative integer, or {@code dflt} when empty or not a number. */
    public long number(int e, int c, long dflt) {
        int s = slot(e, 0, c);
        if (absent(s)) {
            return dflt;
        }
        // a dirty component (hard-wrapped, released) is read from its unescaped copy
        byte[] src = buf;
        int from = from(s);
        int to = to(s);
        if (compFlags[s] != 0) {
            src = scratch;
            to = unescape(from, to);
            from = 0;
        }
        if (to == from || to - from > 18) {
            return dflt;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = src[i] - '0';
            if (d < 0 || d > 9) {
                return dflt;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * Digits of a component as an int without allocating; {@code -1} when empty or not all digits.
     * Used for dates (YYMMDD, YYMMDDHHMM) and counts.
     */
    public int digitsAt(int e, int c, int from, int count) {
        int s = slot(e, 0, c);
        if (s < 0) {
            return -1;
        }
        byte[] src = buf;
        int start = from(s);
        int end = to(s);
        if (compFlags[s] != 0) {
            src = scratch;
            end = unescape(start, end);
            start = 0;
        }
        int p = start + from;
        if (from < 0 || p + count > end) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < count; i++) {
            int d = src[p + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    // value(e, c) result: the component's bytes, unescaped when dirty
    byte[] valueBuf;
    int valueFrom;

    /**
     * Resolves a component once for readers in this package (dates): sets {@link #valueBuf} and
     * {@link #valueFrom} and returns the value's length, release characters and line breaks
     * removed; -1 when absent.
     */
    int value(int e, int c) {
        int s = slot(e, 0, c);
        if (s < 0) {
            return -1;
        }
        if (compFlags[s] == 0) {
            valueBuf = buf;
            valueFrom = from(s);
            return to(s) - from(s);
        }
        int len = unescape(from(s), to(s));
        valueBuf = scratch;
        valueFrom = 0;
        return len;
    }

    /** The segment as received, for messages and debugging. */
    public String raw() {
        return new String(buf, start, end - start, charset);
    }

    /**
     * True when component slot {@code s} is missing or holds nothing once release characters and
     * line breaks are removed (a hard wrap can leave a component of only a line break). A dirty
     * component that is not empty is left unescaped in {@code scratch}.
     */
    private boolean absent(int s) {
        return s < 0 || from(s) == to(s) || (compFlags[s] != 0 && unescape(from(s), to(s)) == 0);
    }

    /** The text of {@code buf[from, to)}, unescaped when {@code flags} says so; null when that leaves nothing. */
    private String decode(int from, int to, byte flags) {
        if (flags == 0) {
            return new String(buf, from, to - from, charset);
        }
        int len = unescape(from, to);
        return len == 0 ? null : new String(scratch, 0, len, charset);
    }

    /** Copies {@code buf[from, to)} into {@code scratch} without release characters and line breaks; returns the length. */
    private int unescape(int from, int to) {
        int len = to - from;
        if (scratch.length < len) {
            scratch = new byte[Math.max(len, scratch.length * 2)];
        }
        return appendUnescaped(from, to, (byte) (FLAG_RELEASE | FLAG_NEWLINE), scratch, 0);
    }

    /**
     * Copies {@code buf[from, to)} into {@code out} at {@code at} (which has room), dropping
     * release characters and line breaks when {@code flags} says there are any; returns the new end.
     */
    private int appendUnescaped(int from, int to, byte flags, byte[] out, int at) {
        if (flags == 0) {
            System.arraycopy(buf, from, out, at, to - from);
            return at + to - from;
        }
        byte release = syntax.release();
        int n = at;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b == '\r' || b == '\n') {
                continue;
            }
            if (release != 0 && b == release) {
                i++;
                while (i < to && (buf[i] == '\r' || buf[i] == '\n')) {
                    i++;
                }
                if (i >= to) {
                    break;
                }
                b = buf[i];
            }
            out[n++] = b;
        }
        return n;
    }

    /** First byte of component slot {@code s}. */
    private int from(int s) {
        return sep[s] + 1;
    }

    /** The byte after component slot {@code s} (its separator or terminator). */
    private int to(int s) {
        return sep[s + 1];
    }

    /** Number of components (all repetitions) of element {@code e}. */
    private int elemCount(int e) {
        return elemFirst[e + 1] - elemFirst[e];
    }

    /** Room for {@code n} components. */
    void ensureComponents(int n) {
        if (n > compFlags.length) {
            int size = Math.max(n, compFlags.length * 2);
            sep = Arrays.copyOf(sep, size + 1);
            compFlags = Arrays.copyOf(compFlags, size);
            compRep = Arrays.copyOf(compRep, size);
            compIdx = Arrays.copyOf(compIdx, size);
        }
    }

    /** Room for elements 0 to {@code n - 1} and the end mark after them. */
    void ensureElements(int n) {
        if (n + 1 > elemFirst.length) {
            elemFirst = Arrays.copyOf(elemFirst, Math.max(n + 1, elemFirst.length * 2));
        }
    }

    @Override
    public String toString() {
        return buf == null ? "(empty)" : raw();
    }
}
