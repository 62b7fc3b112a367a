package io.paxgate.engine.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyIndexTest {
    private static final String PREFIX = "S\u001fJ2123/2026-11-24\u001f";

    @Test
    void findsAddsRemovesAndReAddsInInsertionOrder() {
        KeyIndex keys = new KeyIndex(PREFIX);
        assertEquals(-1, keys.find(PREFIX + "ALIYEV|RASHAD"));
        int a = keys.add(PREFIX + "ALIYEV|RASHAD", 7);
        int b = keys.add(PREFIX + "ИВАНОВ|ИВАН", 9);
        assertEquals(a, keys.find(PREFIX + "ALIYEV|RASHAD"));
        assertEquals(b, keys.find(PREFIX + "ИВАНОВ|ИВАН"));
        assertEquals(PREFIX + "ИВАНОВ|ИВАН", keys.key(b));
        assertEquals(9, keys.value(b));
        keys.remove(a);
        assertFalse(keys.live(a));
        assertEquals(-1, keys.find(PREFIX + "ALIYEV|RASHAD"));
        assertEquals(1, keys.size());
        int again = keys.add(PREFIX + "ALIYEV|RASHAD", 3);
        assertTrue(again > b, "a key added again comes last, as in a LinkedHashMap");
        assertEquals(again, keys.find(PREFIX + "ALIYEV|RASHAD"));
        assertEquals(List.of(PREFIX + "ИВАНОВ|ИВАН", PREFIX + "ALIYEV|RASHAD"), live(keys));
        keys.clear();
        assertEquals(0, keys.size());
        assertEquals(-1, keys.find(PREFIX + "ИВАНОВ|ИВАН"));
    }

    @Test
    void behavesAsALinkedHashMapOverRandomOperations() {
        SplittableRandom rnd = new SplittableRandom(20261124);
        for (int round = 0; round < 20; round++) {
            KeyIndex keys = new KeyIndex(PREFIX);
            Map<String, Integer> model = new LinkedHashMap<>();
            int universe = 1 + rnd.nextInt(2_000);
            for (int op = 0; op < 5_000; op++) {
                // short keys collide in their hash often enough to exercise probing; some non-ASCII
                String key = PREFIX + (rnd.nextInt(10) == 0 ? "Ə" : "") + Integer.toString(rnd.nextInt(universe), 36);
                int id = keys.find(key);
                assertEquals(model.containsKey(key), id >= 0, key);
                switch (rnd.nextInt(4)) {
                    case 0, 1 -> {
                        int value = rnd.nextInt(1 << 20);
                        if (id < 0) {
                            keys.add(key, value);
                        } else {
                            keys.value(id, value);
                        }
                        model.put(key, value);
                    }
                    case 2 -> {
                        if (id >= 0) {
                            keys.remove(id);
                            model.remove(key);
                        }
                    }
                    default -> assertEquals(model.get(key), id < 0 ? null : keys.value(id));
                }
                assertEquals(model.size(), keys.size());
            }
            assertEquals(new ArrayList<>(model.keySet()), live(keys));
            for (Map.Entry<String, Integer> e : model.entrySet()) {
                assertEquals(e.getValue(), keys.value(keys.find(e.getKey())));
            }
        }
    }

    private static List<String> live(KeyIndex keys) {
        List<String> out = new ArrayList<>();
        for (int id = 0; id < keys.ids(); id++) {
            if (keys.live(id)) {
                out.add(keys.key(id));
            }
        }
        return out;
    }
}
