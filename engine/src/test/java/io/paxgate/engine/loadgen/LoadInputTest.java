package io.paxgate.engine.loadgen;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        LoadInput input = LoadInput.generated(CONFIG, 7, 3, LoadInput.Order.STEADY, 1);

        int passes = input.prepare(1_000_000);

        assertTrue(passes == 2, "passes " + passes);
        assertSame(input.pass(1), input.pass(5));
        assertSame(input.pass(0), input.pass(4));
        assertTrue(input.describe().contains("repeat"), input.describe());
    }

    @Test
    void inSteadyStateOrderAPassIsADaysListsWithTheNextDaysPushes() {
        LoadInput steady = LoadInput.generated(CONFIG, 7, 20, LoadInput.Order.STEADY);
        LoadInput byFlight = LoadInput.generated(CONFIG, 7, 20, LoadInput.Order.BY_FLIGHT);

        // the same messages as the days sent one by one, a day's pushes a pass earlier
        List<String> first = new ArrayList<>(texts(pushes(byFlight.pass(0))));
        first.addAll(texts(lists(byFlight.pass(0))));
        first.addAll(texts(pushes(byFlight.pass(1))));
        assertEquals(sorted(first), sorted(texts(steady.pass(0))));
        List<String> second = new ArrayList<>(texts(lists(byFlight.pass(1))));
        second.addAll(texts(pushes(byFlight.pass(2))));
        assertEquals(sorted(second), sorted(texts(steady.pass(1))));
    }

    @Test
    void inSteadyStateOrderTheNextDaysPushesAreSpreadThroughThePass() {
        List<LoadInput.Item> pass = LoadInput.generated(CONFIG, 7, 40, LoadInput.Order.STEADY).pass(1);

        // at their send times (24 h before departure), among the lists of flights leaving now
        int[] at = IntStream.range(0, pass.size()).filter(i -> push(pass.get(i))).toArray();
        assertTrue(at.length > 4, "pushes " + at.length);
        assertTrue(at[0] < pass.size() / 4 && at[at.length - 1] > pass.size() * 3 / 4,
                "pushes from " + at[0] + " to " + at[at.length - 1] + " of " + pass.size());
    }

    private static boolean push(LoadInput.Item i) {
        return i.name().endsWith("-pnrgov");
    }

    private static List<LoadInput.Item> pushes(List<LoadInput.Item> items) {
        return items.stream().filter(LoadInputTest::push).toList();
    }

    private static List<LoadInput.Item> lists(List<LoadInput.Item> items) {
        return items.stream().filter(i -> !push(i)).toList();
    }

    private static List<String> texts(List<LoadInput.Item> items) {
        return items.stream().map(i -> new String(i.template().original(), StandardCharsets.ISO_8859_1)).toList();
    }

    private static List<String> sorted(List<String> texts) {
        return texts.stream().sorted().toList();
    }
}
