package io.paxgate.benchmarks;

import io.paxgate.parsers.edifact.EdifactLexer;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.Syntax;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The two ways the benchmarks walk an interchange element by element: Paxgate's lexer (what the
 * decoders sit on) and StAEDI's {@link EDIStreamReader} (io.xlate:staedi 1.26.0, no schema: envelope
 * validation only). Used by the StAEDI benchmarks and to check, before measuring, that both see
 * about the same number of element values.
 */
public final class ElementScan {
    private ElementScan() {
    }

    /**
     * Streams {@code bytes} through StAEDI and reads every element value as text.
     *
     * @param bh consumes each value; when null the value lengths are summed instead (setup checks)
     * @return the number of element values (simple elements and composite components) read
     */
    public static int staedi(EDIInputFactory factory, byte[] bytes, Blackhole bh) {
        int elements = 0;
        long chars = 0;
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.ELEMENT_DATA) {
                    String text = reader.getText();
                    if (bh != null) {
                        bh.consume(text);
                    } else {
                        chars += text.length();
                    }
                    elements++;
                } else if (event == EDIStreamEvent.SEGMENT_ERROR || event == EDIStreamEvent.ELEMENT_DATA_ERROR
                        || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
                    // validation events do not stop the reader; count them as read, not as values
                    if (bh != null) {
                        bh.consume(event);
                    }
                }
            }
        } catch (EDIStreamException | IOException e) {
            throw new IllegalStateException("StAEDI could not read the corpus: " + e.getMessage(), e);
        }
        if (bh == null && chars == 0 && elements > 0) {
            throw new IllegalStateException("StAEDI returned only empty values");
        }
        return elements;
    }

    /**
     * Element values (components, element 1 onwards; the tag is not a value) that Paxgate's lexer
     * finds in {@code bytes}, UNB to UNZ. The corpus UNA is the standard one, so it is skipped.
     */
    public static int paxgateLexer(byte[] bytes) {
        EdifactLexer lexer = new EdifactLexer();
        lexer.reset(bytes);
        lexer.syntax(Syntax.DEFAULT_V4);
        if (lexer.startsWith(0, 'U' << 16 | 'N' << 8 | 'A')) {
            lexer.position(9);
        }
        Segment seg = new Segment();
        int elements = 0;
        int index = 0;
        while (lexer.next(seg, ++index) != EdifactLexer.END) {
            for (int e = 1; e <= seg.elementCount(); e++) {
                elements += seg.componentCount(e);
            }
        }
        return elements;
    }

    /** Throws unless the StAEDI count is within 25% of the lexer's: proof the read loop is not short. */
    public static void checkPlausible(String corpus, int staedi, int paxgate) {
        if (paxgate <= 0 || Math.abs(staedi - paxgate) > paxgate / 4) {
            throw new IllegalStateException(corpus + ": StAEDI read " + staedi + " element values, Paxgate's lexer "
                    + paxgate + "; the StAEDI loop does not read the whole interchange");
        }
    }
}
