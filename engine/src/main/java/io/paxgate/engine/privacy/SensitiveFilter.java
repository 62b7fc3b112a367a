package io.paxgate.engine.privacy;

import io.paxgate.parsers.edifact.ServiceStrings;
import io.paxgate.parsers.edifact.Syntax;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Deletes sensitive data on receipt (EU PNR Directive art. 13, STANDARDS.md section 6), before the
 * journal keeps the input. The decoders flag it ({@link ProblemCode#SENSITIVE_DATA}: meal and medical
 * SSRs, health or religion words in IFT/OSI free text and history lines; the list is
 * {@code io.paxgate.parsers.sensitive.SensitiveData}) with the byte offset of the segment or XML
 * element; this class cuts those out of the bytes:
 * <ul>
 *   <li>EDIFACT: the whole segment goes, and the UNT segment count of its message is lowered by the
 *       segments removed, so the journal keeps a valid interchange;</li>
 *   <li>PNRGOV XML: the whole element (start tag to its end tag) goes.</li>
 * </ul>
 * Everything else is copied byte for byte. An input with nothing flagged is returned as it came
 * (no copy).
 */
public final class SensitiveFilter {

    /**
     * @param bytes   what the journal keeps
     * @param removed segments or elements deleted
     * @param missed  flagged items whose offset did not lead to a segment or element (kept: logged)
     */
    public record Filtered(byte[] bytes, int removed, int missed) {
    }

    private SensitiveFilter() {
    }

    /** The offsets of what {@code decoded} flagged as sensitive, in increasing order (none: empty). */
    public static TreeSet<Long> flagged(DecodeResult decoded) {
        TreeSet<Long> at = new TreeSet<>();
        for (Problem p : decoded.allProblems()) {
            if (p.code() == ProblemCode.SENSITIVE_DATA && p.offset() >= 0) {
                at.add(p.offset());
            }
        }
        return at;
    }

    /** {@code bytes} without what {@code decoded} (their decoding) flagged as sensitive. */
    public static Filtered filter(byte[] bytes, DecodeResult decoded) {
        TreeSet<Long> at = flagged(decoded);
        if (at.isEmpty()) {
            return new Filtered(bytes, 0, 0);
        }
        return isXml(bytes) ? xml(bytes, at) : edifact(bytes, at);
    }

    static boolean isXml(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < b.length && isSpace(b[i])) {
            i++;
        }
        return i < b.length && b[i] == '<';
    }

    // ------------------------------------------------------------------ EDIFACT

    private static Filtered edifact(byte[] b, TreeSet<Long> flagged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int removed = 0;
        int p = 0;
        while (p < b.length) {
            int header = nextHeader(b, p);
            if (header < 0) {
                out.write(b, p, b.length - p); // a Type B trailer or junk: not ours to judge
                break;
            }
            out.write(b, p, header - p);
            p = header;
            Syntax syntax;
            if (startsWith(b, p, "UNA")) {
                ServiceStrings.Una una = ServiceStrings.parseUna(b, p, b.length);
                syntax = una.syntax();
                out.write(b, p, una.end() - p);
                p = una.end();
            } else {
                syntax = ServiceStrings.withoutUna(b, p, b.length);
            }
            // the interchange's segments, up to and including UNZ
            int removedInMessage = 0;
            while (p < b.length) {
                int start = p;
                while (start < b.length && isSpace(b[start])) {
                    start++;
                }
                int end = segmentEnd(b, start, syntax);
                if (flagged.contains((long) start)) {
                    removed++;
                    removedInMessage++;
                    flagged.remove((long) start);
                    p = end;
                    continue;
                }
                if (startsWith(b, start, "UNT") && removedInMessage > 0) {
                    out.write(b, p, start - p);
                    writeUnt(out, b, start, end, syntax, removedInMessage);
                } else {
                    if (startsWith(b, start, "UNH")) {
                        removedInMessage = 0;
                    }
                    out.write(b, p, end - p);
                }
                p = end;
                if (startsWith(b, start, "UNZ")) {
                    break;
                }
            }
        }
        return new Filtered(out.toByteArray(), removed, flagged.size());
    }

    /** Position of the next "UNA" or "UNB" at or after {@code p}, or -1. */
    private static int nextHeader(byte[] b, int p) {
        for (int i = p; i + 3 <= b.length; i++) {
            if (b[i] == 'U' && b[i + 1] == 'N' && (b[i + 2] == 'A' || b[i + 2] == 'B')) {
                return i;
            }
        }
        return -1;
    }

    /** Just after the segment's unreleased terminator (or the input's end). */
    private static int segmentEnd(byte[] b, int start, Syntax syntax) {
        byte release = syntax.release();
        byte term = syntax.terminator();
        for (int i = start; i < b.length; i++) {
            if (release != 0 && b[i] == release) {
                i++;
            } else if (b[i] == term) {
                return i + 1;
            }
        }
        return b.length;
    }

    /** UNT+count+reference: the count lowered by {@code removed}, the rest as received. */
    private static void writeUnt(ByteArrayOutputStream out, byte[] b, int start, int end, Syntax syntax, int removed) {
        int from = start + 4; // "UNT" + element separator
        int to = from;
        while (to < end && b[to] >= '0' && b[to] <= '9') {
            to++;
        }
        if (to == from || start + 3 >= end || b[start + 3] != syntax.element()) {
            out.write(b, start, end - start); // no count to fix: the decoder reports it as it would anyway
            return;
        }
        long count = Long.parseLong(new String(b, from, to - from, StandardCharsets.US_ASCII));
        out.write(b, start, from - start);
        out.writeBytes(Long.toString(Math.max(0, count - removed)).getBytes(StandardCharsets.US_ASCII));
        out.write(b, to, end - to);
    }

    // ------------------------------------------------------------------ XML

    private static Filtered xml(byte[] b, TreeSet<Long> flagged) {
        List<int[]> cuts = new ArrayList<>();
        int missed = 0;
        int covered = -1;
        for (long off : flagged) {
            int start = (int) off;
            if (start < covered) {
                continue; // inside an element already cut (an SSR and its text both flagged)
            }
            int end = start < b.length && b[start] == '<' ? elementEnd(b, start) : -1;
            if (end < 0) {
                missed++;
                continue;
            }
            cuts.add(new int[] {start, end});
            covered = end;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int p = 0;
        for (int[] c : cuts) {
            out.write(b, p, c[0] - p);
            p = c[1];
        }
        out.write(b, p, b.length - p);
        return new Filtered(out.toByteArray(), cuts.size(), missed);
    }

    /** Just after the end of the element whose start tag begins at {@code start}, or -1. */
    static int elementEnd(byte[] b, int start) {
        int nameEnd = start + 1;
        while (nameEnd < b.length && !isSpace(b[nameEnd]) && b[nameEnd] != '>' && b[nameEnd] != '/') {
            nameEnd++;
        }
        byte[] name = java.util.Arrays.copyOfRange(b, start + 1, nameEnd);
        if (name.length == 0) {
            return -1;
        }
        int depth = 0;
        int i = start;
        while (i < b.length) {
            if (b[i] != '<') {
                i++;
                continue;
            }
            int close = tagEnd(b, i);
            if (close < 0) {
                return -1;
            }
            boolean endTag = i + 1 < b.length && b[i + 1] == '/';
            boolean selfClosing = b[close - 1] == '/';
            int n = endTag ? i + 2 : i + 1;
            boolean same = regionIs(b, n, name) && n + name.length < b.length
                    && (isSpace(b[n + name.length]) || b[n + name.length] == '>' || b[n + name.length] == '/');
            if (same && !endTag && !selfClosing) {
                depth++;
            } else if (same && endTag) {
                depth--;
            } else if (same && depth == 0) {
                return close + 1; // <SSR .../> on its own
            }
            if (depth == 0) {
                return close + 1;
            }
            i = close + 1;
        }
        return -1;
    }

    /** The '>' closing the tag at {@code lt}, outside quoted attribute values; -1 if none. */
    private static int tagEnd(byte[] b, int lt) {
        byte quote = 0;
        for (int i = lt + 1; i < b.length; i++) {
            if (quote != 0) {
                if (b[i] == quote) {
                    quote = 0;
                }
            } else if (b[i] == '"' || b[i] == '\'') {
                quote = b[i];
            } else if (b[i] == '>') {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionIs(byte[] b, int at, byte[] s) {
        if (at + s.length > b.length) {
            return false;
        }
        for (int k = 0; k < s.length; k++) {
            if (b[at + k] != s[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        return regionIs(b, at, s.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\f';
    }
}
