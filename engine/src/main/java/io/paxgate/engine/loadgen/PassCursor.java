package io.paxgate.engine.loadgen;

import java.util.List;

/**
 * Walks the load's batch inputs in order, pass after pass, whatever each pass's size (a generated
 * day is a new pass of its own length).
 */
final class PassCursor {
    private final LoadInput input;
    private List<LoadInput.Item> items;
    private int pass;
    private int at;

    PassCursor(LoadInput input) {
        this.input = input;
        this.items = input.pass(0);
    }

    LoadInput.Item next() {
        if (at == items.size()) {
            items = input.pass(++pass);
            at = 0;
        }
        return items.get(at++);
    }

    /** The pass the last input came from (0, 1, ...). */
    int pass() {
        return pass;
    }
}
