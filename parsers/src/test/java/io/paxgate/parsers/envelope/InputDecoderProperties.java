package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.edifact.ParserLimits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

class InputDecoderProperties {
    private static final byte[] SAMPLE = Edi.resource("samples/paxlst_d12b_2pax.edi");
    private final InputDecoder decoder = new InputDecoder(ParserLimits.DEFAULT, Edi.CLOCK);

    private void decodesWithoutThrowing(byte[] input) {
        DecodeResult r = decoder.decode(input);
        assertNotNull(r);
        HostileInputTest.assertWellFormed(r);
        r.travellerCount();
        InputDecoder.assembled(r);
    }

    @Property(tries = 500)
    void randomBytesNeverThrow(@ForAll @Size(max = 2000) byte[] input) {
        decodesWithoutThrowing(input);
    }

    @Property(tries = 300)
    void randomBytesAfterAValidHeaderNeverThrow(@ForAll @Size(max = 2000) byte[] tail) {
        byte[] head = Arrays.copyOf(SAMPLE, 200);
        byte[] input = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, input, head.length, tail.length);
        decodesWithoutThrowing(input);
    }

    /** A mutation: {kind, position, byte}. */
    @Provide
    Arbitrary<List<int[]>> mutations() {
        Arbitrary<int[]> one = Arbitraries.integers().between(0, 3).flatMap(kind ->
                Arbitraries.integers().between(0, SAMPLE.length - 1).flatMap(pos ->
                        Arbitraries.integers().between(0, 255).map(b -> new int[] {kind, pos, b})));
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 1000)
    void mutatedSamplesNeverThrow(@ForAll("mutations") List<int[]> mutations) {
        byte[] b = SAMPLE.clone();
        for (int[] m : mutations) {
            int pos = Math.min(m[1], Math.max(0, b.length - 1));
            switch (m[0]) {
                case 0 -> { // flip a byte
                    if (b.length > 0) {
                        b[pos] = (byte) m[2];
                    }
                }
                case 1 -> { // delete a byte
                    if (b.length > 0) {
                        byte[] c = new byte[b.length - 1];
                        System.arraycopy(b, 0, c, 0, pos);
                        System.arraycopy(b, pos + 1, c, pos, b.length - pos - 1);
                        b = c;
                    }
                }
                case 2 -> { // insert a byte
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, pos);
                    c[pos] = (byte) m[2];
                    System.arraycopy(b, pos, c, pos + 1, b.length - pos);
                    b = c;
                }
                default -> b = Arrays.copyOf(b, pos); // truncate
            }
        }
        decodesWithoutThrowing(b);
    }
}
