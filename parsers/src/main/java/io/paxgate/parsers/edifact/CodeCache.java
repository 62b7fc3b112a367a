package io.paxgate.parsers.edifact;

/**
 * Canonical Strings for short upper-case ASCII codes (qualifiers, country and airport codes):
 * the same 1-3 byte code always yields the same String, so decoders allocate nothing for them.
 * Filled lazily; racy publication is safe because Strings are immutable.
 */
public final class CodeCache {
    private static final int RADIX = 37; // 0 = none, 1-26 A-Z, 27-36 0-9
    private static final String[] TABLE = new String[RADIX * RADIX * RADIX + RADIX * RADIX + RADIX + 1];

    private CodeCache() {
    }

    static String lookup(byte[] buf, int from, int len) {
        if (len < 1 || len > 3) {
            return null;
        }
        int key = 0;
        for (int i = 0; i < len; i++) {
            int d = digit(buf[from + i]);
            if (d == 0) {
                return null;
            }
            key = key * RADIX + d;
        }
        String s = TABLE[key];
        if (s == null) {
            s = new String(buf, from, len, java.nio.charset.StandardCharsets.US_ASCII);
            TABLE[key] = s;
        }
        return s;
    }

    /**
     * {@code text[from, to)} as a String: the shared canonical one when it is a 1-3 character
     * upper-case ASCII code, else a substring. For codes found inside free text (SSR DOCS).
     */
    public static String canonical(String text, int from, int to) {
        int len = to - from;
        if (len >= 1 && len <= 3) {
            int key = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                int d = c < 128 ? digit((byte) c) : 0;
                if (d == 0) {
                    return text.substring(from, to);
                }
                key = key * RADIX + d;
            }
            String s = TABLE[key];
            if (s == null) {
                s = text.substring(from, to);
                TABLE[key] = s;
            }
            return s;
        }
        return text.substring(from, to);
    }

    private static int digit(byte b) {
        if (b >= 'A' && b <= 'Z') {
            return b - 'A' + 1;
        }
        if (b >= '0' && b <= '9') {
            return b - '0' + 27;
        }
        return 0;
    }
}
