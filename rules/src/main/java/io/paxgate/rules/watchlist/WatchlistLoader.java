package io.paxgate.rules.watchlist;

import java.util.List;

/** Reads one list file into entries, streaming; a bad file throws {@link WatchlistLoadException}. */
public interface WatchlistLoader {
    /**
     * @return the entries in file order, ids unique within the file
     * @throws WatchlistLoadException naming file, line or element, field and the fix
     */
    List<WatchlistEntry> load(ListSpec spec);
}
