package io.paxgate.parsers.edifact;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Splits EDIFACT bytes into segments, filling a reusable {@link Segment} view: no copy and no
 * String per element. Honours the interchange's {@link Syntax} (release character, repetition
 * separator) and drops the CR/LF that senders put between segments or hard-wrap inside them.
 * Reports nothing itself: {@link #next} returns a status and the caller words the problem.
 */
public final class EdifactLexer {
    /** No more segments. */
    public static final int END = 0;
    /** A segment ended by its terminator. */
    public static final int OK = 1;
    /** The input ended before the segment terminator. */
    public static final int UNTERMINATED = 2;
    /** The segment is longer than the limit; the lexer stopped at the limit. */
    public static final int TOO_LONG = 3;

    private final int maxSegmentBytes;
    private final int maxComponents;

    private byte[] buf;
    private int pos;
    private int limit;
    private long baseOffset;
    private Syntax syntax = Syntax.DEFAULT;
    private Charset charset = StandardCharsets.ISO_8859_1;

    // byte classes of the scan loop (see buildClasses()); the plain scan's three come first
    private static final byte C_DATA = 0;
    private static final byte C_COMPONENT = 1;
    private static final byte C_ELEMENT = 2;
    private static final byte C_TERMINATOR = 3;
    private static final byte C_RELEASE = 4;
    private static final byte C_NEWLINE = 5;
    private static final byte C_REPETITION = 6;
    private final byte[] classTable = new byte[256];
    private Syntax classSyntax;

    public EdifactLexer(int maxSegmentBytes, int maxComponents) {
        this.maxSegmentBytes = maxSegmentBytes;
        this.maxComponents = maxComponents;
    }

    public EdifactLexer() {
        this(ParserLimits.DEFAULT.maxSegmentBytes(), ParserLimits.DEFAULT.maxComponentsPerSegment());
    }

    /**
     * Lexes {@code buf[from, to)}; {@code baseOffset} is added to every reported offset (0 when
     * the array is the whole input).
     */
    public void reset(byte[] buf, int from, int to, long baseOffset) {
        this.buf = buf;
        this.pos = from;
        this.limit = to;
        this.baseOffset = baseOffset;
    }

    public void reset(byte[] buf) {
        reset(buf, 0, buf.length, 0);
    }

    public int position() {
        return pos;
    }

    public void position(int pos) {
        this.pos = pos;
    }

    public int limit() {
        return limit;
    }

    public byte[] buffer() {
        return buf;
    }

    public Syntax syntax() {
        return syntax;
    }

    public void syntax(Syntax syntax) {
        this.syntax = syntax;
    }

    public void charset(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** Skips white space between segments; returns the new position. */
    public int skipWhitespace() {
        final byte[] b = buf;
        final int end = limit;
        int p = pos;
        while (p < end && isWhitespace(b[p])) {
            p++;
        }
        pos = p;
        return p;
    }

    static boolean isWhitespace(byte b) {
        // one compare for the usual case, a tag's first letter (bytes are signed: 0x80-0xFF go on)
        return b <= ' ' && (b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f');
    }

    /** True when the three bytes at {@code p} are {@code tag} (e.g. "UNB"). */
    public boolean startsWith(int p, int tag) {
        return p + 3 <= limit && ((buf[p] & 0xFF) << 16 | (buf[p + 1] & 0xFF) << 8 | (buf[p + 2] & 0xFF)) == tag;
    }

    /**
     * Lexes the next segment into {@code seg}.
     *
     * @param index the segment number to record in {@code seg}
     * @return {@link #END}, {@link #OK}, {@link #UNTERMINATED} or {@link #TOO_LONG}
     */
    public int next(Segment seg, int index) {
        skipWhitespace();
        if (pos >= limit) {
            return END;
        }
        final byte[] b = buf;
        if (syntax != classSyntax) {
            buildClasses();
        }
        final byte[] cls = classTable;
        final int segStart = pos;
        final int hardEnd = (int) Math.min((long) limit, (long) segStart + maxSegmentBytes);

        if (seg.buf != b || seg.syntax != syntax || seg.charset != charset) {
            // reference stores only when they change: spares three GC write barriers per segment
            seg.buf = b;
            seg.syntax = syntax;
            seg.charset = charset;
        }
        seg.baseOffset = baseOffset;
        seg.start = segStart;
        seg.index = index;
        seg.hasRepetitions = false;
        int plainEnd = scanPlain(seg, b, cls, segStart, hardEnd);
        if (plainEnd >= 0) {
            seg.end = plainEnd;
            pos = plainEnd + 1;
            seg.tag = seg.sep[1] - segStart == 3 ? plainTag(b, segStart) : -1;
            return OK;
        }
        return scanFull(seg, b, cls, segStart, hardEnd);
    }

    /**
     * Any segment, after {@link #scanPlain} gave up on it: release characters, line breaks,
     * repetitions and the bounds. Kept out of {@link #next} so that the usual path stays small.
     */
    private int scanFull(Segment seg, byte[] b, byte[] cls, int segStart, int hardEnd) {
        final boolean wrapBreaks = !syntax.terminatorIsNewline();
        final int maxComps = maxComponents;
        // Components are recorded in locals and the segment's arrays; component and repetition
        // numbers (compIdx, compRep) are only written once a repetition separator shows up.
        int[] sp = seg.sep;
        byte[] cf = seg.compFlags;
        int[] ef = seg.elemFirst;
        sp[0] = segStart - 1;
        ef[0] = 0;
        int n = 0;
        int elem = 0;
        boolean reps = false;
        int rep = 0;
        int cidx = 0;
        int flags = 0;
        int i = segStart;
        int status = UNTERMINATED;
        scan:
        while (i < hardEnd) {
            int k = cls[b[i] & 0xFF];
            if (k == C_DATA) {
                i++;
                continue;
            }
            switch (k) {
                case C_TERMINATOR -> {
                    status = OK;
                    break scan;
                }
                case C_RELEASE -> {
                    flags |= Segment.FLAG_RELEASE;
                    i++;
                    while (i < hardEnd && wrapBreaks && (b[i] == '\r' || b[i] == '\n')) {
                        flags |= Segment.FLAG_NEWLINE;
                        i++;
                    }
                    i++; // the released byte is data, whatever it is
                    continue;
                }
                case C_NEWLINE -> flags |= Segment.FLAG_NEWLINE;
                default -> {
                    // close the component that this separator ends
                    if (n >= maxComps) {
                        // Past the bound, later components are folded into the last one: memory
                        // stays bounded and the caller reports the segment as over the limit.
                        sp[n] = i;
                        cf[n - 1] |= (byte) flags;
                    } else {
                        if (n >= cf.length) {
                            seg.ensureComponents(n + 1);
                            sp = seg.sep;
                            cf = seg.compFlags;
                        }
                        sp[n + 1] = i;
                        cf[n] = (byte) flags;
                        if (reps) {
                            seg.compRep[n] = (short) Math.min(rep, Short.MAX_VALUE);
                            seg.compIdx[n] = (short) Math.min(cidx, Short.MAX_VALUE);
                        }
                        n++;
                    }
                    flags = 0;
                    if (k == C_ELEMENT) {
                        elem++;
                        if (elem + 2 > ef.length) {
                            seg.ensureElements(elem + 1);
                            ef = seg.elemFirst;
                        }
                        ef[elem] = n;
                        rep = 0;
                        cidx = 0;
                    } else if (k == C_COMPONENT) {
                        cidx++;
                    } else { // C_REPETITION
                        if (!reps) {
                            reps = true;
                            seg.hasRepetitions = true;
                            backfillNumbers(seg, elem, n);
                        }
                        rep++;
                        cidx = 0;
                    }
                }
            }
            i++;
        }
        if (i > hardEnd) {
            i = hardEnd; // a release character as the very last byte
        }
        if (status != OK && i >= hardEnd && hardEnd < limit) {
            status = TOO_LONG;
        }
        if (n >= maxComps) {
            sp[n] = i;
            cf[n - 1] |= (byte) flags;
        } else {
            if (n >= cf.length) {
                seg.ensureComponents(n + 1);
                sp = seg.sep;
                cf = seg.compFlags;
            }
            sp[n + 1] = i;
            cf[n] = (byte) flags;
            if (reps) {
                seg.compRep[n] = (short) Math.min(rep, Short.MAX_VALUE);
                seg.compIdx[n] = (short) Math.min(cidx, Short.MAX_VALUE);
            }
            n++;
        }
        ef[elem + 1] = n;
        seg.compCount = n;
        seg.flagsWritten = n; // what the next plain scan clears
        seg.elementCount = elem;
        seg.end = i;
        pos = status == OK ? i + 1 : i;
        seg.tag = tagOf(seg);
        return status;
    }

    /**
     * The usual segment: data, element and component separators up to its terminator, within the
     * bounds and the arrays as they are. Fills {@code seg}'s components and elements as the full
     * loop in {@link #next} would and returns the terminator's position; -1 at anything else
     * (release character, line break, repetition separator, a bound, no terminator), and the full
     * loop lexes the segment again from its start. Kept apart so that its loop carries only the
     * values it needs: one store per separator, and one more that is overwritten unless the
     * separator ends an element.
     */
    private int scanPlain(Segment seg, byte[] b, byte[] cls, int segStart, int hardEnd) {
        if (seg.flagsWritten > 0) {
            java.util.Arrays.fill(seg.compFlags, 0, seg.flagsWritten, (byte) 0); // the full loop's, from an earlier segment
            seg.flagsWritten = 0;
        }
        final int[] sp = seg.sep;
        final int[] ef = seg.elemFirst;
        // n components stored means sp[n] written; elem <= n, so one bound covers both arrays
        final int cap = Math.min(maxComponents, Math.min(sp.length, ef.length) - 1);
        sp[0] = segStart - 1;
        ef[0] = 0;
        int n = 0;
        int elem = 0;
        for (int i = segStart; i < hardEnd; i++) {
            int k = cls[b[i] & 0xFF];
            if (k == C_DATA) {
                continue;
            }
            if (k > C_TERMINATOR || n >= cap) {
                return -1;
            }
            sp[++n] = i;
            ef[elem + 1] = n; // the next element's first component, if this separator ends an element
            if (k == C_TERMINATOR) {
                seg.compCount = n;
                seg.elementCount = elem;
                return i;
            }
            elem += k - C_COMPONENT; // 1 for an element separator, 0 for a component separator
        }
        return -1;
    }

    /**
     * At the first repetition separator of a segment: the component and repetition numbers of
     * the components recorded so far (all repetition 0), so that {@link Segment#slot} can search them.
     */
    private static void backfillNumbers(Segment seg, int elem, int n) {
        if (seg.compRep.length < seg.compFlags.length) {
            seg.compRep = java.util.Arrays.copyOf(seg.compRep, seg.compFlags.length);
            seg.compIdx = java.util.Arrays.copyOf(seg.compIdx, seg.compFlags.length);
        }
        int[] ef = seg.elemFirst;
        for (int e = 0; e <= elem; e++) {
            int first = ef[e];
            int last = e < elem ? ef[e + 1] : n;
            for (int j = first; j < last; j++) {
                seg.compRep[j] = 0;
                seg.compIdx[j] = (short) Math.min(j - first, Short.MAX_VALUE);
            }
        }
    }

    /**
     * The byte class table for the current syntax, rebuilt only when the syntax changes: the scan
     * loop then costs one table load per data byte instead of up to six compares.
     */
    private void buildClasses() {
        Syntax sx = syntax;
        byte[] t = classTable;
        java.util.Arrays.fill(t, C_DATA);
        // lowest precedence first, so that a byte with two roles keeps the one the scan tested first
        if (sx.repetition() != 0) {
            t[sx.repetition() & 0xFF] = C_REPETITION;
        }
        t[sx.component() & 0xFF] = C_COMPONENT;
        t[sx.element() & 0xFF] = C_ELEMENT;
        if (!sx.terminatorIsNewline()) {
            t['\r'] = C_NEWLINE;
            t['\n'] = C_NEWLINE;
        }
        if (sx.release() != 0) {
            t[sx.release() & 0xFF] = C_RELEASE;
        }
        t[sx.terminator() & 0xFF] = C_TERMINATOR;
        classSyntax = sx;
    }

    /** True when the last lexed segment hit the component bound. */
    public boolean overComponentLimit(Segment seg) {
        return seg.compCount >= maxComponents;
    }

    /**
     * The tag as an int when element 0 is three upper-case letters or digits (a hard-wrap line
     * break inside the tag is skipped), else -1.
     */
    private static int tagOf(Segment seg) {
        int from = seg.sep[0] + 1;
        int to = seg.sep[1];
        if (seg.compFlags[0] == 0) {
            return to - from == 3 ? plainTag(seg.buf, from) : -1;
        }
        if ((seg.compFlags[0] & Segment.FLAG_RELEASE) != 0) {
            return -1;
        }
        int t = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = seg.buf[i];
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) || ++n > 3) {
                return -1;
            }
            t = t << 8 | c;
        }
        return n == 3 ? t : -1;
    }

    /** The tag packed as an int when the three bytes at {@code from} are upper-case letters or digits, else -1. */
    private static int plainTag(byte[] b, int from) {
        int c0 = b[from] & 0xFF;
        int c1 = b[from + 1] & 0xFF;
        int c2 = b[from + 2] & 0xFF;
        return (TAG_BYTES[c0] & TAG_BYTES[c1] & TAG_BYTES[c2]) != 0 ? c0 << 16 | c1 << 8 | c2 : -1;
    }

    /** 1 for the bytes a tag is made of (A-Z, 0-9): one branch for a whole tag. */
    private static final byte[] TAG_BYTES = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            TAG_BYTES[c] = (byte) (isTagByte(c) ? 1 : 0);
        }
    }

    private static boolean isTagByte(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Counts control bytes (other than tab, CR, LF) in the segment: a sign of binary junk. */
    public static int controlBytes(Segment seg) {
        int n = 0;
        for (int i = seg.start; i < seg.end; i++) {
            int c = seg.buf[i] & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) {
                n++;
            }
        }
        return n;
    }
}
