package io.paxgate.parsers.pnrgov.xml;

import java.nio.charset.Charset;

/**
 * Turns the character offsets the XML parser reports into byte offsets in the input, so that a
 * problem points at a byte like every other problem in the codec. Offsets arrive in increasing
 * order while streaming, so the walk is incremental; a backward request restarts it.
 */
final class ByteOffsets {
    private enum Mode { UTF8, ONE_BYTE, UNKNOWN }

    private final byte[] input;
    private final int start;
    private final int end;
    private Mode mode = Mode.UTF8;
    private long chars;
    private int bytes;

    /** {@code start} is where the document's characters begin (after any byte order mark). */
    ByteOffsets(byte[] input, int start, int end) {
        this.input = input;
        this.start = start;
        this.end = end;
        this.bytes = start;
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
        if (charOffset < chars) {
            chars = 0;
            bytes = start;
        }
        while (chars < charOffset && bytes < end) {
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
        return Math.min(bytes, end);
    }
}
