package io.paxgate.rules.watchlist;

import io.paxgate.rules.documents.DocumentListRegistry;
import io.paxgate.rules.documents.DocumentListSpec;
import io.paxgate.rules.documents.DocumentReloadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One million generated rows per format load through the registry; counts asserted, times printed. */
class LargeListLoadTest {
    static final int ROWS = 1_000_000;
    static final String[] SURNAMES = {"MAMMADOV", "ALIYEVA", "QASIMOV", "VOLKOV", "IVANOVA", "YILMAZ", "HOSSEINI",
            "AL-RASHID", "TASHKENTOV", "BERIDZE"};
    static final String[] GIVEN = {"RASHAD", "LALA", "XAYAL", "DMITRY", "YELENA", "MEHMET", "ALIREZA", "OMAR",
            "BAKHTIYOR", "GIORGI"};
    static final String[] COUNTRIES = {"AZE", "RUS", "TUR", "IRN", "UZB", "KAZ", "GEO", "SAU"};

    @TempDir
    Path dir;

    @Test
    void aMillionRowPaxgateCsvLoads() throws IOException {
        Path file = dir.resolve("national-1m.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,surname,given_names,aliases,birth_date,nationalities,sex,document_numbers,severity\n");
            for (int i = 0; i < ROWS; i++) {
                String s = SURNAMES[i % 10] + i;
                w.write("N" + i + "," + s + "," + GIVEN[i / 10 % 10] + "," + s + "A;" + s + "B," + (1940 + i % 60)
                        + "-0" + (1 + i % 9) + "-1" + (i % 10) + "," + COUNTRIES[i % 8] + "," + (i % 2 == 0 ? "M" : "F")
                        + ",P:" + COUNTRIES[i % 8] + ":C" + (10_000_000 + i) + "," + (1 + i % 5) + "\n");
            }
        }
        time("paxgate-csv", new ListSpec("big", ListSpec.Format.PAXGATE_CSV, file, "national", 3), file);
    }

    @Test
    void aMillionRowOpenSanctionsCsvLoads() throws IOException {
        Path file = dir.resolve("targets-1m.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,"
                    + "dataset,first_seen,last_seen,last_change\n");
            for (int i = 0; i < ROWS; i++) {
                String name = GIVEN[i / 10 % 10] + " " + SURNAMES[i % 10] + i;
                w.write("NK-" + i + ",Person," + name + "," + name + " A;" + name + " B," + (1940 + i % 60) + ","
                        + COUNTRIES[i % 8].substring(0, 2).toLowerCase() + ",\"Street " + i + ", City\",ID" + i
                        + ",\"Programme X, annex I\",,,ds,2024-01-01T00:00:00,2026-11-01T00:00:00,2025-01-01T00:00:00\n");
            }
        }
        time("opensanctions-csv", new ListSpec("big", ListSpec.Format.OPENSANCTIONS_CSV, file, "sanctions", 4), file);
    }

    @Test
    void aMillionEntryUnXmlLoads() throws IOException {
        Path file = dir.resolve("un-1m.xml");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS>\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("<INDIVIDUAL><DATAID>" + i + "</DATAID><FIRST_NAME>" + GIVEN[i / 10 % 10] + "</FIRST_NAME>"
                        + "<SECOND_NAME>" + SURNAMES[i % 10] + i + "</SECOND_NAME><REFERENCE_NUMBER>QDi." + i
                        + "</REFERENCE_NUMBER><GENDER>Male</GENDER><NATIONALITY><VALUE>Azerbaijan</VALUE></NATIONALITY>"
                        + "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Alias " + i + "</ALIAS_NAME></INDIVIDUAL_ALIAS>"
                        + "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-01-"
                        + (10 + i % 19) + "</DATE></INDIVIDUAL_DATE_OF_BIRTH><INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>"
                        + "Passport</TYPE_OF_DOCUMENT><NUMBER>C" + i + "</NUMBER><ISSUING_COUNTRY>Azerbaijan"
                        + "</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT></INDIVIDUAL>\n");
            }
            w.write("</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>\n");
        }
        time("un-xml", new ListSpec("big", ListSpec.Format.UN_XML, file, "sanctions", 5), file);
    }

    @Test
    void aMillionDocumentCsvBuildsAChronicleList() throws IOException {
        Path file = dir.resolve("sltd-1m.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("number,issuing_country,type,reason\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("C" + (10_000_000 + i) + "," + COUNTRIES[i % 8] + ",P," + (i % 3 == 0 ? "stolen" : "lost") + "\n");
            }
        }
        try (DocumentListRegistry registry = new DocumentListRegistry(dir.resolve("data"))) {
            DocumentReloadResult r = registry.reload(new DocumentListSpec("sltd", file, ROWS));
            assertEquals(ROWS, r.documents());
            System.out.printf("LargeListLoadTest: documents-csv %,d rows (%,d MB) -> Chronicle map in %,d ms, %,d bytes on disk"
                            + " (%.1f bytes/entry)%n", ROWS, Files.size(file) >> 20, r.elapsed().toMillis(), r.fileBytes(),
                    (double) r.fileBytes() / ROWS);
        }
    }

    private static void time(String format, ListSpec spec, Path file) throws IOException {
        WatchlistRegistry<Void> registry = WatchlistRegistry.withoutIndex();
        WatchlistRegistry.ReloadResult r = registry.reload(spec);
        assertEquals(ROWS, r.entries());
        assertEquals(ROWS, r.added());
        System.out.printf("LargeListLoadTest: %s %,d rows (%,d MB) loaded in %,d ms%n", format, ROWS,
                Files.size(file) >> 20, r.elapsed().toMillis());
    }
}
