package io.paxgate.parsers.pnrgov;

import io.paxgate.parsers.model.Address;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SsrDocsParserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void docsFieldsArePositional() {
        SsrDocsParser.Docs d = SsrDocsParser.docs("/P/DEU/C01X00T47/DEU/17JUN85/F/30MAY31/MUELLER/ANNA/MARIA", TODAY);
        assertEquals("P", d.document().type);
        assertEquals("DEU", d.document().issuingCountry);
        assertEquals("C01X00T47", d.document().number);
        assertEquals("DEU", d.nationality());
        assertEquals(LocalDate.of(1985, 6, 17), d.birthDate());
        assertEquals("F", d.sex());
        assertEquals(LocalDate.of(2031, 5, 30), d.document().expiryDate);
        assertEquals("MUELLER", d.surname());
        assertEquals("ANNA MARIA", d.givenNames());
        assertFalse(d.infant());
    }

    @Test
    void docsWithEmptyFieldsAndBadDatesKeepsWhatIsThere() {
        SsrDocsParser.Docs d = SsrDocsParser.docs("/P//X123////31FEB99/DOE", TODAY);
        assertEquals("X123", d.document().number);
        assertNull(d.document().issuingCountry);
        assertNull(d.birthDate());
        assertFalse(d.birthDateInvalid());
        assertTrue(d.expiryInvalid());
        assertEquals("DOE", d.surname());
        assertNull(d.givenNames());
    }

    @Test
    void infantDocsIsRecognisedBySex() {
        assertTrue(SsrDocsParser.docs("/P/POL/EB1/POL/05JAN25/FI/05JAN30/K/Z", TODAY).infant());
    }

    @Test
    void docoIsAVisa() {
        SsrDocsParser.Doco d = SsrDocsParser.doco("/BERLIN/V/12345678/NEW YORK/01JAN25/USA", TODAY);
        assertEquals("BERLIN", d.birthPlace());
        assertEquals("V", d.document().type);
        assertEquals("12345678", d.document().number);
        assertEquals("NEW YORK", d.document().placeOfIssue);
        assertEquals(LocalDate.of(2025, 1, 1), d.document().issueDate);
        assertEquals("USA", d.document().issuingCountry);
    }

    @Test
    void docaIsAnAddress() {
        Address a = SsrDocsParser.doca("/D/USA/350 FIFTH AVENUE/NEW YORK/NY/10118");
        assertEquals("D", a.type);
        assertEquals("USA", a.country);
        assertEquals("350 FIFTH AVENUE", a.street);
        assertEquals("NEW YORK", a.city);
        assertEquals("NY", a.subEntity);
        assertEquals("10118", a.postcode);
    }

    @Test
    void splitKeepsExtraFieldsInTheLast() {
        assertArrayEquals(new String[] {"A", "B", "C/D"}, SsrDocsParser.split("/A/B/C/D", 3));
        assertArrayEquals(new String[] {"A", null, null}, SsrDocsParser.split("A", 3));
        assertArrayEquals(new String[] {null, null}, SsrDocsParser.split(null, 2));
    }
}
