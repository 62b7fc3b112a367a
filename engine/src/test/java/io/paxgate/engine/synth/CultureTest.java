package io.paxgate.engine.synth;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CultureTest {
    static Map<String, Integer> draws(Culture c, char sex, int n) {
        SplittableRandom r = new SplittableRandom(3);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(c.surname(r, sex), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void commonSurnamesAreDrawnMoreOftenThanRareOnes() {
        Map<String, Integer> az = draws(Culture.AZERBAIJANI, 'M', 20_000);
        assertTrue(az.get("MAMMADOV") > 4 * az.get("SHIRINOV"), az.toString());
    }

    @Test
    void womenTakeTheFemaleFormWhereTheCultureHasOne() {
        assertTrue(draws(Culture.AZERBAIJANI, 'F', 2_000).keySet().stream().allMatch(s -> s.endsWith("A")));
        assertTrue(draws(Culture.RUSSIAN, 'F', 2_000).containsKey("IVANOVA"));
        assertTrue(draws(Culture.TURKISH, 'F', 2_000).containsKey("YILMAZ"));
    }

    @Test
    void namesWithSpacesAndApostrophesSurviveThePool() {
        Map<String, Integer> eu = draws(Culture.EUROPEAN, 'M', 20_000);
        assertTrue(eu.containsKey("DE JONG") && eu.containsKey("O'CONNOR") && eu.containsKey("VAN DIJK"), eu.keySet().toString());
    }

    @Test
    void nationalitiesFollowTheCulture() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 100; i++) {
            assertEquals("IRN", Culture.PERSIAN.nationality(r));
        }
    }
}
