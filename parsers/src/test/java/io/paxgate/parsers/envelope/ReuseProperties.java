package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import io.paxgate.parsers.edifact.Edi;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A decoder keeps scratch state between inputs (the segment view and its flags, code and date
 * memos, the lexer's byte classes): none of it may show. Any sequence of inputs (the samples,
 * the PNRGOV XML, damaged, hard-wrapped and re-separated copies of them, random bytes) decoded by
 * one reused decoder gives, input by input, what a fresh decoder gives: the same messages field
 * for field and the same problems.
 */
class ReuseProperties {
    private static final List<byte[]> POOL = pool();

    @Provide
    Arbitrary<List<Integer>> sequences() {
        return Arbitraries.integers().between(0, POOL.size() - 1).list().ofMinSize(2).ofMaxSize(12);
    }

    @Property(tries = 200)
    void aReusedDecoderGivesWhatAFreshOneGives(@ForAll("sequences") List<Integer> sequence) {
        InputDecoder reused = new InputDecoder();
        for (int i : sequence) {
            DecodeResult want = new InputDecoder().decode(POOL.get(i));
            DecodeResult got = reused.decode(POOL.get(i));
            assertEquals(ModelDump.of(want.messages()), ModelDump.of(got.messages()), "input " + i + " of " + sequence);
            assertEquals(want.problems().toString(), got.problems().toString(), "input " + i + " of " + sequence);
            for (int m = 0; m < want.messages().size(); m++) {
                assertEquals(want.messages().get(m).problems.toString(), got.messages().get(m).problems.toString(),
                        "input " + i + " of " + sequence);
            }
        }
    }

    /** The samples and variants of them that take the lexer's and decoders' other paths. */
    private static List<byte[]> pool() {
        Random random = new Random(20261125);
        List<byte[]> pool = new ArrayList<>();
        for (byte[] sample : Samples.EDIFACT) {
            String s = new String(sample, StandardCharsets.ISO_8859_1);
            pool.add(sample);
            pool.add(s.replace("\n", "\r\n").replace("+", "+\r\n").getBytes(StandardCharsets.ISO_8859_1)); // wrapped everywhere
            pool.add(s.replace("UNA:+.?*'", "UNA|;.!#~").replace("'", "~")
                    .replace("+", ";").replace(":", "|").getBytes(StandardCharsets.ISO_8859_1)); // other separators (no value holds them)
            pool.add(s.substring(0, s.length() / 2).getBytes(StandardCharsets.ISO_8859_1)); // cut off
            byte[] damaged = sample.clone();
            for (int k = 0; k < 20; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) (' ' + random.nextInt(95));
            }
            pool.add(damaged);
        }
        pool.add(Edi.resource("pnrgov-xml/two-pnrs.xml"));
        byte[] junk = new byte[300];
        random.nextBytes(junk);
        pool.add(junk);
        return pool;
    }
}
