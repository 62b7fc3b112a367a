package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import io.paxgate.parsers.edifact.EdifactLexer;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.Syntax;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The sender's separators change nothing: a sample interchange written again under a random UNA
 * (its values released where they hold the new service characters) decodes to the same messages,
 * field for field, as the sample does, and with no error.
 */
class SeparatorProperties {
    private static final List<byte[]> SAMPLES = Samples.EDIFACT;
    private static final String CANDIDATES = "!\"#$%&'()*+,-/:;<=>?@[\\]^_`{|}~";

    @Provide
    Arbitrary<Syntax> una() {
        return Arbitraries.of(CANDIDATES.chars().mapToObj(c -> (char) c).toList())
                .list().ofSize(5).uniqueElements()
                .map(l -> new Syntax((byte) (char) l.get(0), (byte) (char) l.get(1), (byte) '.',
                        (byte) (char) l.get(2), (byte) (char) l.get(3), (byte) (char) l.get(4)));
    }

    @Property(tries = 300)
    void anyUnaDecodesToTheSameMessages(@ForAll @IntRange(min = 0, max = 1) int sample, @ForAll("una") Syntax to) {
        byte[] original = SAMPLES.get(sample);
        byte[] rewritten = rewrite(original, to);
        DecodeResult want = new InputDecoder().decode(original);
        DecodeResult got = new InputDecoder().decode(rewritten);
        String text = new String(rewritten, StandardCharsets.ISO_8859_1);
        assertFalse(got.hasErrors(), () -> got.problems() + "\n" + text);
        assertEquals(want.messages().size(), got.messages().size(), text);
        for (int i = 0; i < want.messages().size(); i++) {
            assertEquals(ModelDump.of(want.messages().get(i)), ModelDump.of(got.messages().get(i)), text);
        }
    }

    /**
     * The interchange (one, with a UNA of the default separators) segment by segment under
     * {@code to}: every component's value released where needed, trailing empty components of
     * later repetitions left out (they carry nothing). Repetitions only where the original has a
     * repetition separator in force (syntax 4, not an IATA syntax identifier).
     */
    static byte[] rewrite(byte[] in, Syntax to) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        boolean v4 = !s.contains("UNB+IATA") && s.matches("(?s).*UNB\\+UNO.:4.*");
        Syntax from = v4 ? Syntax.DEFAULT_V4 : Syntax.DEFAULT;
        Syntax target = v4 ? to : to.withoutRepetition();
        EdifactLexer lexer = new EdifactLexer();
        lexer.syntax(from);
        lexer.reset(in);
        lexer.position(s.indexOf("UNB"));
        StringBuilder out = new StringBuilder(target.toUna()).append('\n');
        Segment seg = new Segment();
        for (int i = 1; lexer.next(seg, i) != EdifactLexer.END; i++) {
            out.append(seg.tagName());
            for (int e = 1; e <= seg.elementCount(); e++) {
                out.append((char) target.element());
                for (int r = 0; r < seg.repetitionCount(e); r++) {
                    if (r > 0) {
                        out.append((char) target.repetition());
                    }
                    int last = r == 0 ? seg.componentCount(e) : lastPresent(seg, e, r);
                    for (int c = 1; c <= last; c++) {
                        if (c > 1) {
                            out.append((char) target.component());
                        }
                        String v = seg.text(e, r, c);
                        out.append(v == null ? "" : release(v, target));
                    }
                }
            }
            out.append((char) target.terminator()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int lastPresent(Segment seg, int e, int r) {
        int last = 0;
        for (int c = 1; c <= 64; c++) {
            if (seg.text(e, r, c) != null) {
                last = c;
            }
        }
        return last;
    }

    private static String release(String v, Syntax s) {
        StringBuilder sb = new StringBuilder(v.length() + 4);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == s.component() || c == s.element() || c == s.terminator() || c == s.release()
                    || (s.repetition() != 0 && c == s.repetition())) {
                sb.append((char) s.release());
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
