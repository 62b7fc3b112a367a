package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.edifact.EdifactLexer;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.Syntax;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
        return Edi.una(CANDIDATES);
    }

    @Property(tries = 300)
    void anyUnaDecodesToTheSameMessages(@ForAll @IntRange(min = 0, max = 1) int sample, @ForAll("una") Syntax to) {
        byte[] original = SAMPLES.get(sample);
        byte[] rewritten = rewrite(original, to);
        Samples.assertDecodesAlike(original, rewritten);
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
                        out.append(v == null ? "" : Edi.escape(v, target));
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
}
