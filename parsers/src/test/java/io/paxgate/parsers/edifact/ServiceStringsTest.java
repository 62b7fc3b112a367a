package io.paxgate.parsers.edifact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ServiceStringsTest {
    private static ServiceStrings.Una una(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return ServiceStrings.parseUna(b, 0, b.length);
    }

    @Test
    void allSixUnaCharactersAreHonoured() {
        ServiceStrings.Una u = una("UNA;|,!~#UNB|UNOA;4");
        assertNull(u.problem());
        Syntax s = u.syntax();
        assertEquals(';', s.component());
        assertEquals('|', s.element());
        assertEquals(',', s.decimal());
        assertEquals('!', s.release());
        assertEquals('~', s.repetition());
        assertEquals('#', s.terminator());
        assertEquals(9, u.end());
    }

    @Test
    void spaceInTheRepetitionPositionMeansNoRepetitionSeparator() {
        Syntax s = una("UNA:*.? ~UNB*UNOA:3").syntax();
        assertEquals('*', s.element());
        assertEquals(0, s.repetition());
        assertEquals('~', s.terminator());
    }

    @Test
    void backslashReleaseAndStarRepetition() {
        Syntax s = una("UNA:+.\\*'UNB+UNOA:4").syntax();
        assertEquals('\\', s.release());
        assertEquals('*', s.repetition());
    }

    @Test
    void minusAsElementSeparatorAndStarAsTerminator() {
        ServiceStrings.Una u = una("UNA:-.? *UNB-UNOA:3");
        assertNull(u.problem());
        assertEquals('-', u.syntax().element());
        assertEquals('*', u.syntax().terminator());
    }

    @Test
    void spaceInTheReleasePositionMeansNoReleaseCharacter() {
        assertEquals(0, una("UNA:+.  'UNB+UNOA:3").syntax().release());
    }

    @Test
    void fiveCharacterUnaIsReportedAndCompletedFromTheUnb() {
        ServiceStrings.Una u = una("UNA:+.?'UNB+UNOA:4+X'");
        assertNotNull(u.problem());
        assertEquals(':', u.syntax().component());
        assertEquals('+', u.syntax().element());
        assertEquals('\'', u.syntax().terminator());
        assertEquals(8, u.end());
    }

    @Test
    void fiveCharacterUnaFollowedByALineBreakIsNotANewlineTerminator() {
        ServiceStrings.Una u = una("UNA:+.?'\r\nUNB+UNOA:4+X'\r\nUNH+1'");
        assertNotNull(u.problem());
        assertEquals('\'', u.syntax().terminator());
    }

    @Test
    void newlineAsTheTerminatorIsHonoured() {
        ServiceStrings.Una u = una("UNA:+.? \nUNB+UNOA:3+X\nUNH+1\n");
        assertNull(u.problem());
        assertEquals('\n', u.syntax().terminator());
    }

    @Test
    void lettersAsSeparatorsAreReportedAndTheUnbSeparatorsUsed() {
        ServiceStrings.Una u = una("UNA:+.?*XUNB+UNOA:4+X'");
        assertNotNull(u.problem());
        assertEquals('+', u.syntax().element());
        assertEquals('\'', u.syntax().terminator());
    }

    @Test
    void withoutUnaTheDefaultsApply() {
        byte[] b = "UNB+UNOA:4+X'".getBytes(StandardCharsets.ISO_8859_1);
        Syntax s = ServiceStrings.withoutUna(b, 0, b.length);
        assertEquals(':', s.component());
        assertEquals('+', s.element());
        assertEquals('?', s.release());
        assertEquals('\'', s.terminator());
    }

    @ParameterizedTest
    @CsvSource({
            "UNOA, ISO-8859-1", "UNOB, ISO-8859-1", "UNOC, ISO-8859-1", "UNOD, ISO-8859-2",
            "UNOE, ISO-8859-5", "UNOF, ISO-8859-7", "UNOW, UTF-8", "IATA, ISO-8859-1"})
    void syntaxIdentifierNamesTheCharset(String id, String charset) {
        assertEquals(Charset.forName(charset), ServiceStrings.charsetOf(id));
    }

    @Test
    void unknownSyntaxIdentifierHasNoCharset() {
        assertNull(ServiceStrings.charsetOf("UNOZ"));
    }
}
