package io.paxgate.engine.synth;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantsTest {
    static final Plants.ListedPerson QASIMOV = new Plants.ListedPerson("national", "NAT-0004", "QASIMOV", "XAYAL",
            LocalDate.of(1982, 11, 2), LocalDate.of(1982, 11, 2), "AZE", "M", List.of("GASIMOV/KHAYAL"));

    @Test
    void transliterationRewritesTheSurnameFirst() {
        assertArrayEquals(new String[] {"GASIMOV", "XAYAL"}, Variants.transliterate("QASIMOV", "XAYAL"));
    }

    @Test
    void transliterationFallsBackToTheGivenNames() {
        assertArrayEquals(new String[] {"TAN", "KHAVIER"}, Variants.transliterate("TAN", "XAVIER"));
    }

    @Test
    void orderSwapsSurnameAndGivenNames() {
        String[] v = Variants.spell(QASIMOV, Variants.Kind.ORDER.ordinal(), new SplittableRandom(1));
        assertArrayEquals(new String[] {"XAYAL", "QASIMOV"}, v);
    }

    @Test
    void aliasKindUsesOneOfTheListsAliases() {
        String[] v = Variants.spell(QASIMOV, Variants.Kind.ALIAS.ordinal(), new SplittableRandom(1));
        assertArrayEquals(new String[] {"GASIMOV", "KHAYAL"}, v);
    }

    @Test
    void typoSwapsTwoNeighbouringLettersAfterTheFirst() {
        for (int seed = 0; seed < 50; seed++) {
            String[] v = Variants.typo("QASIMOV", "XAYAL", new SplittableRandom(seed));
            assertEquals("XAYAL", v[1]);
            assertEquals('Q', v[0].charAt(0));
            assertEquals(7, v[0].length());
            assertNotEquals("QASIMOV", v[0]);
            assertTrue(sameLetters("QASIMOV", v[0]), v[0]);
        }
    }

    @Test
    void aVariantIsNeverTheListedSpelling() {
        Plants.ListedPerson plain = new Plants.ListedPerson("l", "1", "ABC", "DEFGH", LocalDate.of(1980, 1, 1), null,
                null, null, List.of());
        for (int turn = 0; turn < 8; turn++) {
            Variants.Spelling v = Variants.variant(plain, turn, new SplittableRandom(turn));
            assertTrue(!v.surname().equals("ABC") || !v.givenNames().equals("DEFGH"), v.toString());
        }
    }

    @Test
    void aVariantSaysHowItDiffers() {
        Variants.Spelling swapped = Variants.variant(QASIMOV, Variants.Kind.ORDER.ordinal(), new SplittableRandom(1));
        assertEquals("surname and given names swapped", swapped.how());
        Variants.Spelling t = Variants.variant(QASIMOV, Variants.Kind.TRANSLITERATION.ordinal(), new SplittableRandom(1));
        assertEquals("transliteration Q->G in the surname", t.how(), t.toString());
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }
}
