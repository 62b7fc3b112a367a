package io.paxgate.rules.watchlist;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same list written another way loads to the same entries: the shipped Paxgate and
 * OpenSanctions CSV samples with their columns in another order, every field quoted, CRLF line
 * ends, a byte order mark, an extra column nobody reads and blank lines between records, in any
 * combination.
 */
class CsvSpellingProperties {
    private static final String[] SAMPLES = {"watchlists/national-sample.csv", "watchlists/opensanctions-sample.csv"};

    @Property(tries = 100)
    void anotherSpellingLoadsTheSameEntries(@ForAll @IntRange(min = 0, max = 1) int sample, @ForAll boolean reorder,
            @ForAll boolean quoteAll, @ForAll boolean crlf, @ForAll boolean bom, @ForAll boolean extraColumn,
            @ForAll boolean blankLines, @ForAll long seed) throws IOException {
        Path original = TestFiles.configDir().resolve(SAMPLES[sample]);
        List<List<String>> rows = read(original);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            order.add(i);
        }
        if (reorder) {
            Collections.shuffle(order, new Random(seed));
        }
        String eol = crlf ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<String> fields = new ArrayList<>();
            for (int i : order) {
                fields.add(field(i < row.size() ? row.get(i) : "", quoteAll));
            }
            if (extraColumn) {
                fields.add(field(r == 0 ? "remarks" : "seen by, the desk", quoteAll));
            }
            sb.append(String.join(",", fields)).append(eol);
            if (blankLines && r > 0) {
                sb.append(eol);
            }
        }
        Path dir = Files.createTempDirectory("csv-spelling");
        try {
            Path respelled = Files.writeString(dir.resolve("list.csv"), sb.toString(), StandardCharsets.UTF_8);
            assertEquals(load(sample, original).toString(), load(sample, respelled).toString(), sb.toString());
        } finally {
            Files.deleteIfExists(dir.resolve("list.csv"));
            Files.deleteIfExists(dir);
        }
    }

    private static List<WatchlistEntry> load(int sample, Path file) {
        return sample == 0
                ? new PaxgateCsvLoader().load(new ListSpec("national", ListSpec.Format.PAXGATE_CSV, file, "national", 3))
                : new OpenSanctionsCsvLoader().load(new ListSpec("os", ListSpec.Format.OPENSANCTIONS_CSV, file, "sanctions", 4));
    }

    private static String field(String v, boolean quote) {
        boolean needs = quote || v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return needs ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static List<List<String>> read(Path file) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            while (it.hasNext()) {
                rows.add(it.next());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
