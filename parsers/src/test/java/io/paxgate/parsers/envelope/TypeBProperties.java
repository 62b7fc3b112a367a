package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Type B envelope changes nothing: one or two samples, each sent as a SITA Type B message (an
 * optional SOH, the priority and address line, the origin line, an optional STX, the interchange
 * as one text hard-wrapped at 20 to 69 columns, then ETX, NNNN, both or neither), back to back in
 * one input, decode to the same messages, field for field, with no error.
 */
class TypeBProperties {
    private static final List<byte[]> SAMPLES = Samples.EDIFACT;

    @Property(tries = 300)
    void typeBMessagesDecodeAsTheirInterchanges(@ForAll @IntRange(min = 0, max = 1) int first,
            @ForAll @IntRange(min = -1, max = 1) int second, @ForAll @IntRange(min = 20, max = 69) int width,
            @ForAll boolean crlf, @ForAll boolean controls, @ForAll boolean nnnn, @ForAll @IntRange(min = 1, max = 3) int addresses) {
        String eol = crlf ? "\r\n" : "\n";
        List<DecodedMessage> want = new ArrayList<>(new InputDecoder().decode(SAMPLES.get(first)).messages());
        StringBuilder input = new StringBuilder(typeB(SAMPLES.get(first), width, eol, controls, nnnn, addresses));
        if (second >= 0) {
            want.addAll(new InputDecoder().decode(SAMPLES.get(second)).messages());
            input.append(typeB(SAMPLES.get(second), width, eol, controls, nnnn, addresses));
        }
        Samples.assertDecodesTo(want, input.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** One Type B message carrying {@code interchange}; {@code nnnn}: ended by NNNN (else the next heading follows at once). */
    private static String typeB(byte[] interchange, int width, String eol, boolean controls, boolean nnnn, int addresses) {
        StringBuilder sb = new StringBuilder();
        if (controls) {
            sb.append('\u0001');
        }
        sb.append("QU");
        for (int i = 0; i < addresses; i++) {
            sb.append(' ').append("GYDAP").append((char) ('A' + i)).append('H');
        }
        sb.append(eol).append(".FRAKLLH 141215").append(eol);
        if (controls) {
            sb.append('\u0002');
        }
        String text = new String(interchange, StandardCharsets.ISO_8859_1).replace("\r", "").replace("\n", "");
        for (int i = 0; i < text.length(); i += width) {
            sb.append(text, i, Math.min(text.length(), i + width)).append(eol);
        }
        if (controls) {
            sb.append('\u0003');
        }
        if (nnnn) {
            sb.append(eol).append("NNNN").append(eol);
        }
        return sb.toString();
    }
}
