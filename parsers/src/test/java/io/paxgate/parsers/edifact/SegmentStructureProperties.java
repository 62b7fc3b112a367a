package io.paxgate.parsers.edifact;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lexer against the structure it was given: a segment written from random elements,
 * repetitions and components (any printable text, service characters released), with or without
 * hard-wrap line breaks anywhere, with or without service characters in the text, lexes back to the same counts and values. Without line breaks,
 * repetitions or released characters, and with at most 128 components, the segment takes the
 * lexer's plain scan, else the full one; some segments have more elements and components than a
 * {@link Segment}'s arrays start with.
 */
class SegmentStructureProperties {
    private static final int FTX = 'F' << 16 | 'T' << 8 | 'X';

    @Provide
    Arbitrary<List<List<List<String>>>> elements() {
        Arbitrary<String> component = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(0).ofMaxLength(8);
        Arbitrary<List<List<String>>> repetitions = component.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                Tuple.of(6, repetitions.list().ofMinSize(1).ofMaxSize(12)),
                Tuple.of(3, repetitions.list().ofMinSize(20).ofMaxSize(40)), // up to the plain scan's bound and past it
                Tuple.of(1, repetitions.list().ofMinSize(100).ofMaxSize(160)));
    }

    @Property(tries = 400)
    void everyValueLexesBackToWhatWasWritten(@ForAll("elements") List<List<List<String>>> elements,
            @ForAll boolean repetitions, @ForAll boolean plainText, @ForAll @IntRange(min = 0, max = 2) int wraps,
            @ForAll long seed) {
        Syntax syntax = repetitions ? Syntax.DEFAULT_V4 : Syntax.DEFAULT;
        StringBuilder sb = new StringBuilder("FTX");
        for (List<List<String>> element : elements) {
            sb.append('+');
            for (int r = 0; r < (repetitions ? element.size() : 1); r++) {
                if (r > 0) {
                    sb.append('*');
                }
                List<String> components = element.get(r);
                for (int c = 0; c < components.size(); c++) {
                    if (c > 0) {
                        sb.append(':');
                    }
                    sb.append(Edi.escape(text(components.get(c), plainText), syntax));
                }
            }
        }
        sb.append('\'');
        String segment = wraps == 0 ? sb.toString() : wrap(sb.toString(), new Random(seed));
        byte[] in = (segment + "\r\nUNT+2+1'").getBytes(StandardCharsets.ISO_8859_1);

        EdifactLexer lexer = new EdifactLexer();
        lexer.syntax(syntax);
        lexer.reset(in);
        Segment seg = new Segment();
        assertEquals(EdifactLexer.OK, lexer.next(seg, 1), segment);
        assertEquals(FTX, seg.tag(), segment);
        assertEquals(elements.size(), seg.elementCount(), segment);
        for (int e = 0; e < elements.size(); e++) {
            List<List<String>> element = elements.get(e);
            int reps = repetitions ? element.size() : 1;
            assertEquals(reps, seg.repetitionCount(e + 1), segment);
            assertEquals(element.get(0).size(), seg.componentCount(e + 1), segment);
            for (int r = 0; r < reps; r++) {
                List<String> components = element.get(r);
                for (int c = 0; c < components.size(); c++) {
                    String want = components.get(c).isEmpty() ? null : text(components.get(c), plainText);
                    assertEquals(want, seg.text(e + 1, r, c + 1), segment);
                }
            }
        }
        // the next segment starts where this one ended
        assertEquals(EdifactLexer.OK, lexer.next(seg, 2));
        assertEquals("UNT", seg.tagName());
        assertEquals(2, seg.number(1, 1, -1));
        assertEquals(EdifactLexer.END, lexer.next(seg, 3));
    }

    /** With {@code plain}, the text without service characters (so nothing is released). */
    private static String text(String s, boolean plain) {
        return plain ? s.replaceAll("[:+?'*]", "X") : s;
    }

    /** A CR LF before some bytes after the first, as a Type B hard wrap puts them. */
    private static String wrap(String s, Random random) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        out.append(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            if (random.nextInt(12) == 0) {
                out.append("\r\n");
            }
            out.append(s.charAt(i));
        }
        return out.toString();
    }
}
