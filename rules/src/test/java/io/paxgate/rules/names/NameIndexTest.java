package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedDocument;
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

    static WatchlistEntry born(String id, String name, List<BirthDate> dates, List<ListedDocument> documents) {
        return new WatchlistEntry(id, "test", WatchlistEntry.EntryType.PERSON, "sanctions", 3,
                List.of(ListedName.primary(name)), dates, List.of("AZE"), null, documents, null);
    }

    @Test
    void aCommonPairIsReadAroundTheTravellersBirthYearOnly() {
        // 300 RASHAD MAMMADOVs born over 60 years: a traveller with a birth date is compared with
        // those born within a year of it and those without a date, never with all of them
        List<WatchlistEntry> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            list.add(born("p" + i, "RASHAD MAMMADOV", List.of(BirthDate.exact(LocalDate.of(1940 + i / 5, 1 + i % 12, 10))), List.of()));
        }
        list.add(born("undated", "RASHAD MAMMADOV", List.of(), List.of()));
        list.add(born("target", "RASHAD MAMMADOV", List.of(BirthDate.exact(LocalDate.of(1981, 6, 15))), List.of()));
        NameIndex index = NameIndex.build(list, 50);
        NameQuery q = NameQuery.of("MAMMADOV", "RASHAD").withBirthDate(BirthDate.exact(LocalDate.of(1981, 6, 15)));
        List<String> found = index.search(q, MatchThresholds.DEFAULT, 500).stream().map(m -> m.entry().id()).toList();
        assertTrue(found.contains("target") && found.contains("undated"), found.toString());
        assertTrue(found.size() < 10, found.toString());
        assertTrue(index.visitedPostings() < 30, "postings read: " + index.visitedPostings());
        // the same name without a birth date meets every one of them
        assertEquals(302, index.search(NameQuery.of("MAMMADOV", "RASHAD"), MatchThresholds.DEFAULT, 500).size());
    }

    @Test
    void aSharedDocumentNumberIsAlwaysScored() {
        // only the surname matches, which the index alone would not follow; the shared passport
        // number (written differently) brings the entry to the scorer, which counts it
        List<WatchlistEntry> list = List.of(
                born("doc", "IVAN PETROV", List.of(), List.of(new ListedDocument("P", "C 1234-567", "RUS"))),
                born("other", "IVAN SIDOROV", List.of(), List.of()));
        NameIndex index = NameIndex.build(list);
        NameQuery q = new NameQuery("PETROV", "SERGEI", null, null, null, List.of("c1234567"));
        List<NameMatch> hits = index.search(q);
        assertEquals("doc", hits.isEmpty() ? null : hits.get(0).entry().id());
        assertTrue(hits.get(0).explanation().toString().contains("document"), hits.get(0).explanation().toString());
    }

    private static WatchlistEntry hassan(String id, String name, BirthDate born, String sex) {
        return new WatchlistEntry(id, "test", WatchlistEntry.EntryType.PERSON, "sanctions", 3,
                List.of(ListedName.primary(name)), List.of(born), List.of("AZE"), sex, List.of(), null);
    }

    @Test
    void entriesSharingANameAreScoredOnceEachWithTheirOwnBirthDateAndSex() {
        BirthDate day = BirthDate.exact(LocalDate.of(1981, 6, 15));
        NameIndex index = NameIndex.build(List.of(
                hassan("same-day", "MOHAMMED ALI HASSAN", day, "M"),
                hassan("same-year", "MOHAMMED ALI HASSAN", BirthDate.year(1981), null),
                hassan("years-off", "MOHAMMED ALI HASSAN", BirthDate.exact(LocalDate.of(1975, 1, 1)), "M"),
                hassan("woman", "MOHAMMED ALI HASSAN", BirthDate.year(1981), "F"),
                hassan("other", "MOHAMMED ALI HUSSEIN", BirthDate.year(1981), "M")));
        assertEquals(2, index.formCount());
        NameQuery q = new NameQuery("HASSAN", "MOHAMMED ALI", day, "AZE", "M", List.of());
        List<NameMatch> hits = index.search(q, 0.5, 10);
        assertEquals(List.of("same-day", "same-year", "woman", "other", "years-off"),
                hits.stream().map(m -> m.entry().id()).toList());
        for (NameMatch hit : hits) {
            assertEquals(NameScorer.DEFAULT.match(q, hit.entry(), hit.alias()), hit);
        }
        // at the default threshold the name is ruled out for the entry born years off only
        assertEquals(List.of("same-day", "same-year", "woman", "other"),
                index.search(q).stream().map(m -> m.entry().id()).toList());
    }

    @Test
    void aTypoInAVeryCommonPartIsStillSeen() {
        // the vocabulary level has no cap: MOHAMED with one letter lost still reaches MOHAMMED
        List<WatchlistEntry> list = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            list.add(person("m" + i, "MOHAMMED X" + Integer.toString(i, 26).toUpperCase() + "QZV"));
        }
        list.add(person("target", "MOHAMMED KARIMI"));
        NameIndex index = NameIndex.build(list, 50);
        List<NameMatch> hits = index.search(NameQuery.of("KARIMI", "MOHAMD"));
        assertEquals("target", hits.isEmpty() ? null : hits.get(0).entry().id());
    }
}
