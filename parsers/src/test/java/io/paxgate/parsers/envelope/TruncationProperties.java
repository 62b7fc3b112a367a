package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import io.paxgate.parsers.model.DecodedMessage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A broken interchange never costs the one after it: a sample cut off at any byte, then up to 40
 * bytes of anything, then another sample on the next line, gives the second sample's messages whole, field for field, as it gives
 * them alone (the cut one's are reported as it can be; it is not checked here).
 */
class TruncationProperties {
    private static final List<byte[]> SAMPLES = Samples.EDIFACT;

    @Property(tries = 400)
    void aCutInterchangeLeavesTheNextWhole(@ForAll @IntRange(min = 0, max = 1) int first,
            @ForAll @IntRange(min = 0, max = 1) int second, @ForAll @IntRange(min = 0, max = 100_000) int cutAt,
            @ForAll @Size(max = 40) byte[] junk) {
        byte[] cut = SAMPLES.get(first);
        byte[] whole = SAMPLES.get(second);
        int n = cutAt % cut.length;
        byte[] input = new byte[n + junk.length + 1 + whole.length];
        System.arraycopy(cut, 0, input, 0, n);
        System.arraycopy(junk, 0, input, n, junk.length);
        input[n + junk.length] = '\n';
        System.arraycopy(whole, 0, input, n + junk.length + 1, whole.length);

        List<DecodedMessage> want = new InputDecoder().decode(whole).messages();
        List<DecodedMessage> got = new InputDecoder().decode(input).messages();
        String text = new String(input, 0, Math.min(input.length, n + junk.length + 200), StandardCharsets.ISO_8859_1);
        // the second interchange's messages are the last ones
        assertEquals(ModelDump.of(want),
                ModelDump.of(got.subList(Math.max(0, got.size() - want.size()), got.size())), text);
    }
}
