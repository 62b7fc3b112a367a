package io.paxgate.parsers.encode;

import io.paxgate.parsers.edifact.Syntax;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EdifactWriterTest {
    private final StringBuilder out = new StringBuilder();
    private final EdifactWriter w = new EdifactWriter(out, Syntax.DEFAULT_V4);

    @Test
    void emptyElementsBeforeAValueKeepTheirSeparators() {
        w.begin("FTX").element("AAP").element(null).element("").element("OK TO BOARD").end();

        assertEquals("FTX+AAP+++OK TO BOARD'", out.toString());
    }

    @Test
    void trailingEmptyElementsAndComponentsAreLeftOut() {
        w.begin("UCI").element("1").component("").element("7").element(null).component(null).end();

        assertEquals("UCI+1+7'", out.toString());
    }

    @Test
    void everySeparatorAndTheReleaseCharacterAreReleased() {
        w.begin("FTX").element("a:b+c?d*e'f").end();

        assertEquals("FTX+a?:b?+c??d?*e?'f'", out.toString());
    }

    @Test
    void repetitionCharacterIsDataWhenTheSyntaxHasNone() {
        EdifactWriter v3 = new EdifactWriter(out, Syntax.DEFAULT);

        v3.begin("FTX").element("A*B").end();

        assertEquals("FTX+A*B'", out.toString());
    }

    @Test
    void lineBreaksInValuesBecomeSpaces() {
        w.begin("FTX").element("CALL\r\nNOW").end();

        assertEquals("FTX+CALL  NOW'", out.toString());
    }

    @Test
    void numbersAreZeroPaddedToTheirWidth() {
        w.begin("DTM").element("189").componentYyMmDdHhMm(LocalDateTime.of(2026, 1, 2, 3, 4)).end();

        assertEquals("DTM+189:2601020304'", out.toString());
    }

    @Test
    void countIsSegmentsEndedSinceTheLastReset() {
        w.begin("UNB").element("X").end();
        w.resetCount();
        w.begin("UNH").element("1").end();
        w.begin("BGM").element("962").end();

        assertEquals(2, w.count());
    }
}
