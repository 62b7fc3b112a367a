package io.paxgate.engine.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Wraps an interchange the way it travels over SITA Type B: priority and address line, origin
 * line with a DDHHMM stamp, the text hard-wrapped at 69 columns, and NNNN at the end. See the
 * parser's {@code io.paxgate.parsers.typeb.TypeBEnvelope} for what is accepted.
 */
final class TypeBWrapper {
    static final int LINE = 69;

    private TypeBWrapper() {
    }

    /**
     * @param recipient seven-character Type B address, e.g. GYDAPXH
     * @param origin    seven-character address of the sender, e.g. FRAAPLH
     */
    static byte[] wrap(byte[] interchange, String recipient, String origin, LocalDateTime at) {
        String flat = new String(interchange, StandardCharsets.US_ASCII).replace("\n", "");
        StringBuilder sb = new StringBuilder(flat.length() + flat.length() / LINE * 2 + 64);
        sb.append("QU ").append(recipient).append("\r\n");
        sb.append('.').append(origin).append(' ')
                .append(String.format(Locale.ROOT, "%02d%02d%02d", at.getDayOfMonth(), at.getHour(), at.getMinute()))
                .append("\r\n");
        for (int i = 0; i < flat.length(); i += LINE) {
            sb.append(flat, i, Math.min(flat.length(), i + LINE)).append("\r\n");
        }
        sb.append("NNNN\r\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
