package io.paxgate.rules.documents;

import io.paxgate.rules.documents.DocumentRecord.Reason;
import io.paxgate.rules.watchlist.CsvRows;
import io.paxgate.rules.watchlist.WatchlistLoadException;

import java.nio.file.Path;
import java.util.List;

/**
 * A lost/stolen/revoked document CSV (INTERPOL SLTD style), UTF-8 with a header:
 * {@code number,issuing_country,type,reason[,source_reference]}. type may be empty (the record
 * then answers a query for any type). Streams into a {@link DocumentSink}.
 */
public final class DocumentListCsvLoader {
    static final List<String> REQUIRED = List.of("number", "issuing_country", "type", "reason");

    private DocumentListCsvLoader() {
    }

    /**
     * @return the number of records read
     * @throws WatchlistLoadException naming file, line and field for a bad record, or when the
     *                                list is full (then the field is "number")
     */
    public static long load(Path csv, DocumentSink sink) {
        long n = 0;
        try (CsvRows rows = CsvRows.open(csv, REQUIRED)) {
            while (rows.next()) {
                String number = DocumentKey.normaliseNumber(rows.require("number"));
                String country = DocumentKey.normaliseCountry(rows.require("issuing_country"));
                char type = DocumentKey.normaliseType(rows.get("type"));
                DocumentKey key;
                try {
                    key = new DocumentKey(number, country, type);
                } catch (IllegalArgumentException e) {
                    String field = e.getMessage().startsWith("issuing") ? "issuing_country"
                            : e.getMessage().startsWith("document type") ? "type" : "number";
                    throw rows.fail(field, e.getMessage());
                }
                Reason reason;
                try {
                    reason = Reason.parse(rows.require("reason"));
                } catch (IllegalArgumentException e) {
                    throw rows.fail("reason", e.getMessage());
                }
                try {
                    sink.add(key, reason, rows.get("source_reference"));
                } catch (IllegalArgumentException e) {
                    throw rows.fail("source_reference", e.getMessage());
                } catch (DocumentListFullException e) {
                    throw WatchlistLoadException.atLine(csv, rows.line(), "number", e.getMessage(), e);
                }
                n++;
            }
        }
        return n;
    }
}
