package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hard wraps change nothing: a sample interchange with line breaks put between any two bytes after
 * its UNA and UNB tags (a Type B gateway wraps text at a fixed width, wherever that falls: inside a
 * tag, a name, a date, after a release character) decodes to the same messages, field for field,
 * as the sample does, and with no error.
 */
class HardWrapProperties {
    private static final List<byte[]> SAMPLES = Samples.EDIFACT;

    @Property(tries = 300)
    void lineBreaksAnywhereDecodeToTheSameMessages(@ForAll @IntRange(min = 0, max = 1) int sample,
            @ForAll @IntRange(min = 3, max = 80) int every, @ForAll boolean crlf, @ForAll long seed) {
        byte[] original = SAMPLES.get(sample);
        byte[] wrapped = wrap(original, every, crlf ? "\r\n" : "\n", new Random(seed));
        Samples.assertDecodesAlike(original, wrapped);
    }

    @Example
    void theComparisonSeesTheModelsFields() {
        // a dump that left fields out would compare equal whatever the decoder gave
        String paxlst = ModelDump.of(new InputDecoder().decode(SAMPLES.get(0)).messages().get(0));
        assertTrue(paxlst.contains("surname=MUELLER") && paxlst.contains("number=C01X00T47")
                && paxlst.contains("birthDate=1985-06-17"), paxlst);
    }

    /** A line break after about every {@code every} bytes, never inside the UNA or the UNB tag. */
    private static byte[] wrap(byte[] in, int every, String lineBreak, Random random) {
        int keep = indexOf(in, "UNB") + 3;
        StringBuilder out = new StringBuilder(in.length + in.length / 3 + 8);
        for (int i = 0; i < in.length; i++) {
            if (i >= keep && random.nextInt(every) == 0) {
                out.append(lineBreak);
            }
            out.append((char) (in[i] & 0xFF));
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] in, String ascii) {
        return new String(in, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }
}
