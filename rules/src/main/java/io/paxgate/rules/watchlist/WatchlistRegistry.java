package io.paxgate.rules.watchlist;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The person lists in force, each with an index derived from it (the name index, built by a
 * pluggable function). A reload loads the file and builds the index off to the side, then swaps
 * one volatile reference to an immutable {@link Snapshot}: readers see the old list and index or
 * the new ones, never a mix or half a list. A bad file leaves the previous version in force.
 *
 * @param <T> the derived index type
 */
public final class WatchlistRegistry<T> {

    /** One list version with the index built from it. */
    public record LoadedList<T>(ListSpec spec, Watchlist list, T index) {
    }

    /**
     * Every list in force at one moment; immutable. {@link #inForce} holds the same lists as
     * {@link #lists}, in its order, made once here so that screening each traveller walks a list
     * instead of making an iterator of the map's entries.
     */
    public static final class Snapshot<T> {
        private final long generation;
        private final Map<String, LoadedList<T>> lists;
        private final List<LoadedList<T>> inForce;

        public Snapshot(long generation, Map<String, LoadedList<T>> lists) {
            this.generation = generation;
            this.lists = Map.copyOf(lists);
            this.inForce = List.copyOf(this.lists.values());
        }

        public long generation() {
            return generation;
        }

        public Map<String, LoadedList<T>> lists() {
            return lists;
        }

        public List<LoadedList<T>> inForce() {
            return inForce;
        }

        /** The list in force under {@code name}, or null. */
        public LoadedList<T> get(String name) {
            return lists.get(name);
        }
    }

    /**
     * What a reload did; counts compare entry ids with the previous version.
     *
     * @param changed entries whose id is in both versions but whose content differs
     */
    public record ReloadResult(String list, long version, int entries, int added, int removed, int changed,
                               Duration elapsed) {
    }

    private final Function<Watchlist, T> indexer;
    private volatile Snapshot<T> snapshot = new Snapshot<>(0, Map.of());

    /** @param indexer builds the derived index of a list version; must not keep a reference to mutable state */
    public WatchlistRegistry(Function<Watchlist, T> indexer) {
        this.indexer = Objects.requireNonNull(indexer);
    }

    /** A registry without an index (the index slot holds null). */
    public static WatchlistRegistry<Void> withoutIndex() {
        return new WatchlistRegistry<>(w -> null);
    }

    /** Everything in force now; hold on to it for a consistent view across several reads. */
    public Snapshot<T> snapshot() {
        return snapshot;
    }

    /**
     * Loads {@code spec}'s file, builds its index and puts both in force.
     *
     * @throws WatchlistLoadException when the file is bad: nothing changes and the previous
     *                                version stays in force
     */
    public synchronized ReloadResult reload(ListSpec spec) {
        long start = System.nanoTime();
        List<WatchlistEntry> entries = spec.loader().load(spec);
        LoadedList<T> old = snapshot.get(spec.name());
        long version = old == null ? 1 : old.list().version() + 1;
        Watchlist list = new Watchlist(spec.name(), version, spec.path().toString(), Instant.now(), entries);
        T index = indexer.apply(list);

        int added = 0;
        int removed = 0;
        int changed = 0;
        if (old == null) {
            added = entries.size();
        } else {
            Map<String, WatchlistEntry> before = new HashMap<>(old.list().entries().size() * 4 / 3 + 1);
            for (WatchlistEntry e : old.list().entries()) {
                before.put(e.id(), e);
            }
            for (WatchlistEntry e : entries) {
                WatchlistEntry was = before.remove(e.id());
                if (was == null) {
                    added++;
                } else if (!was.equals(e)) {
                    changed++;
                }
            }
            removed = before.size();
        }

        Map<String, LoadedList<T>> next = new HashMap<>(snapshot.lists());
        next.put(spec.name(), new LoadedList<>(spec, list, index));
        snapshot = new Snapshot<>(snapshot.generation() + 1, next);
        return new ReloadResult(spec.name(), version, entries.size(), added, removed, changed,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Takes {@code name} out of force (it was removed from config); false when it was not loaded. */
    public synchronized boolean remove(String name) {
        if (snapshot.get(name) == null) {
            return false;
        }
        Map<String, LoadedList<T>> next = new HashMap<>(snapshot.lists());
        next.remove(name);
        snapshot = new Snapshot<>(snapshot.generation() + 1, next);
        return true;
    }
}
