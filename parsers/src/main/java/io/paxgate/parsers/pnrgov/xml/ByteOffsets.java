package io.paxgate.parsers.pnrgov.xml;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;

/**
 * Turns the character offsets the XML parser reports into byte offsets in the input, so that a
 * problem points at a byte like every other problem in the codec. Elements keep their character
 * offset and ask for the byte offset only when a problem names them, so a clean push costs no
 * walk at all. The walk goes forward from the last answer; a backward request resumes from a
 * checkpoint left every {@value #CHECKPOINT_BYTES} bytes, so no request walks more than that
 * again (problems are bounded, and so is the work for them).
 */
final class ByteOffsets {
    private enum Mode { UTF8, ONE_BYTE, UNKNOWN }

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

    /** {@code start} is where the document's characters begin (after any byte order mark). */
    ByteOffsets(byte[] input, int start, int end) {
        this.input = input;
        this.start = start;
        this.end = end;
        this.bytes = start;
        this.walked = start;
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
