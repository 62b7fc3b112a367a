package io.paxgate.engine.pipeline;

import java.util.Arrays;

/**
 * An insertion-ordered set of keys that all begin with one prefix, each with an int value, in a
 * handful of arrays instead of an object per key. The flight board keeps one per flight for its
 * seats and one for its bookings: a million seats held as {@code LinkedHashMap} entries, key
 * Strings and value objects were about 300 bytes and six objects each, nearly all of the engine's
 * live heap, and the collector traced them on every cycle. Here a key is its characters after the
 * prefix in a shared {@code char[]}, and ids are given in insertion order.
 *
 * <p>A removed key keeps its id (dead); adding it again gives a new id at the end, as a
 * {@code LinkedHashMap} would order it. Not thread-safe: the board uses it under the flight's lock.
 */
final class KeyIndex {
    private static final int[] NONE = {};

    private final String prefix;
    private char[] chars = new char[0];
    private int used;
    /** Per id: where its characters start, how many (-1 once removed), its hash, its value. */
    private int[] start = NONE;
    private int[] length = NONE;
    private int[] hash = NONE;
    private int[] values = NONE;
    private int ids;
    private int live;
    /** Open addressing, linear probing: id + 1 per slot, 0 free; a power of two, at most half full. */
    private int[] table = NONE;

    KeyIndex(String prefix) {
        this.prefix = prefix;
    }

    /** The id of {@code key} (which begins with the prefix), or -1 when it is not here. */
    int find(String key) {
        if (table.length == 0) {
            return -1;
        }
        int h = hash(key);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot] - 1;
            if (id < 0) {
                return -1;
            }
            if (hash[id] == h && length[id] >= 0 && same(id, key)) {
                return id;
            }
        }
    }

    /** Adds {@code key}, which must not be here, with its value; returns its id. */
    int add(String key, int value) {
        int n = key.length() - prefix.length();
        if (ids == start.length) {
            int grown = Math.max(8, ids * 2);
            start = Arrays.copyOf(start, grown);
            length = Arrays.copyOf(length, grown);
            hash = Arrays.copyOf(hash, grown);
            values = Arrays.copyOf(values, grown);
        }
        if (used + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(used + n, Math.max(64, chars.length * 2)));
        }
        key.getChars(prefix.length(), key.length(), chars, used);
        int id = ids++;
        start[id] = used;
        length[id] = n;
        hash[id] = hash(key);
        values[id] = value;
        used += n;
        live++;
        if (2 * ids > table.length) {
            rehash(Math.max(16, table.length * 2));
        } else {
            place(id);
        }
        return id;
    }

    int value(int id) {
        return values[id];
    }

    void value(int id, int value) {
        values[id] = value;
    }

    /** Removes the key of {@code id} (its id stays, dead). */
    void remove(int id) {
        if (length[id] >= 0) {
            length[id] = -1;
            live--;
        }
    }

    /** Whether {@code id} names a key still here. */
    boolean live(int id) {
        return length[id] >= 0;
    }

    /** Ids given so far, live or not: iterate {@code 0 <= id < ids()} and skip the dead. */
    int ids() {
        return ids;
    }

    int size() {
        return live;
    }

    /** The whole key of a live id (the prefix and its characters). */
    String key(int id) {
        return prefix.concat(suffix(id));
    }

    /** A live id's key without the prefix. */
    String suffix(int id) {
        return new String(chars, start[id], length[id]);
    }

    void clear() {
        chars = new char[0];
        start = length = hash = values = table = NONE;
        used = ids = live = 0;
    }

    private boolean same(int id, String key) {
        int n = length[id];
        if (key.length() - prefix.length() != n) {
            return false;
        }
        int at = start[id];
        for (int i = 0; i < n; i++) {
            if (chars[at + i] != key.charAt(prefix.length() + i)) {
                return false;
            }
        }
        return true;
    }

    private int hash(String key) {
        int h = 0;
        for (int i = prefix.length(); i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    private void rehash(int size) {
        table = new int[size];
        for (int id = 0; id < ids; id++) {
            if (length[id] >= 0) {
                place(id);
            }
        }
    }

    private void place(int id) {
        int mask = table.length - 1;
        int slot = hash[id] & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = id + 1;
    }
}
