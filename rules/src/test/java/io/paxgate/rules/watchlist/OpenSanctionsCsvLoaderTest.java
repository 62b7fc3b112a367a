package io.paxgate.rules.watchlist;

import io.paxgate.rules.watchlist.ListedName.Quality;
import io.paxgate.rules.watchlist.WatchlistEntry.EntryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenSanctionsCsvLoaderTest {
    static final String HEADER = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,"
            + "phones,emails,dataset,first_seen,last_seen,last_change\n";

    @TempDir
    Path dir;

    private List<WatchlistEntry> load(Path file) {
        return new OpenSanctionsCsvLoader().load(new ListSpec("os", ListSpec.Format.OPENSANCTIONS_CSV, file, "sanctions", 4));
    }

    private Map<String, WatchlistEntry> sample() {
        return load(TestFiles.copyFromConfig("watchlists/opensanctions-sample.csv", dir)).stream()
                .collect(Collectors.toMap(WatchlistEntry::id, Function.identity()));
    }

    @Test
    void loadsPersonsAndEntitiesAndSkipsVessels() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals(9, byId.size());
        assertFalse(byId.containsKey("NK-fict-0007"));
        assertEquals(EntryType.PERSON, byId.get("NK-fict-0001").type());
        assertEquals(EntryType.ENTITY, byId.get("NK-fict-0005").type());
        assertEquals(EntryType.ENTITY, byId.get("NK-fict-0006").type());
        assertEquals(EntryType.ENTITY, byId.get("NK-fict-0009").type());
    }

    @Test
    void readsNamesAliasesCountriesAndIdentifiers() {
        WatchlistEntry e = sample().get("NK-fict-0003");
        assertEquals(List.of(ListedName.primary("Seyed Mohammad Hosseini"),
                new ListedName("Sayed Muhammad Husseini", null, null, Quality.GOOD),
                new ListedName("سید محمد حسینی", null, null, Quality.GOOD)), e.names());
        assertEquals(List.of("IRN", "IRQ"), e.nationalities());
        assertEquals(List.of("P95123456", "IRN-ID-0011223344"), e.documents().stream().map(ListedDocument::number).toList());
        assertEquals("https://www.opensanctions.org/entities/NK-fict-0003", e.sourceReference());
        assertEquals("os", e.list());
        assertEquals(4, e.severity());
    }

    @Test
    void readsYearMonthAndDayBirthDates() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals(List.of(BirthDate.exact(LocalDate.of(1979, 3, 14))), byId.get("NK-fict-0001").birthDates());
        assertEquals(List.of(BirthDate.year(1976)), byId.get("NK-fict-0002").birthDates());
        assertEquals(List.of(BirthDate.month(1974, 8)), byId.get("NK-fict-0003").birthDates());
        assertEquals(2, byId.get("NK-fict-0004").birthDates().size());
    }

    @Test
    void quotedFieldsWithCommasAndSovietUnionCode() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals("Al Rashid Foundation, Riyadh branch", byId.get("NK-fict-0009").names().get(1).full());
        assertEquals(List.of("UZB", "SUN"), byId.get("NK-fict-0008").nationalities());
    }

    @Test
    void aBadBirthDateNamesFileLineAndField() {
        Path file = TestFiles.write(dir, "bad.csv", HEADER
                + "a1,Person,Good Name,,1970-05-12,ru,,,,,,ds,,,\n"
                + "a2,Person,Bad Date,,1970-02-30,ru,,,,,,ds,,,\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals(3, e.line());
        assertEquals("birth_date", e.field());
        assertTrue(e.getMessage().startsWith(file + " line 3, field 'birth_date': '1970-02-30' is not a date"),
                e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() {
        Path file = TestFiles.write(dir, "nocol.csv", HEADER.replace("birth_date,", "") + "a1,Person,X,,ru,,,,,,ds,,,\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals(1, e.line());
        assertEquals("birth_date", e.field());
        assertTrue(e.getMessage().contains("the header has no 'birth_date' column"), e.getMessage());
    }

    @Test
    void anUnterminatedQuoteIsRefused() {
        Path file = TestFiles.write(dir, "quote.csv", HEADER + "a1,Person,\"Open quote,,1970,ru,,,,,,ds,,,\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }
}
