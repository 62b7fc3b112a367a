package io.paxgate.benchmarks;

import io.paxgate.rules.documents.ChronicleDocumentList;
import io.paxgate.rules.documents.DocumentKey;
import io.paxgate.rules.documents.DocumentRecord;
import io.paxgate.rules.documents.DocumentRecord.Reason;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lost/stolen document lookups in the off-heap Chronicle map: SampleTime mode, so the output
 * carries p0.99 per lookup (target: at most 2 us). {@code lookupHit} asks for listed documents,
 * {@code lookupMiss} for unlisted numbers of the same shape; both go through the raw-string
 * API (normalisation included), as the screening stage calls it.
 *
 * <p>The trial setup builds the map from generated keys and prints the build rate (entries/s)
 * and bytes per entry (map file size / entries). CI-sized run: entries=1000000. Manual run at
 * SLTD scale (about 3.5 GB of map file at 35 bytes/entry, roughly 10 minutes to build at 1M-run rates; both extrapolated):
 * {@code java -jar benchmarks/target/benchmarks.jar DocumentLookupBenchmark -p entries=100000000}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class DocumentLookupBenchmark extends PaxgateBenchmark {
    private static final String[] COUNTRIES = {"AZE", "RUS", "TUR", "IRN", "UZB", "KAZ", "GEO", "DEU"};
    private static final int QUERIES = 1 << 16;

    @Param({"1000000"})
    public long entries;

    private Path dir;
    private ChronicleDocumentList list;
    private String[] hitNumbers;
    private String[] hitCountries;
    private String[] missNumbers;

    @State(Scope.Thread)
    public static class Cursor {
        int i;
    }

    /** Number i as lists print it (with a space) so that lookups pay for normalisation. */
    static String number(long i) {
        String s = Long.toString(100_000_000L + i * 7);
        return s.substring(0, 2) + " " + s.substring(2);
    }

    @Setup(Level.Trial)
    public void build() throws IOException {
        dir = Files.createTempDirectory("paxgate-doc-bench");
        Path file = dir.resolve("sltd.cmap");
        long start = System.nanoTime();
        list = ChronicleDocumentList.create("bench", file, entries);
        for (long i = 0; i < entries; i++) {
            list.add(DocumentKey.of(number(i), COUNTRIES[(int) (i & 7)], "P"), i % 3 == 0 ? Reason.STOLEN : Reason.LOST, null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nDocumentLookupBenchmark build: %,d entries in %.1f s = %,.0f entries/s; map file %,d bytes"
                        + " = %.1f bytes/entry%n", entries, seconds, entries / seconds, list.fileBytes(),
                (double) list.fileBytes() / entries);

        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        hitNumbers = new String[QUERIES];
        hitCountries = new String[QUERIES];
        missNumbers = new String[QUERIES];
        for (int q = 0; q < QUERIES; q++) {
            long i = r.nextLong(entries);
            hitNumbers[q] = number(i);
            hitCountries[q] = COUNTRIES[(int) (i & 7)];
            missNumbers[q] = number(i).replace(' ', '9'); // a different, unlisted number of similar shape
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        list.closeAndDelete();
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public List<DocumentRecord> lookupHit(Cursor c) {
        int q = c.i++ & (QUERIES - 1);
        return list.lookup(hitNumbers[q], hitCountries[q], "P");
    }

    @Benchmark
    public List<DocumentRecord> lookupMiss(Cursor c) {
        int q = c.i++ & (QUERIES - 1);
        return list.lookup(missNumbers[q], hitCountries[q], "P");
    }
}
