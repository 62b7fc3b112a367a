package io.paxgate.parsers.pnrgov.xml;

import java.util.HashMap;
import java.util.Map;

/**
 * Small ids for element and attribute names: two names get the same id exactly when they are
 * {@code equalsIgnoreCase}, so the mapping compares ints where it compared names. The parser
 * interns names and the mapping asks with literals, so a name is looked up by identity first
 * and folded only the first time it is seen. Per decoder, not thread-safe.
 */
final class XmlNames {
    /** More distinct names than any PNRGOV push has: dropped before a parse when passed. */
    private static final int MAX_REMEMBERED = 8192;

    private String[] known = new String[512];
    private int[] knownIds = new int[512];
    private int size;
    private final Map<String, Integer> byFold = new HashMap<>();

    /** Called before each document: forgets the names of a hostile one. */
    void reset() {
        if (byFold.size() > MAX_REMEMBERED || size > MAX_REMEMBERED) {
            known = new String[512];
            knownIds = new int[512];
            size = 0;
            byFold.clear();
        }
    }

    int id(String name) {
        int mask = known.length - 1;
        int h = name.hashCode();
        for (int i = (h ^ h >>> 16) & mask; ; i = (i + 1) & mask) {
            String k = known[i];
            if (k == name) {
                return knownIds[i];
            }
            if (k == null) {
                return add(name);
            }
        }
    }

    /** Bit of {@code id} in a 64-bit set of names (several names share a bit). */
    static long bit(int id) {
        return 1L << id;
    }

    private int add(String name) {
        Integer id = byFold.computeIfAbsent(fold(name), f -> byFold.size());
        if (++size * 2 > known.length) {
            grow();
        }
        put(name, id);
        return id;
    }

    private void put(String name, int id) {
        int mask = known.length - 1;
        int h = name.hashCode();
        int i = (h ^ h >>> 16) & mask;
        while (known[i] != null) {
            i = (i + 1) & mask;
        }
        known[i] = name;
        knownIds[i] = id;
    }

    private void grow() {
        String[] names = known;
        int[] ids = knownIds;
        known = new String[names.length * 2];
        knownIds = new int[names.length * 2];
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                put(names[i], ids[i]);
            }
        }
    }

    // equalsIgnoreCase compares chars after toUpperCase, then after toLowerCase of that: the
    // same fold per code point makes equal keys of exactly the names it takes as equal
    static String fold(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return sb.toString();
    }
}
