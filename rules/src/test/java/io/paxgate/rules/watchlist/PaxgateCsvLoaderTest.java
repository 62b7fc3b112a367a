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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaxgateCsvLoaderTest {
    @TempDir
    Path dir;

    private List<WatchlistEntry> load(Path file) {
        return new PaxgateCsvLoader().load(new ListSpec("national", ListSpec.Format.PAXGATE_CSV, file, "national", 3));
    }

    private Map<String, WatchlistEntry> sample() {
        return load(TestFiles.copyFromConfig("watchlists/national-sample.csv", dir)).stream()
                .collect(Collectors.toMap(WatchlistEntry::id, Function.identity()));
    }

    @Test
    void blankLinesBetweenRecordsAndAtTheEndAreSkipped() {
        Path file = TestFiles.write(dir, "blank.csv", "id,type,surname,given_names\n\nN-1,PERSON,ALIYEV,ELNUR\n\n\r\n"
                + "N-2,PERSON,HUSEYNOVA,LALA\n\n");
        List<WatchlistEntry> entries = load(file);
        assertEquals(List.of("N-1", "N-2"), entries.stream().map(WatchlistEntry::id).toList());
        // a bad record after blank lines is still named by its own line
        Path bad = TestFiles.write(dir, "blank-bad.csv", "id,surname,birth_date\n\nX1,A,1970\n\n\nX2,B,12.05.1970\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(bad));
        assertEquals(6, e.line());
        assertEquals("birth_date", e.field());
    }

    @Test
    void loadsTheNationalSample() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals(33, byId.size());
        WatchlistEntry e = byId.get("NAT-0001");
        assertEquals(new ListedName("RASHAD ALI OGLU MAMMADOV", "MAMMADOV", "RASHAD ALI OGLU", Quality.PRIMARY),
                e.primaryName());
        assertEquals(new ListedName("MAMEDOV RASHAD ALIYEVICH", null, null, Quality.GOOD), e.names().get(1));
        assertEquals(List.of(BirthDate.exact(LocalDate.of(1979, 3, 14))), e.birthDates());
        assertEquals(List.of("AZE"), e.nationalities());
        assertEquals("M", e.sex());
        assertEquals(List.of(new ListedDocument("P", "C01234567", "AZE")), e.documents());
        assertEquals("wanted", e.category());
        assertEquals(4, e.severity());
        assertEquals("Case 2024/117 (fictitious)", e.sourceReference());
    }

    @Test
    void readsEveryBirthDatePrecision() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals(BirthDate.Precision.YEAR, byId.get("NAT-0002").birthDates().get(0).precision());
        assertEquals(BirthDate.month(1990, 7), byId.get("NAT-0003").birthDates().get(0));
        assertEquals(BirthDate.between(LocalDate.of(1988, 1, 1), LocalDate.of(1990, 12, 31)),
                byId.get("NAT-0005").birthDates().get(0));
        assertEquals(BirthDate.approximately(1981, BirthDates.APPROXIMATE_SLACK_YEARS),
                byId.get("NAT-0007").birthDates().get(0));
    }

    @Test
    void lowQualityAliasesIcaoGermanyAndEntities() {
        Map<String, WatchlistEntry> byId = sample();
        assertTrue(byId.get("NAT-0025").names().contains(new ListedName("ABU ABDULLAH", null, null, Quality.LOW)));
        assertEquals(List.of(new ListedDocument("P", "C4F7K9L2M", "DEU")), byId.get("NAT-0013").documents());
        WatchlistEntry entity = byId.get("NAT-0032");
        assertEquals(EntryType.ENTITY, entity.type());
        assertEquals("CASPIAN TRADING HOUSE, LLC", entity.primaryName().full());
        assertNull(entity.sex());
        assertEquals("NORTHERN ROUTE LOGISTICS \"SEVERNY PUT\"", byId.get("NAT-0033").primaryName().full());
    }

    @Test
    void defaultsComeFromTheListSpec() {
        WatchlistEntry e = load(TestFiles.write(dir, "min.csv", "id,surname\nX1,DOE\n")).get(0);
        assertEquals("national", e.category());
        assertEquals(3, e.severity());
        assertEquals(ListedName.primary("DOE").full(), e.primaryName().full());
    }

    @Test
    void toleratesBomCrlfAndQuotedNewlines() {
        Path file = TestFiles.write(dir, "bom.csv", "\uFEFFid,surname,given_names,aliases\r\n"
                + "X1,ALIYEV,ELNUR,\"ALIEV ELNUR;\r\nALIYEV ALNUR\"\r\nX2,\"QASIMOV, JR\",XAYAL,\r\n");
        List<WatchlistEntry> entries = load(file);
        assertEquals(List.of("X1", "X2"), entries.stream().map(WatchlistEntry::id).toList());
        assertEquals(3, entries.get(0).names().size());
        assertEquals("QASIMOV, JR", entries.get(1).primaryName().surname());
    }

    @Test
    void aBadDateNamesFileLineAndField() {
        Path file = TestFiles.write(dir, "bad.csv", "id,surname,birth_date\nX1,A,1970\nX2,B,\nX3,C,12.05.1970\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals(file, e.file());
        assertEquals(4, e.line());
        assertEquals("birth_date", e.field());
        assertTrue(e.getMessage().contains("write YYYY-MM-DD, YYYY-MM or YYYY"), e.getMessage());
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        Path file = TestFiles.write(dir, "nocol.csv", "id,given_names\nX1,A\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals("surname", e.field());
        assertEquals(1, e.line());
    }

    @Test
    void aShortRecordNamesTheFirstMissingField() {
        Path file = TestFiles.write(dir, "short.csv", "id,surname,sex\nX1,A,M\nX2,B\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals(3, e.line());
        assertEquals("sex", e.field());
    }

    @Test
    void duplicateIdsAreRefused() {
        Path file = TestFiles.write(dir, "dup.csv", "id,surname\nX1,A\nX1,B\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals(3, e.line());
        assertEquals("id", e.field());
    }

    @Test
    void aPrecisionThatContradictsTheDateIsRefused() {
        Path file = TestFiles.write(dir, "prec.csv", "id,surname,birth_date,birth_date_precision\nX1,A,1970-05-01,year\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals("birth_date", e.field());
    }

    @Test
    void aMissingFileSaysSo() {
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(dir.resolve("nope.csv")));
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }
}
