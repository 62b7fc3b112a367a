package io.paxgate.rules.documents;

import io.paxgate.rules.config.ListsConfig;
import io.paxgate.rules.documents.DocumentRecord.Reason;
import io.paxgate.rules.watchlist.TestFiles;
import io.paxgate.rules.watchlist.WatchlistLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentListTest {
    @TempDir
    Path dir;

    private void checkSampleLookups(DocumentList list) {
        assertEquals(Reason.STOLEN, list.lookup("C01234567", "AZE", "P").get(0).reason());
        assertEquals("SLTD-fict-000001", list.lookup("c0123-4567", "Azerbaijan", "passport").get(0).sourceReference());
        assertEquals(Reason.LOST, list.lookup("C07654321", "AZE", null).get(0).reason(), "spaces in the file");
        assertEquals(Reason.STOLEN, list.lookup("C4F7K9L2M", "DEU", "P").get(0).reason(), "ICAO D is DEU");
        assertTrue(list.lookup("C01234567", "AZE", "I").isEmpty(), "listed as a passport, asked as an id card");
        assertTrue(list.lookup("C01234567", "RUS", "P").isEmpty(), "other issuing country");
        assertTrue(list.lookup("C0123456", "AZE", "P").isEmpty());
        assertTrue(list.lookup("###", "AZE", "P").isEmpty(), "a malformed query is never listed");
    }

    @Test
    void typeIsAWildcardWhenTheQueryHasNone() {
        HashDocumentList list = new HashDocumentList("sltd");
        DocumentListCsvLoader.load(TestFiles.copyFromConfig("documents/sltd-sample.csv", dir), list);
        Set<Reason> both = list.lookup("U12345678", "TUR", null).stream().map(DocumentRecord::reason)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Reason.STOLEN, Reason.LOST), both);
        assertEquals(List.of(Reason.LOST), list.lookup("U12345678", "TUR", "ID").stream().map(DocumentRecord::reason).toList());
        assertEquals(Reason.STOLEN, list.lookup("RL1234567", "LBN", "P").get(0).reason(),
                "a record listed without type answers any type");
        checkSampleLookups(list);
    }

    @Test
    void chronicleListAnswersLikeTheHashList() {
        try (ChronicleDocumentList list = ChronicleDocumentList.create("sltd", dir.resolve("sltd.cmap"), 100)) {
            long n = DocumentListCsvLoader.load(TestFiles.copyFromConfig("documents/sltd-sample.csv", dir), list);
            assertEquals(21, n);
            assertEquals(20, list.size(), "U12345678/TUR twice, as P and I");
            checkSampleLookups(list);
            assertEquals(2, list.lookup("U12345678", "TUR", "").size());
        }
    }

    @Test
    void aPersistedListReopenedFromDiskFindsItsEntries() {
        Path file = dir.resolve("sltd.cmap");
        try (ChronicleDocumentList list = ChronicleDocumentList.create("sltd", file, 100)) {
            DocumentListCsvLoader.load(TestFiles.copyFromConfig("documents/sltd-sample.csv", dir), list);
        }
        try (ChronicleDocumentList reopened = ChronicleDocumentList.open("sltd", file, 100)) {
            assertEquals(20, reopened.size());
            checkSampleLookups(reopened);
        }
    }

    @Test
    void aFullListSaysSoInsteadOfOverflowing() {
        Path csv = TestFiles.write(dir, "many.csv", "number,issuing_country,type,reason\n"
                + "A1,AZE,P,lost\nA2,AZE,P,lost\nA3,AZE,P,lost\nA4,AZE,P,lost\n");
        try (ChronicleDocumentList list = ChronicleDocumentList.create("small", dir.resolve("small.cmap"), 3)) {
            WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> DocumentListCsvLoader.load(csv, list));
            assertEquals(5, e.line());
            assertTrue(e.getMessage().contains("full at 3 documents"), e.getMessage());
            assertTrue(e.getMessage().contains("expected_entries"), e.getMessage());
        }
    }

    @Test
    void badRecordsNameFileLineAndField() {
        Path csv = TestFiles.write(dir, "bad.csv", "number,issuing_country,type,reason\nA1,AZE,P,lost\nA2,AZE,P,misplaced\n");
        WatchlistLoadException e = assertThrows(WatchlistLoadException.class,
                () -> DocumentListCsvLoader.load(csv, new HashDocumentList("x")));
        assertEquals(3, e.line());
        assertEquals("reason", e.field());
        Path country = TestFiles.write(dir, "bad2.csv", "number,issuing_country,type,reason\nA1,Atlantis,P,lost\n");
        e = assertThrows(WatchlistLoadException.class, () -> DocumentListCsvLoader.load(country, new HashDocumentList("x")));
        assertEquals("issuing_country", e.field());
        Path missing = TestFiles.write(dir, "bad3.csv", "number,issuing_country,reason\nA1,AZE,lost\n");
        e = assertThrows(WatchlistLoadException.class, () -> DocumentListCsvLoader.load(missing, new HashDocumentList("x")));
        assertEquals("type", e.field());
    }

    @Test
    void registryReloadSwapsFilesCountsChangesAndDeletesTheOldFile() throws Exception {
        Path data = dir.resolve("data");
        Path csv = TestFiles.write(dir, "d.csv", "number,issuing_country,type,reason\nA1,AZE,P,lost\nA2,AZE,P,lost\nA3,RUS,P,stolen\n");
        DocumentListSpec spec = new DocumentListSpec("sltd", csv, 1000);
        try (DocumentListRegistry registry = new DocumentListRegistry(data)) {
            DocumentReloadResult first = registry.reload(spec);
            assertEquals(1, first.version());
            assertEquals(3, first.added());
            TestFiles.write(dir, "d.csv", "number,issuing_country,type,reason\nA1,AZE,P,lost\nA3,RUS,P,revoked\nB1,TUR,I,lost\nB2,TUR,I,lost\n");
            DocumentReloadResult second = registry.reload(spec);
            assertEquals(2, second.version());
            assertEquals(4, second.documents());
            assertEquals(2, second.added());
            assertEquals(1, second.removed());
            assertFalse(Files.exists(first.file()), "the old map file is deleted");
            assertTrue(Files.exists(second.file()));
            assertEquals(Reason.REVOKED, registry.lookup("A3", "RUS", "P").get(0).reason());
            assertTrue(registry.lookup("A2", "AZE", "P").isEmpty());

            TestFiles.write(dir, "d.csv", "number,issuing_country,type,reason\nA1,AZE,P,lost\nA3,RUS,P,broken\n");
            WatchlistLoadException e = assertThrows(WatchlistLoadException.class, () -> registry.reload(spec));
            assertEquals(3, e.line());
            assertEquals(2, registry.version("sltd"), "the previous version stays in force");
            assertEquals(Reason.LOST, registry.lookup("B1", "TUR", "I").get(0).reason());
            try (var files = Files.list(data)) {
                assertEquals(List.of(second.file()), files.toList(), "the failed build left no file");
            }

            // a second list: a document on both answers from both, on either alone from that one
            Path other = TestFiles.write(dir, "e.csv", "number,issuing_country,type,reason\nA1,AZE,P,revoked\nC1,GEO,P,stolen\n");
            registry.reload(new DocumentListSpec("interpol", other, 1000));
            assertEquals(Set.of(Reason.LOST, Reason.REVOKED),
                    registry.lookup("A1", "AZE", "P").stream().map(DocumentRecord::reason).collect(java.util.stream.Collectors.toSet()));
            assertEquals(List.of(Reason.STOLEN), registry.lookup("C1", "GEO", "P").stream().map(DocumentRecord::reason).toList());
            assertEquals(List.of(Reason.LOST), registry.lookup("B2", "TUR", "I").stream().map(DocumentRecord::reason).toList());
        }
    }

    @Test
    void configDocumentListsLoad() {
        ListsConfig config = ListsConfig.read(TestFiles.configDir().resolve("paxgate.yaml"));
        try (DocumentListRegistry registry = new DocumentListRegistry(dir.resolve("data"))) {
            for (DocumentListSpec s : config.documents()) {
                assertEquals(1, registry.reload(s).version());
            }
            assertEquals(Reason.STOLEN, registry.lookup("C01234567", "AZE", "P").get(0).reason());
        }
    }

    @Test
    void lookupsDuringReloadsAlwaysAnswerFromAWholeList() throws Exception {
        Path a = TestFiles.write(dir, "a.csv", "number,issuing_country,type,reason\nK1,AZE,P,lost\nA1,AZE,P,lost\n");
        Path b = TestFiles.write(dir, "b.csv", "number,issuing_country,type,reason\nK1,AZE,P,lost\nB1,AZE,P,lost\n");
        try (DocumentListRegistry registry = new DocumentListRegistry(dir.resolve("data"))) {
            registry.reload(new DocumentListSpec("sltd", a, 100));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> problem = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        if (registry.lookup("K1", "AZE", "P").isEmpty()) {
                            problem.compareAndSet(null, new AssertionError("K1 missing during a reload"));
                        }
                    }
                } catch (Throwable t) {
                    problem.compareAndSet(null, t);
                }
            });
            reader.start();
            for (int i = 0; i < 20; i++) {
                registry.reload(new DocumentListSpec("sltd", i % 2 == 0 ? b : a, 100));
            }
            stop.set(true);
            reader.join(30_000);
            assertNull(problem.get());
        }
    }
}
