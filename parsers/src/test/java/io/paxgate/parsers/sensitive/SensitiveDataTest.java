package io.paxgate.parsers.sensitive;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SensitiveDataTest {

    @Test
    void faithMealsAreReligion() {
        for (String code : new String[] {"MOML", "KSML", "HNML", "VJML", "AVML"}) {
            assertEquals(SensitiveData.RELIGION, SensitiveData.ssrCategory(code), code);
        }
    }

    @Test
    void everyOtherMealCodeIsHealth() {
        for (String code : new String[] {"DBML", "GFML", "LSML", "VGML", "BLML", "SPML"}) {
            assertEquals(SensitiveData.HEALTH, SensitiveData.ssrCategory(code), code);
        }
    }

    @Test
    void medicalAndAssistanceSsrsAreHealth() {
        for (String code : new String[] {"MEDA", "WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA", "OXYG", "STCR"}) {
            assertEquals(SensitiveData.HEALTH, SensitiveData.ssrCategory(code), code);
        }
    }

    @Test
    void ordinarySsrsAreNotSensitive() {
        for (String code : new String[] {"SEAT", "BIKE", "PETC", "XBAG", "TKNE", "OTHS", "DOCS"}) {
            assertNull(SensitiveData.ssrCategory(code), code);
        }
        assertNull(SensitiveData.ssrCategory(null));
    }

    @Test
    void freeTextKeywordsAreWholeWordsInAnyCase() {
        assertEquals(SensitiveData.RELIGION, SensitiveData.textCategory("pls provide halal meal"));
        assertEquals(SensitiveData.RELIGION, SensitiveData.textCategory("KOSHER/STRICT"));
        assertEquals(SensitiveData.HEALTH, SensitiveData.textCategory("PAX DIABETIC NEEDS SNACK"));
        assertEquals(SensitiveData.HEALTH, SensitiveData.textCategory("PREGNANT 32 WEEKS"));
        assertEquals(SensitiveData.HEALTH, SensitiveData.textCategory("OWN OXYGEN-CONCENTRATOR"));
        assertEquals(SensitiveData.HEALTH, SensitiveData.textCategory("DIALYSIS AT DESTINATION"));
        assertNull(SensitiveData.textCategory("BLINDSIDE TOURS LTD"));
        assertNull(SensitiveData.textCategory("CTCM 4915112345678"));
        assertNull(SensitiveData.textCategory(null));
    }

    @Test
    void codeWinsOverText() {
        assertEquals(SensitiveData.RELIGION, SensitiveData.classify("KSML", "WHEELCHAIR"));
        assertEquals(SensitiveData.HEALTH, SensitiveData.classify("OTHS", "WHEELCHAIR AT ARRIVAL"));
    }
}
