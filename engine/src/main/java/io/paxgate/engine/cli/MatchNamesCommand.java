package io.paxgate.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paxgate.rules.names.BirthDates;
import io.paxgate.rules.names.MatchThresholds;
import io.paxgate.rules.names.NamePair;
import io.paxgate.rules.names.NameScorer;
import io.paxgate.rules.watchlist.BirthDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./paxgate match-names --pairs FILE.csv [--threshold T]}: scores name pairs for analysts
 * tuning thresholds. Reads a CSV with header columns {@code name1,name2} and optionally
 * {@code birth_date1,birth_date2,nationality1,nationality2} (other columns are passed through), and
 * writes the same rows with {@code score} (0..1, 3 decimals) and {@code match} appended.
 */
@Command(name = "match-names", mixinStandardHelpOptions = true,
        description = {"Score name pairs: the first name as the traveller, the second as a listed name.",
                "Input: CSV with header columns name1,name2 and optional birth_date1,birth_date2 (YYYY-MM-DD, YYYY-MM or YYYY),",
                "nationality1,nationality2. Output (stdout): the same rows plus the columns score and match.",
                "Exit status: 0 done, 1 unreadable or invalid file (file and line named), 2 usage error."},
        exitCodeOnInvalidInput = 2)
public final class MatchNamesCommand implements Callable<Integer> {
    @Option(names = "--pairs", required = true, paramLabel = "FILE.csv", description = "CSV file of name pairs.")
    Path pairs;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Score from which a pair is a match, 0..1 (default: ${DEFAULT-VALUE}).")
    double threshold = MatchThresholds.DEFAULT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A bad input file: the message names file and line. */
    static final class PairFileException extends Exception {
        PairFileException(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threshold must be between 0 and 1, was " + threshold);
        }
        List<String[]> out;
        try {
            out = score(pairs, threshold);
        } catch (PairFileException e) {
            err.println("paxgate match-names: " + e.getMessage());
            err.flush();
            return 1;
        }
        CsvMapper mapper = new CsvMapper();
        // quote only where CSV needs it, so unchanged columns come out as they went in
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        PrintWriter w = spec.commandLine().getOut();
        try (SequenceWriter sw = mapper.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(w)) {
            for (String[] row : out) {
                sw.write(row);
            }
        } catch (IOException e) {
            err.println("paxgate match-names: cannot write the output: " + e.getMessage());
            return 1;
        }
        w.flush();
        return 0;
    }

    static List<String[]> score(Path file, double threshold) throws PairFileException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(r)) {
            if (!it.hasNext()) {
                throw new PairFileException(file + ": empty file; expected a header line with name1,name2");
            }
            String[] header = it.next();
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            int n1 = indexOf(header, "name1");
            int n2 = indexOf(header, "name2");
            if (n1 < 0 || n2 < 0) {
                throw new PairFileException(file + ":1: the header must have the columns name1 and name2, found "
                        + String.join(",", header));
            }
            int b1 = indexOf(header, "birth_date1");
            int b2 = indexOf(header, "birth_date2");
            int c1 = indexOf(header, "nationality1");
            int c2 = indexOf(header, "nationality2");
            String[] outHeader = Arrays.copyOf(header, header.length + 2);
            outHeader[header.length] = "score";
            outHeader[header.length + 1] = "match";
            out.add(outHeader);
            NameScorer scorer = NameScorer.DEFAULT;
            while (true) {
                String[] row;
                int line;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    // before the row is read the parser stands at its first line
                    line = it.getParser().currentLocation().getLineNr();
                    row = it.nextValue();
                } catch (JsonProcessingException e) {
                    throw new PairFileException(file + ":" + e.getLocation().getLineNr() + ": not valid CSV: "
                            + e.getOriginalMessage());
                }
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                String name1 = cell(row, n1);
                String name2 = cell(row, n2);
                if (name1.isBlank() || name2.isBlank()) {
                    throw new PairFileException(file + ":" + line + ": name1 and name2 must not be empty");
                }
                BirthDate d1 = date(file, line, "birth_date1", cell(row, b1));
                BirthDate d2 = date(file, line, "birth_date2", cell(row, b2));
                double s = new NamePair(name1, name2, d1, d2, cell(row, c1), cell(row, c2)).score(scorer);
                String[] o = Arrays.copyOf(row, Math.max(row.length, header.length) + 2);
                for (int i = row.length; i < header.length; i++) {
                    o[i] = "";
                }
                o[o.length - 2] = String.format(Locale.ROOT, "%.3f", s);
                o[o.length - 1] = Boolean.toString(s >= threshold);
                out.add(o);
            }
        } catch (NoSuchFileException e) {
            throw new PairFileException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new PairFileException(file + ":" + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ": not valid CSV: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                throw new PairFileException(file + ":" + (j.getLocation() == null ? "?" : j.getLocation().getLineNr())
                        + ": not valid CSV: " + j.getOriginalMessage());
            }
            throw new PairFileException(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static BirthDate date(Path file, int line, String column, String value) throws PairFileException {
        try {
            return BirthDates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new PairFileException(file + ":" + line + ": " + column + ": " + e.getMessage());
        }
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(String[] row, int i) {
        return i < 0 || i >= row.length || row[i] == null ? "" : row[i].trim();
    }
}
