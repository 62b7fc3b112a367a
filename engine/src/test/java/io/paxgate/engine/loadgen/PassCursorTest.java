package io.paxgate.engine.loadgen;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PassCursorTest {

    /** Passes of 3, 1 and 2 inputs named "pass.position", then the same again. */
    private static final class Uneven extends LoadInput {
        private static final int[] SIZES = {3, 1, 2};

        @Override
        public List<Item> pass(int p) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < SIZES[p % SIZES.length]; i++) {
                items.add(new Item(p + "." + i, ("UNB+" + p + i).getBytes()));
            }
            return items;
        }

        @Override
        public List<Item> iapi() {
            return List.of();
        }

        @Override
        public String describe() {
            return "uneven";
        }
    }

    @Test
    void everyInputOfEveryPassIsSentOnceInOrderWhateverThePassSizes() {
        PassCursor c = new PassCursor(new Uneven());
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(c.next().name());
        }
        assertEquals(List.of("0.0", "0.1", "0.2", "1.0", "2.0", "2.1", "3.0", "3.1"), sent);
        assertEquals(3, c.pass());
    }
}
