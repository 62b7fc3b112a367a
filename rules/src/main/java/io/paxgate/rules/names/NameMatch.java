package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.util.Locale;

/**
 * A hit: which entry, through which of its names, how strong, and why.
 *
 * @param entry       the listed person
 * @param alias       the listed name (primary or alias) that matched best
 * @param score       0..1
 * @param explanation features and their contributions
 */
public record NameMatch(WatchlistEntry entry, ListedName alias, double score, Explanation explanation) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s/%s \"%s\" via %s \"%s\" score %.3f: %s", entry.list(), entry.id(),
                entry.primaryName().full(), alias.quality().name().toLowerCase(Locale.ROOT), alias.full(), score,
                explanation);
    }
}
