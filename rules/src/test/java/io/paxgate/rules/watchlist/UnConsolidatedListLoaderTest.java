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

class UnConsolidatedListLoaderTest {
    @TempDir
    Path dir;

    private List<WatchlistEntry> load(Path file) {
        return new UnConsolidatedListLoader().load(new ListSpec("un-sc", ListSpec.Format.UN_XML, file, "sanctions", 5));
    }

    private Map<String, WatchlistEntry> sample() {
        return load(TestFiles.copyFromConfig("watchlists/un-sample.xml", dir)).stream()
                .collect(Collectors.toMap(WatchlistEntry::id, Function.identity()));
    }

    @Test
    void loadsEveryIndividualAndEntityOfTheSample() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals(7, byId.size());
        assertEquals(EntryType.ENTITY, byId.get("KPe.053").type());
        assertEquals("PROPAGANDA AND AGITATION DEPARTMENT (PAD)", byId.get("KPe.053").primaryName().full());
    }

    @Test
    void splitsFirstToFourthNameIntoGivenAndSurname() {
        WatchlistEntry e = sample().get("QDi.999");
        assertEquals(new ListedName("MAMMAD ALI OGLU MAMMADOV", "MAMMADOV", "MAMMAD ALI OGLU", Quality.PRIMARY),
                e.primaryName());
        assertEquals("un-sc", e.list());
        assertEquals("sanctions", e.category());
        assertEquals(5, e.severity());
        assertEquals("QDi.999", e.sourceReference());
    }

    @Test
    void keepsAliasQualityAndSplitsSemicolonAliases() {
        List<ListedName> names = sample().get("QDi.999").names();
        assertTrue(names.contains(new ListedName("Məmməd Əli oğlu Məmmədov", null, null, Quality.GOOD)), names::toString);
        assertTrue(names.contains(new ListedName("Muhammad Ali Mammadov", null, null, Quality.GOOD)));
        assertTrue(names.contains(new ListedName("Mukhammad Ali Mamedov", null, null, Quality.GOOD)));
        assertTrue(names.contains(new ListedName("Abu Ali", null, null, Quality.LOW)));
    }

    @Test
    void readsExactApproximateBetweenAndYearOnlyBirthDates() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals(List.of(BirthDate.exact(LocalDate.of(1968, 2, 18))), byId.get("QDi.393").birthDates());
        assertEquals(List.of(BirthDate.approximately(1975, BirthDates.APPROXIMATE_SLACK_YEARS),
                BirthDate.between(LocalDate.of(1974, 1, 1), LocalDate.of(1976, 12, 31))),
                byId.get("QDi.999").birthDates());
        assertEquals(List.of(BirthDate.year(1981)), byId.get("QDi.998").birthDates());
    }

    @Test
    void mapsNationalitiesDocumentsAndGender() {
        Map<String, WatchlistEntry> byId = sample();
        assertEquals(List.of("IDN"), byId.get("QDi.393").nationalities());
        assertEquals(List.of("RUS", "KAZ"), byId.get("QDi.998").nationalities());
        assertEquals(List.of("IRN"), byId.get("IRi.997").nationalities());
        assertEquals(List.of(new ListedDocument("Passport", "C00000000", "AZE")), byId.get("QDi.999").documents());
        assertEquals(List.of(new ListedDocument("National Identification Number", "09.5004.180268.0074", "IDN")),
                byId.get("QDi.393").documents());
        assertEquals("M", byId.get("CDi.010").sex());
        assertEquals("F", byId.get("QDi.998").sex());
        assertNull(byId.get("QDi.393").sex());
        assertTrue(byId.get("CDi.010").documents().isEmpty(), "an empty INDIVIDUAL_DOCUMENT is no document");
        assertEquals(1, byId.get("CDi.010").names().size(), "an empty alias is no alias");
    }

    @Test
    void entityAliasesAreRead() {
        WatchlistEntry e = sample().get("QDe.999");
        assertEquals(List.of(ListedName.primary("CASPIAN FICTITIOUS SHIPPING COMPANY"),
                new ListedName("Xazar Fictitious Shipping", null, null, Quality.GOOD),
                new ListedName("CFSC", null, null, Quality.LOW)), e.names());
    }

    @Test
    void aBadDateNamesFileElementPathLineAndField() {
        String xml = TestFiles.read(TestFiles.configDir().resolve("watchlists/un-sample.xml"))
                .replace("<DATE>1963-07-24</DATE>", "<DATE>1963-13-24</DATE>");
        Path file = TestFiles.write(dir, "bad-date.xml", xml);
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals(file, e.file());
        assertEquals("DATE", e.field());
        assertEquals("CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[2]/INDIVIDUAL_DATE_OF_BIRTH/DATE", e.elementPath());
        assertEquals(lineOf(xml, "1963-13-24"), e.line());
        assertTrue(e.getMessage().contains("'1963-13-24' is not a date"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        Path file = TestFiles.write(dir, "broken.xml", "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n"
                + "<FIRST_NAME>A</SECOND_NAME>\n</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals(4, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("malformed XML"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefused() {
        String xml = TestFiles.read(TestFiles.configDir().resolve("watchlists/un-sample.xml"));
        Path file = TestFiles.write(dir, "truncated.xml", xml.substring(0, xml.length() / 2));
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void anIndividualWithoutNameIsRefusedNamingTheField() {
        Path file = TestFiles.write(dir, "noname.xml", "<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL>"
                + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertEquals("FIRST_NAME", e.field());
        assertEquals("CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]", e.elementPath());
        assertEquals(2, e.line());
    }

    @Test
    void aFileThatIsNotTheUnListIsRefused() {
        Path file = TestFiles.write(dir, "other.xml", "<sdnList></sdnList>");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> load(file));
        assertTrue(e.getMessage().contains("not <CONSOLIDATED_LIST>"), e.getMessage());
    }

    static long lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return before.chars().filter(c -> c == '\n').count() + 1;
    }
}
