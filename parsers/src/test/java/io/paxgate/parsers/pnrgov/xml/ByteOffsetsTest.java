package io.paxgate.parsers.pnrgov.xml;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ByteOffsetsTest {
    // ASCII runs, 2-, 3- and 4-byte chars (a surrogate pair each), over many checkpoints
    private static final String TEXT = "<PNR Name=\"M\u00dcLLER\">\u0410\u0437\u0259\u0440 \u20ac \ud83d\ude00 plain ascii text</PNR>\n"
            .repeat(900);

    @Test
    void answersInAnyOrderAreTheBytesOfTheCharsBefore() {
        byte[] input = TEXT.getBytes(StandardCharsets.UTF_8);
        ByteOffsets offsets = new ByteOffsets(input, 0, input.length);
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            int chars = r.nextInt(TEXT.length() + 1);
            if (Character.isLowSurrogate(TEXT.charAt(Math.min(chars, TEXT.length() - 1))) && chars < TEXT.length()) {
                chars++; // the parser reports offsets between whole characters
            }
            int expected = TEXT.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
            assertEquals(expected, offsets.byteOffset(chars), "char offset " + chars);
        }
    }

    @Test
    void anOffsetPastTheInputIsItsEnd() {
        byte[] input = "<a>\u20ac</a>".getBytes(StandardCharsets.UTF_8);
        assertEquals(input.length, new ByteOffsets(input, 0, input.length).byteOffset(1000));
    }
}
