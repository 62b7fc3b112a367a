package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.util.List;

/**
 * Two names to compare, as analysts give them in a pair file ({@code ./paxgate match-names}) and
 * as the evaluation set holds them: the first is scored as the traveller, the second as a listed
 * name.
 */
public record NamePair(String name1, String name2, BirthDate birthDate1, BirthDate birthDate2,
                       String nationality1, String nationality2) {

    public NameMatch match(NameScorer scorer) {
        NameQuery q = new NameQuery(null, name1, birthDate1, blankToNull(nationality1), null, List.of());
        ListedName listed = ListedName.primary(name2);
        WatchlistEntry entry = new WatchlistEntry("pair", "pairs", WatchlistEntry.EntryType.PERSON, "pairs", 1,
                List.of(listed), birthDate2 == null ? List.of() : List.of(birthDate2),
                blankToNull(nationality2) == null ? List.of() : List.of(nationality2.trim()), null, List.of(), null);
        return scorer.match(q, entry, listed);
    }

    public double score(NameScorer scorer) {
        return match(scorer).score();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
