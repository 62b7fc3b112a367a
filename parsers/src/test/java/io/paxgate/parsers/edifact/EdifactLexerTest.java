package io.paxgate.parsers.edifact;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdifactLexerTest {
    private final EdifactLexer lexer = new EdifactLexer();
    private final Segment seg = new Segment();

    private Segment lexOne(Syntax syntax, String text) {
        lexer.syntax(syntax);
        lexer.reset(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(EdifactLexer.OK, lexer.next(seg, 1));
        return seg;
    }

    private List<String> tags(Syntax syntax, String text) {
        lexer.syntax(syntax);
        lexer.reset(text.getBytes(StandardCharsets.ISO_8859_1));
        List<String> out = new ArrayList<>();
        int i = 1;
        while (lexer.next(seg, i++) != EdifactLexer.END) {
            out.add(seg.tagName());
        }
        return out;
    }

    @Test
    void splitsElementsAndComponentsWithTheDefaultSeparators() {
        Segment s = lexOne(Syntax.DEFAULT, "NAD+FL+++MUELLER:ANNA:MARIA'");
        assertEquals("NAD", s.tagName());
        assertEquals(4, s.elementCount());
        assertEquals("FL", s.code(1, 1));
        assertTrue(s.isEmpty(2, 1));
        assertEquals("MUELLER", s.text(4, 1));
        assertEquals("MARIA", s.text(4, 3));
        assertEquals(3, s.componentCount(4));
    }

    @Test
    void releaseCharacterMakesTheTerminatorData() {
        assertEquals("O'BRIEN", lexOne(Syntax.DEFAULT, "NAD+FL+++O?'BRIEN:SEAN'").text(4, 1));
    }

    @Test
    void doubledReleaseCharacterIsOneReleaseCharacter() {
        assertEquals("WHY?", lexOne(Syntax.DEFAULT, "FTX+AAI+++WHY??'").text(4, 1));
    }

    @Test
    void releasedSeparatorsAreData() {
        Segment s = lexOne(Syntax.DEFAULT, "FTX+AAI+++A?+B?:C'");
        assertEquals(4, s.elementCount());
        assertEquals(1, s.componentCount(4));
        assertEquals("A+B:C", s.text(4, 1));
    }

    @Test
    void repetitionSeparatorSplitsRepetitionsInSyntaxVersion4() {
        Segment s = lexOne(Syntax.DEFAULT_V4, "COM+49 69 1:TE*ANNA@EXAMPLE.COM:EM'");
        assertEquals(2, s.repetitionCount(1));
        assertEquals("49 69 1", s.text(1, 0, 1));
        assertEquals("ANNA@EXAMPLE.COM", s.text(1, 1, 1));
        assertEquals("EM", s.text(1, 1, 2));
        assertEquals(2, s.componentCount(1));
    }

    @Test
    void componentsBeforeTheFirstRepetitionKeepTheirNumbers() {
        // component and repetition numbers are filled in only once a repetition separator is met
        Segment s = lexOne(Syntax.DEFAULT_V4, "COM+A:B:C+49 1:TE*X@Y.Z:EM*7:FX+Q'");
        assertEquals("C", s.text(1, 0, 3));
        assertEquals(3, s.componentCount(1));
        assertEquals(1, s.repetitionCount(1));
        assertEquals(3, s.repetitionCount(2));
        assertEquals("TE", s.text(2, 0, 2));
        assertEquals("X@Y.Z", s.text(2, 1, 1));
        assertEquals("FX", s.text(2, 2, 2));
        assertEquals("Q", s.text(3, 1));
    }

    @Test
    void starIsDataWhenThereIsNoRepetitionSeparator() {
        Segment s = lexOne(Syntax.DEFAULT, "FTX+AAI+++A*B'");
        assertEquals("A*B", s.text(4, 1));
        assertEquals(1, s.repetitionCount(4));
    }

    @Test
    void customSeparatorsAreHonoured() {
        // UNA:*.? ~ : element separator '*', terminator '~'
        Syntax syntax = new Syntax((byte) ':', (byte) '*', (byte) '.', (byte) '?', (byte) 0, (byte) '~');
        Segment s = lexOne(syntax, "NAD*FL***O?~NEIL:JO+ANN~");
        assertEquals("O~NEIL", s.text(4, 1));
        assertEquals("JO+ANN", s.text(4, 2));
    }

    @Test
    void minusCanBeTheElementSeparator() {
        // UNA:-.? * : element separator '-', terminator '*'
        Syntax syntax = new Syntax((byte) ':', (byte) '-', (byte) '.', (byte) '?', (byte) 0, (byte) '*');
        Segment s = lexOne(syntax, "NAD-FL---SMITH?-JONES:ANN*");
        assertEquals("SMITH-JONES", s.text(4, 1));
        assertEquals("ANN", s.text(4, 2));
    }

    @Test
    void backslashCanBeTheReleaseCharacter() {
        // UNA:+.\*'
        Syntax syntax = new Syntax((byte) ':', (byte) '+', (byte) '.', (byte) '\\', (byte) '*', (byte) '\'');
        Segment s = lexOne(syntax, "NAD+FL+++D\\'ARCY:ANN?'");
        assertEquals("D'ARCY", s.text(4, 1));
        assertEquals("ANN?", s.text(4, 2));
    }

    @Test
    void lineBreaksAndSpacesBetweenSegmentsAreNotData() {
        assertEquals(List.of("BGM", "RFF", "TDT"), tags(Syntax.DEFAULT, "BGM+745'\r\n  RFF+TN:1'\n\nTDT+20+LH400'\r\n"));
    }

    @Test
    void hardWrapInsideAValueIsRemoved() {
        assertEquals("MUELLER", lexOne(Syntax.DEFAULT, "NAD+FL+++MUEL\r\nLER:ANNA'").text(4, 1));
    }

    @Test
    void hardWrapInsideTheTagStillGivesTheTag() {
        Segment s = lexOne(Syntax.DEFAULT, "NA\r\nD+FL+++MUELLER'");
        assertEquals(Tags.NAD, s.tag());
        assertEquals("MUELLER", s.text(4, 1));
    }

    @Test
    void hardWrapRightAfterAReleaseCharacterKeepsTheReleasedByte() {
        assertEquals("O'BRIEN", lexOne(Syntax.DEFAULT, "NAD+FL+++O?\r\n'BRIEN'").text(4, 1));
    }

    @Test
    void hardWrapInsideADateStillGivesTheDate() {
        Segment s = lexOne(Syntax.DEFAULT, "DTM+329:85\r\n0617'");
        assertEquals(LocalDate.of(1985, 6, 17), EdifactDates.date(s, 1, 2, LocalDate.of(2026, 3, 14), true));
    }

    @Test
    void hardWrapInsideANumberStillGivesTheNumber() {
        assertEquals(47, lexOne(Syntax.DEFAULT, "UNT+4\r\n7+PAX001'").number(1, 1, -1));
    }

    @Test
    void hardWrapInsideAnElementIsRemovedFromTheJoinedElementText() {
        assertEquals("LH OPS CONTROL", lexOne(Syntax.DEFAULT, "NAD+MS+++LH OPS CON\nTROL'").elementText(4));
    }

    @Test
    void endOfInputBeforeTheTerminatorIsUnterminated() {
        lexer.syntax(Syntax.DEFAULT);
        lexer.reset("NAD+FL+++MUEL".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(EdifactLexer.UNTERMINATED, lexer.next(seg, 1));
        assertEquals("MUEL", seg.text(4, 1));
        assertEquals(EdifactLexer.END, lexer.next(seg, 2));
    }

    @Test
    void releaseCharacterAsTheLastByteIsUnterminatedNotAnError() {
        lexer.syntax(Syntax.DEFAULT);
        lexer.reset("FTX+AAI+++A?".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(EdifactLexer.UNTERMINATED, lexer.next(seg, 1));
        assertEquals(EdifactLexer.END, lexer.next(seg, 2));
    }

    @Test
    void componentOfOnlyAHardWrapIsEmpty() {
        // a Type B line break where the given name would be: no name, not an empty one
        Segment s = lexOne(Syntax.DEFAULT, "NAD+FL+++SMITH:\r\n:JOHN+MAIN STREET'");
        assertEquals("SMITH", s.text(4, 1));
        assertNull(s.text(4, 2));
        assertTrue(s.isEmpty(4, 2));
        assertEquals(0, s.firstByte(4, 2));
        assertEquals("SMITH JOHN", s.joinedText(4, 1));
        assertEquals("JOHN", s.joined(4, 2, " ", 3));
        assertEquals("MAIN STREET", s.text(5, 1));
    }

    @Test
    void segmentOverTheByteLimitStopsAtTheLimit() {
        EdifactLexer small = new EdifactLexer(100, 64);
        small.syntax(Syntax.DEFAULT);
        small.reset(("FTX+" + "A".repeat(1000) + "'").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(EdifactLexer.TOO_LONG, small.next(seg, 1));
        assertEquals(100, small.position());
    }

    @Test
    void thousandsOfSeparatorsAreBoundedByTheComponentLimit() {
        EdifactLexer small = new EdifactLexer(1 << 20, 64);
        small.syntax(Syntax.DEFAULT);
        small.reset(("FTX+" + "A:+".repeat(5000) + "Z'").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(EdifactLexer.OK, small.next(seg, 1));
        assertTrue(small.overComponentLimit(seg));
        assertEquals("A", seg.text(1, 1));
        assertNull(seg.text(5000, 1));
        assertNull(seg.elementText(5000));
        assertEquals(0, seg.componentCount(5001));
    }

    @Test
    void codesComeFromTheSharedTableWithoutANewString() {
        Segment s = lexOne(Syntax.DEFAULT, "LOC+125+FRA'");
        String first = s.code(2, 1);
        assertTrue(first == lexOne(Syntax.DEFAULT, "LOC+87+FRA'").code(2, 1));
    }

    @Test
    void aPlainSegmentAfterReleasedOnesReadsItsCodesClean() {
        // the released segments mark components 1-5 and then 1 dirty; the plain one after them must
        // see none of it (a clean code comes from the shared table, a dirty one is decoded anew)
        lexer.syntax(Syntax.DEFAULT);
        lexer.reset("FTX+A?+:B?+:C?+:D?+:E?+'FTX+A?+'LOC+1+FRA+JFK+GYD+IST'".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(EdifactLexer.OK, lexer.next(seg, 1));
        assertEquals("E+", seg.text(1, 5));
        assertEquals(EdifactLexer.OK, lexer.next(seg, 2));
        assertEquals(EdifactLexer.OK, lexer.next(seg, 3));
        String ist = seg.code(5, 1);
        assertTrue(ist == lexOne(Syntax.DEFAULT, "LOC+87+IST'").code(2, 1));
    }

    @Test
    void segmentOffsetIsTheByteOffsetInTheInput() {
        lexer.syntax(Syntax.DEFAULT);
        lexer.reset("BGM+745'\nRFF+TN:1'".getBytes(StandardCharsets.ISO_8859_1));
        lexer.next(seg, 1);
        lexer.next(seg, 2);
        assertEquals(9, seg.offset());
        assertEquals(13, seg.offset(1, 1));
    }
}
