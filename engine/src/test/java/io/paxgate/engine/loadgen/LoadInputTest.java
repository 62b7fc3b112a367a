package io.paxgate.engine.loadgen;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadInputTest {
    private static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

    @Test
    void generatedInputPreparesEveryPassTheRunNeedsBeforeItStarts() {
        LoadInput input = LoadInput.generated(CONFIG, 7, 3);
        int first = input.pass(0).size();

        long needed = first * 2L + 1;
        int passes = input.prepare(needed);

        // just enough passes: all of them hold the sends, all but the last do not
        long held = 0;
        for (int p = 0; p < passes - 1; p++) {
            held += input.pass(p).size();
        }
        assertTrue(held < needed);
        assertTrue(held + input.pass(passes - 1).size() >= needed);
        // prepared passes are kept: the run reads them, it does not generate them again
        List<LoadInput.Item> last = input.pass(passes - 1);
        assertSame(last, input.pass(passes - 1));
    }

    @Test
    void eachGeneratedPassIsANewDayOfTraffic() {
        LoadInput input = LoadInput.generated(CONFIG, 7, 3);
        input.prepare(1);

        byte[] day0 = input.pass(0).get(0).template().original();
        byte[] day1 = input.pass(1).get(0).template().original();

        assertFalse(java.util.Arrays.equals(day0, day1));
    }

    @Test
    void generatedDaysRepeatOnceTheyFillTheirShareOfTheHeap() {
        // a budget of one byte: the second day spends it, later passes repeat the two days made
        LoadInput input = LoadInput.generated(CONFIG, 7, 3, 1);

        int passes = input.prepare(1_000_000);

        assertTrue(passes == 2, "passes " + passes);
        assertSame(input.pass(1), input.pass(5));
        assertSame(input.pass(0), input.pass(4));
        assertTrue(input.describe().contains("repeat"), input.describe());
    }
}
