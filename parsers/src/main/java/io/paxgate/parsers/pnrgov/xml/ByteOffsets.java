package io.paxgate.parsers.pnrgov.xml;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;

/**
 * Turns the character offsets the XML parser reports into byte offsets in the input, so that a
 * problem points at a byte like every other problem in the codec. Woodstox reports offsets and
 * columns in chars; Aalto reads UTF-8 bytes and reports them in bytes ({@link #ofBytes}), so for
 * it the byte offset is at hand and the column (in chars, as Woodstox gives it) is worked out.
 * Elements keep their character offset and ask for the byte offset only when a problem names
 * them, so a clean push costs no walk at all. The walk goes forward from the last answer; a
 * backward request resumes from a checkpoint left every {@value #CHECKPOINT_BYTES} bytes, so no
 * request walks more than that again (problems are bounded, and so is the work for them).
 */
final class ByteOffsets {
    private enum Mode { UTF8, ONE_BYTE, UNKNOWN, REPORTED_BYTES }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final int CHECKPOINT_BYTES = 4096;

    private final byte[] input;
    private final int start;
    private final int end;
    private Mode mode = Mode.UTF8;
    private long chars;
    private int bytes;
    /** (chars, bytes) at the first char boundary past each CHECKPOINT_BYTES of walked input. */
    private long[] checkpointChars = new long[16];
    private int[] checkpointBytes = new int[16];
    private int checkpoints;
    private int walked;
    /** Column walk state for {@link Mode#REPORTED_BYTES}: UTF-16 chars from lineStart to columnAt. */
    private int lineStart = -1;
    private int columnAt;
    private int columnChars;

    /** {@code start} is where the document's characters begin (after any byte order mark). */
    ByteOffsets(byte[] input, int start, int end) {
        this.input = input;
        this.start = start;
        this.end = end;
        this.bytes = start;
        this.walked = start;
    }

    /** For a parser reading UTF-8 bytes that reports byte offsets and byte columns (Aalto). */
    static ByteOffsets ofBytes(byte[] input, int start, int end) {
        ByteOffsets o = new ByteOffsets(input, start, end);
        o.mode = Mode.REPORTED_BYTES;
        return o;
    }

    /** Called with the XML declaration's encoding once known; only UTF-8 and one-byte sets map. */
    void encoding(String name) {
        if (name == null) {
            return;
        }
        try {
            Charset cs = Charset.forName(name);
            String n = cs.name();
            if (n.equals("UTF-8")) {
                mode = Mode.UTF8;
            } else if (cs.newEncoder().maxBytesPerChar() == 1.0f) {
                mode = Mode.ONE_BYTE;
            } else {
                mode = Mode.UNKNOWN;
            }
        } catch (RuntimeException e) {
            mode = Mode.UNKNOWN;
        }
    }

    long byteOffset(long charOffset) {
        if (charOffset < 0 || mode == Mode.UNKNOWN) {
            return -1;
        }
        if (mode == Mode.ONE_BYTE) {
            return Math.min(start + charOffset, end);
        }
        if (mode == Mode.REPORTED_BYTES) {
            return tagStart(charOffset);
        }
        if (charOffset < chars) {
            resume(charOffset);
        }
        while (chars < charOffset && bytes < end) {
            // eight ASCII bytes are eight chars: most of a PNRGOV XML push is ASCII
            if (charOffset - chars >= 8 && end - bytes >= 8
                    && ((long) LONGS.get(input, bytes) & 0x8080808080808080L) == 0) {
                bytes += 8;
                chars += 8;
            } else {
                int b = input[bytes] & 0xFF;
                if (b < 0x80) {
                    bytes++;
                    chars++;
                } else if (b >= 0xF0) {
                    bytes += 4;
                    chars += 2; // a surrogate pair in UTF-16
                } else if (b >= 0xE0) {
                    bytes += 3;
                    chars++;
                } else {
                    bytes += 2;
                    chars++;
                }
            }
            if (bytes - walked >= CHECKPOINT_BYTES && bytes < end) {
                checkpoint();
            }
        }
        return Math.min(bytes, end);
    }

    /**
     * "line 12, column 7" for a start tag the parser placed at {@code offset}: in chars, as
     * Woodstox counts them (a surrogate pair is two).
     */
    String position(int line, int column, long offset) {
        if (mode != Mode.REPORTED_BYTES || offset < 0) {
            return "line " + line + ", column " + column;
        }
        int from = (int) Math.min(start + offset, end);
        int at = tagStart(offset);
        int begin = Math.max(start, from - (column - 1));
        for (int i = from; i < at; i++) {
            if (input[i] == '\n' || input[i] == '\r' && (i + 1 == at || input[i + 1] != '\n')) {
                line++;
                begin = i + 1;
            }
        }
        return "line " + line + ", column " + (charsBetween(begin, at) + 1);
    }

    // Aalto places the root's start tag where the blank run before it starts (after the XML
    // declaration or a comment): the tag itself is past the blanks
    private int tagStart(long offset) {
        int i = (int) Math.min(start + offset, end);
        while (i < end && (input[i] == ' ' || input[i] == '\n' || input[i] == '\r' || input[i] == '\t')) {
            i++;
        }
        return i;
    }

    // UTF-16 chars in [begin, at) of UTF-8 input; goes on from the last answer on the same line
    private int charsBetween(int begin, int at) {
        if (begin != lineStart || at < columnAt) {
            lineStart = begin;
            columnAt = begin;
            columnChars = 0;
        }
        while (columnAt < at) {
            int b = input[columnAt] & 0xFF;
            columnAt += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            columnChars += b >= 0xF0 ? 2 : 1;
        }
        return columnChars;
    }

    private void checkpoint() {
        if (checkpoints == checkpointChars.length) {
            checkpointChars = java.util.Arrays.copyOf(checkpointChars, checkpoints * 2);
            checkpointBytes = java.util.Arrays.copyOf(checkpointBytes, checkpoints * 2);
        }
        checkpointChars[checkpoints] = chars;
        checkpointBytes[checkpoints] = bytes;
        checkpoints++;
        walked = bytes;
    }

    // the walk state at the last checkpoint at or before charOffset: the same state a walk from
    // the start reaches there
    private void resume(long charOffset) {
        int lo = 0;
        int hi = checkpoints - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (checkpointChars[mid] <= charOffset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            chars = 0;
            bytes = start;
        } else {
            chars = checkpointChars[found];
            bytes = checkpointBytes[found];
        }
    }
}
