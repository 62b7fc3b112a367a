package io.paxgate.parsers.pnrgov.xml;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlNamesTest {
    @Test
    void namesGetOneIdExactlyWhenTheyAreEqualIgnoringCase() {
        // long s, Kelvin sign and dotted capital I fold to ASCII letters in equalsIgnoreCase
        List<String> sent = List.of("SSR", "ssr", "\u017Fsr", "Kelvin", "\u212Aelvin", "ID", "\u0130D", "id",
                "PNR", "PNRs", "Surname", "SurName", "\uD801\uDC00", "\uD801\uDC28", "M\u00DCLLER", "m\u00FCller");
        XmlNames names = new XmlNames();
        for (String a : sent) {
            for (String b : sent) {
                // a copy is not the same String: looked up by its fold, not by identity
                assertEquals(a.equalsIgnoreCase(b), names.id(a) == names.id(new String(b)), a + " / " + b);
            }
        }
    }

    @Test
    void manyNamesKeepTheirIdsAsTheTableGrows() {
        XmlNames names = new XmlNames();
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, names.id("Name" + i));
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, names.id("NAME" + i));
        }
    }
}
