package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameIndexTest {
    static WatchlistEntry person(String id, String... names) {
        List<ListedName> ns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            ns.add(new ListedName(names[i], null, null, i == 0 ? ListedName.Quality.PRIMARY : ListedName.Quality.GOOD));
        }
        return new WatchlistEntry(id, "test", WatchlistEntry.EntryType.PERSON, "sanctions", 3, ns,
                List.of(BirthDate.year(1982)), List.of("AZE"), null, List.of(), null);
    }

    static final List<WatchlistEntry> LIST = List.of(
            person("1", "RASHAD ELDAR OGLU ALIYEV", "ALIEV RASHAD"),
            person("2", "ELCHIN MAMMADOV"),
            person("3", "MOHAMMED AL-QAHTANI"),
            person("4", "BASHAR AL-ASSAD"),
            person("5", "Хрущёв Никита"),
            person("6", "MADONNA"),
            person("7", "ELCHIN ALIYEV"),
            person("8", "محمد علي"));

    static final NameIndex INDEX = NameIndex.build(LIST);

    private List<String> ids(String name) {
        return INDEX.search(NameQuery.of(name)).stream().map(m -> m.entry().id()).toList();
    }

    @Test
    void findsVariantsAcrossAlphabets() {
        assertEquals(List.of("1"), ids("Рашад Алиев"));
        assertEquals("2", ids("MAMEDOV ELCIN").get(0));
        assertEquals(List.of("3"), ids("MUHAMMAD ALQAHTANI"));
        assertEquals(List.of("4"), ids("ASSAD BASHAR"));
        assertEquals(List.of("5"), ids("NIKITA KHRUSHCHEV"));
        assertEquals(List.of("8"), ids("MOHAMMED ALI"));
    }

    @Test
    void findsATypoInEitherPart() {
        assertEquals(List.of("1"), ids("RASHAD ALIYEB"));
        assertEquals(List.of("2"), ids("ELCHIN MAMMADOF"));
    }

    @Test
    void findsSinglePartNames() {
        assertEquals(List.of("6"), ids("MADONNA"));
    }

    @Test
    void aDifferentPersonWithTheSameSurnameIsNotAHit() {
        assertEquals(List.of(), ids("KAMRAN ALIYEV"));
    }

    @Test
    void oneHitPerEntryThroughItsBestName() {
        List<NameMatch> hits = INDEX.search(NameQuery.of("ALIEV RASHAD"));
        assertEquals(1, hits.size());
        assertEquals("ALIEV RASHAD", hits.get(0).alias().full());
        assertTrue(hits.get(0).score() >= 0.99, hits.get(0).toString());
    }

    @Test
    void birthDateCorroboratesInTheSearch() {
        NameQuery q = NameQuery.of("RASHAD ALIYEV").withBirthDate(BirthDate.exact(LocalDate.of(1950, 1, 1)));
        assertEquals(List.of(), INDEX.search(q));
    }

    @Test
    void veryCommonPartsAreCappedButPairsStillFindTheEntry() {
        List<WatchlistEntry> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            list.add(person("m" + i, "MOHAMMED X" + Integer.toString(i, 26).toUpperCase() + "QZV"));
            list.add(person("a" + i, "ALI Y" + Integer.toString(i, 26).toUpperCase() + "QZV"));
        }
        list.add(person("target", "MOHAMMED ALI"));
        NameIndex small = NameIndex.build(list, 50);
        List<NameMatch> hits = small.search(NameQuery.of("MUHAMMAD ALI"));
        assertEquals("target", hits.get(0).entry().id());
        assertTrue(small.candidateCount(NameQuery.of("MUHAMMAD ALI")) < 50, "capped keys were visited");
    }

    @Test
    void aPairListedMoreOftenThanTheCapIsVisitedWhole() {
        // RASHAD and MAMMADOV are each over the cap, so only the pair key can find the names, and
        // the pair itself occurs 120 times: the last one listed must still be found.
        List<WatchlistEntry> list = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            list.add(person("p" + i, "RASHAD MAMMADOV"));
        }
        NameIndex small = NameIndex.build(list, 50);
        List<NameMatch> hits = small.search(NameQuery.of("RASHAD MAMMADOV"), MatchThresholds.DEFAULT, 200);
        List<String> found = hits.stream().map(m -> m.entry().id()).toList();
        assertEquals(120, found.size(), found.toString());
        assertTrue(found.contains("p119"), "last-listed RASHAD MAMMADOV missed");
    }

    @Test
    void aTypoNextToAVeryCommonPartIsFound() {
        // MOHAMMED is over the cap (skipped), the deletion key HUSSAIN and HUSSASN share (HUSSAN) is
        // over the deletion cap, and the exact pair is broken by the typo: only the common part's
        // pair keys over the other part's deletions can meet.
        List<WatchlistEntry> list = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            list.add(person("m" + i, "MOHAMMED X" + Integer.toString(i, 26).toUpperCase() + "QZV"));
        }
        for (int i = 0; i < 20; i++) {
            list.add(person("h" + i, "HUSSAIN Y" + Integer.toString(i, 26).toUpperCase() + "QZV"));
        }
        list.add(person("target", "HUSSAIN MOHAMMED"));
        NameIndex small = NameIndex.build(list, 10);
        List<NameMatch> hits = small.search(NameQuery.of("HUSSASN MOHAMMED"));
        assertEquals("target", hits.isEmpty() ? null : hits.get(0).entry().id());
        assertTrue(small.candidateCount(NameQuery.of("HUSSASN MOHAMMED")) < 10, "capped keys were visited");
    }
}
