package io.paxgate.rules.documents;

import io.paxgate.rules.country.CountryCodes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentKeyTest {
    @Test
    void numberLosesSpacesDashesDotsAndCase() {
        assertEquals(new DocumentKey("C01234567", "AZE", 'P'), DocumentKey.of(" c-0123.45 67 ", "aze", "P"));
        assertEquals("AB123", DocumentKey.normaliseNumber("ab/123<<<"));
    }

    @Test
    void countriesBecomeThreeLetterCodes() {
        assertEquals("DEU", DocumentKey.of("1", "D", null).issuingCountry());
        assertEquals("RUS", DocumentKey.of("1", "ru", null).issuingCountry());
        assertEquals("TUR", DocumentKey.of("1", "Türkiye", null).issuingCountry());
    }

    @Test
    void codesAnswerAsTheirLowerCaseSpellingDoes() {
        // upper-case codes are looked up as written; the answer must be the one the name table gives
        for (String a2 : java.util.Locale.getISOCountries()) {
            assertEquals(CountryCodes.toAlpha3(a2.toLowerCase(java.util.Locale.ROOT)), CountryCodes.toAlpha3(a2), a2);
            String a3 = new java.util.Locale("", a2).getISO3Country();
            if (!a3.isEmpty()) {
                assertEquals(CountryCodes.toAlpha3(a3.toLowerCase(java.util.Locale.ROOT)), CountryCodes.toAlpha3(a3), a3);
            }
        }
        assertEquals("AZE", CountryCodes.toAlpha3("AZE"));
        assertEquals("AZE", CountryCodes.toAlpha3(" AZ "));
        assertEquals("DEU", CountryCodes.toAlpha3("D"));
        assertEquals("XYZ", CountryCodes.toAlpha3("XYZ")); // unknown: as sent
    }

    @Test
    void typesBecomeTheDoc9303Letter() {
        assertEquals('P', DocumentKey.normaliseType("PD"));
        assertEquals('P', DocumentKey.normaliseType("passport"));
        assertEquals('I', DocumentKey.normaliseType("ID"));
        assertEquals('I', DocumentKey.normaliseType("Identity card"));
        assertEquals(DocumentKey.ANY_TYPE, DocumentKey.normaliseType(""));
        assertEquals(DocumentKey.ANY_TYPE, DocumentKey.normaliseType(null));
    }

    @Test
    void malformedPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DocumentKey.of("--", "AZE", "P"));
        assertThrows(IllegalArgumentException.class, () -> DocumentKey.of("AB#1", "AZE", "P"));
        assertThrows(IllegalArgumentException.class, () -> DocumentKey.of("AB1", "Atlantis", "P"));
    }
}
