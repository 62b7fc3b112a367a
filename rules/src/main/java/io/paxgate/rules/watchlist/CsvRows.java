package io.paxgate.rules.watchlist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.io.InputStreamReader;

/**
 * Streams a UTF-8 CSV file with a header row, one record at a time, with the line each record
 * starts on. Tolerates a UTF-8 BOM, CRLF, blank lines and quoted fields (with commas, quotes and newlines).
 * Columns are found by header name (case-insensitive, any order); extra columns are ignored.
 * Shared by the list loaders and the document list loader.
 */
public final class CsvRows implements Closeable {
    /**
     * Blank lines (an editor's, between records or at the end) are skipped. The feature is set on
     * the mapper: the parser's decoder reads it when the parser is made, so enabling it on a
     * parser afterwards does nothing.
     */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private final Path file;
    private final CsvParser parser;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;
    private final ArrayList<String> record = new ArrayList<>();
    private long line;

    private CsvRows(Path file, CsvParser parser, List<String> header) {
        this.file = file;
        this.parser = parser;
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @param required columns that must be in the header
     * @throws WatchlistLoadException when the file is missing, empty, not UTF-8 or lacks a required column
     */
    public static CsvRows open(Path file, List<String> required) {
        Reader reader;
        try {
            reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (NoSuchFileException e) {
            throw WatchlistLoadException.ofFile(file, "file not found; check the path in config/paxgate.yaml", e);
        } catch (IOException e) {
            throw WatchlistLoadException.ofFile(file, "cannot read the file: " + e, e);
        }
        CsvRows rows = null;
        try {
            CsvParser p = (CsvParser) MAPPER.getFactory().createParser(reader);
            p.setSchema(CsvSchema.emptySchema());
            List<String> header = new ArrayList<>();
            CsvRows tmp = new CsvRows(file, p, List.of());
            if (!tmp.readRecord(header)) {
                p.close();
                throw WatchlistLoadException.ofFile(file, "the file is empty; a header row is required", null);
            }
            rows = new CsvRows(file, p, List.copyOf(header));
            rows.line = tmp.line;
            for (String col : required) {
                if (!rows.columns.containsKey(col)) {
                    throw WatchlistLoadException.atLine(file, rows.line, col, "the header has no '" + col
                            + "' column; the header must name at least " + required + " (it has " + header + ")");
                }
            }
            return rows;
        } catch (IOException e) {
            throw WatchlistLoadException.ofFile(file, "cannot read the file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    /** Reads the next record; false at the end of the file. */
    public boolean next() {
        record.clear();
        boolean more = readRecord(record);
        if (more && record.size() > header.size()) {
            throw WatchlistLoadException.atLine(file, line, null, "the record has " + record.size()
                    + " fields but the header has " + header.size() + "; quote fields that contain commas");
        }
        return more;
    }

    private boolean readRecord(List<String> into) {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return false;
            }
            if (t != JsonToken.START_ARRAY) {
                throw WatchlistLoadException.atLine(file, parser.currentTokenLocation().getLineNr(), null,
                        "unexpected CSV structure");
            }
            boolean first = true;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw WatchlistLoadException.atLine(file, line, null, "the file ends inside a record");
                }
                if (first) {
                    // Jackson places START_ARRAY at the end of the previous record; the first value is on the record's line
                    line = parser.currentTokenLocation().getLineNr();
                    first = false;
                }
                into.add(parser.getText());
            }
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            long at = loc == null ? line + 1 : loc.getLineNr();
            throw WatchlistLoadException.atLine(file, at, null, "malformed CSV (" + e.getOriginalMessage()
                    + "); check quoting: a quoted field must end with a quote before the next comma", e);
        } catch (CharacterCodingException e) {
            throw WatchlistLoadException.atLine(file, line + 1, null,
                    "the file is not valid UTF-8 here; save it as UTF-8", e);
        } catch (IOException e) {
            throw WatchlistLoadException.ofFile(file, "cannot read the file: " + e, e);
        }
    }

    /** The 1-based line the current record (or the header) starts on. */
    public long line() {
        return line;
    }

    public Path file() {
        return file;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /**
     * The stripped value of {@code column} in the current record; "" when the column is absent
     * from the header. A record shorter than the header is an error naming the missing field.
     */
    public String get(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return "";
        }
        if (i >= record.size()) {
            throw WatchlistLoadException.atLine(file, line, column, "the record has only " + record.size()
                    + " fields and ends before this column; every record needs " + header.size() + " fields");
        }
        return record.get(i).strip();
    }

    /** Like {@link #get} but blank is an error. */
    public String require(String column) {
        String v = get(column);
        if (v.isEmpty()) {
            throw fail(column, "is empty; a value is required");
        }
        return v;
    }

    /** An error at the current record and {@code column}. */
    public WatchlistLoadException fail(String column, String problem) {
        return WatchlistLoadException.atLine(file, line, column, problem);
    }

    /** {@code ;}-separated values of {@code column}, stripped, blanks dropped. */
    public List<String> multi(String column) {
        return split(get(column));
    }

    static List<String> split(String v) {
        if (v.isEmpty()) {
            return List.of();
        }
        if (v.indexOf(';') < 0) {
            return List.of(v);
        }
        List<String> out = new ArrayList<>(4);
        for (String s : v.split(";")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only file: nothing to flush
        }
    }

    private static void closeQuietly(Reader r) {
        try {
            r.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
