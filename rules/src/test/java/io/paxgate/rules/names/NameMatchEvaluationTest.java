package io.paxgate.rules.names;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision, recall and F1 of the name matcher at {@link MatchThresholds#DEFAULT} over the labelled
 * evaluation set, for the tuning half, the held-out half and both; written to
 * {@code target/name-evaluation.txt}. Quality, not timing.
 */
class NameMatchEvaluationTest {
    record Row(NamePair pair, boolean label, String culture, String kind, String split, String raw) {
    }

    static final class Counts {
        int tp;
        int fp;
        int tn;
        int fn;

        void add(boolean label, boolean predicted) {
            if (label) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int total() {
            return tp + fp + tn + fn;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d precision=%.4f recall=%.4f F1=%.4f (tp=%d fp=%d tn=%d fn=%d)",
                    total(), precision(), recall(), f1(), tp, fp, tn, fn);
        }
    }

    static List<Row> load() throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(EvaluationSetGeneratorTest.DIR.resolve("evaluation.csv"), StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(r)) {
            while (it.hasNext()) {
                Map<String, String> m = it.next();
                NamePair p = new NamePair(m.get("name1"), m.get("name2"), BirthDates.parse(m.get("birth_date1")),
                        BirthDates.parse(m.get("birth_date2")), m.get("nationality1"), m.get("nationality2"));
                rows.add(new Row(p, Boolean.parseBoolean(m.get("label")), m.get("culture"), m.get("kind"), m.get("split"),
                        m.get("name1") + " | " + m.get("name2") + " | " + m.get("birth_date1") + " " + m.get("birth_date2")));
            }
        }
        return rows;
    }

    @Test
    void precisionAndRecallAtTheDefaultThreshold() throws IOException {
        List<Row> rows = load();
        double threshold = MatchThresholds.DEFAULT;
        Map<String, Counts> bySplit = new TreeMap<>();
        Map<String, Counts> byKind = new TreeMap<>();
        Map<String, Counts> byCulture = new TreeMap<>();
        Counts all = new Counts();
        // the same pairs on names alone (no birth date, no nationality): how much the dates carry
        Counts namesOnly = new Counts();
        Map<String, Counts> namesOnlyByKind = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Row r : rows) {
            NameMatch m = r.pair.match(NameScorer.DEFAULT);
            boolean predicted = m.score() >= threshold;
            all.add(r.label, predicted);
            NamePair bare = new NamePair(r.pair.name1(), r.pair.name2(), null, null, null, null);
            boolean bareMatch = bare.score(NameScorer.DEFAULT) >= threshold;
            namesOnly.add(r.label, bareMatch);
            namesOnlyByKind.computeIfAbsent((r.label ? "true/" : "false/") + r.kind, k -> new Counts()).add(r.label, bareMatch);
            bySplit.computeIfAbsent(r.split, k -> new Counts()).add(r.label, predicted);
            byKind.computeIfAbsent((r.label ? "true/" : "false/") + r.kind, k -> new Counts()).add(r.label, predicted);
            byCulture.computeIfAbsent(r.culture, k -> new Counts()).add(r.label, predicted);
            if (predicted != r.label && "tune".equals(r.split)) {
                errors.add((r.label ? "FN " : "FP ") + r.kind + " " + r.raw + " => " + m.explanation());
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Name matching evaluation at threshold %.2f (%d pairs)%n", threshold, rows.size()));
        report.append("all:     ").append(all).append('\n');
        bySplit.forEach((k, v) -> report.append(String.format(Locale.ROOT, "%-8s %s%n", k + ":", v)));
        report.append("names only (birth dates and nationalities ignored, for reference): ").append(namesOnly).append('\n');
        report.append("\nby kind (label/kind):\n");
        byKind.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-28s %s%n", k, v)));
        report.append("\nnames only, by kind:\n");
        namesOnlyByKind.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-28s %s%n", k, v)));
        report.append("\nby culture:\n");
        byCulture.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-14s %s%n", k, v)));
        report.append("\nerrors on the tuning half:\n");
        errors.forEach(e -> report.append("  ").append(e).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "name-evaluation.txt"), report, StandardCharsets.UTF_8);
        assertTrue(rows.size() >= 2000, "evaluation set too small: " + rows.size());
        assertTrue(all.recall() >= 0.97, "recall " + all.recall());
        assertTrue(all.precision() >= 0.95, "precision " + all.precision());
    }
}
