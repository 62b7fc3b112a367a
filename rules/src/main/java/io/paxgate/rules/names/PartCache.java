package io.paxgate.rules.names;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of per-part work (a part's skeleton, its vocabulary keys): travellers'
 * name parts repeat heavily (MAMMADOV, ALI, MOHAMMED), so each distinct part is worked out once.
 * Two generations: a hit in the old one moves the entry to the young one; when the young one is
 * full it becomes the old one and the previous old one is dropped. At most {@code maxEntries}
 * entries, no per-entry bookkeeping. Values must be immutable and depend on the key only.
 *
 * <p>{@code -Dpaxgate.names.cache=false} turns every cache off (the uncached path, for A/B runs).
 */
final class PartCache<K, V> {
    static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty("paxgate.names.cache", "true"));
    static final int DEFAULT_MAX_ENTRIES = 1 << 16;

    private final int generationSize;
    private volatile ConcurrentHashMap<K, V> young;
    private volatile ConcurrentHashMap<K, V> old;

    PartCache(int maxEntries) {
        if (maxEntries < 2) {
            throw new IllegalArgumentException("a part cache needs at least 2 entries, was " + maxEntries);
        }
        this.generationSize = maxEntries / 2;
        this.young = new ConcurrentHashMap<>();
        this.old = new ConcurrentHashMap<>();
    }

    /** The value memoised for {@code key}, or null. */
    V get(K key) {
        ConcurrentHashMap<K, V> y = young;
        V v = y.get(key);
        if (v == null) {
            v = old.get(key);
            if (v != null) {
                add(y, key, v);
            }
        }
        return v;
    }

    /** The value memoised for {@code key}, worked out by {@code compute} and memoised on a miss. */
    V get(K key, Function<? super K, ? extends V> compute) {
        V v = get(key);
        if (v == null) {
            v = compute.apply(key);
            put(key, v);
        }
        return v;
    }

    /** Memoises {@code value} for {@code key} (the caller computed it after a miss). */
    void put(K key, V value) {
        add(young, key, value);
    }

    private void add(ConcurrentHashMap<K, V> y, K key, V value) {
        y.put(key, value);
        if (y.size() >= generationSize) {
            rotate(y);
        }
    }

    private synchronized void rotate(ConcurrentHashMap<K, V> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }

    /** Entries held now (both generations; a key may be counted twice while it moves). */
    int size() {
        return young.size() + old.size();
    }
}
