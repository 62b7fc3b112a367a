package io.paxgate.rules.watchlist;

import java.time.Instant;
import java.util.List;

/**
 * One version of one person list, immutable once loaded.
 *
 * @param name     the list's name in config
 * @param version  increases by one on every successful load of this list
 * @param source   the file it was loaded from
 * @param loadedAt when
 */
public record Watchlist(String name, long version, String source, Instant loadedAt, List<WatchlistEntry> entries) {
    public Watchlist {
        entries = List.copyOf(entries);
    }
}
