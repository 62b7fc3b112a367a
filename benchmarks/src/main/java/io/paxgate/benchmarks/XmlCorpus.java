package io.paxgate.benchmarks;

import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.SyntheticMessage;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.TrafficGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * PNRGOV XML pushes ({@code IATA_PNRGOV_NotifRQ}) as the engine receives them: the
 * {@code *-pnrgov.xml} files of {@code -Dpaxgate.xml.dir} (a {@code ./paxgate synth} traffic
 * directory), or else the XML pushes of a generated day ({@value #FLIGHTS} flights, seed
 * {@value #SEED}, {@link #DAY}, no plants, no faults), the same bytes on every run.
 */
public record XmlCorpus(byte[][] pushes, long bytes, String origin) {
    public static final int FLIGHTS = 300;
    public static final long SEED = 20261124L;
    public static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    public static XmlCorpus load() {
        String dir = System.getProperty("paxgate.xml.dir");
        return dir == null ? generated() : fromDirectory(Path.of(dir));
    }

    static XmlCorpus fromDirectory(Path dir) {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-pnrgov.xml")).sorted().toList()) {
                out.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no *-pnrgov.xml file in " + dir);
        }
        return of(out, dir.toString());
    }

    static XmlCorpus generated() {
        List<byte[]> out = new ArrayList<>();
        for (SyntheticFlight f : new TrafficGenerator(SEED, Plants.none(), 0).day(DAY, FLIGHTS)) {
            for (SyntheticMessage m : f.messages()) {
                if (m.kind() == SyntheticMessage.Kind.PNRGOV && m.xml()) {
                    out.add(m.bytes());
                }
            }
        }
        return of(out, "generated: " + FLIGHTS + " flights, seed " + SEED + ", " + DAY);
    }

    private static XmlCorpus of(List<byte[]> pushes, String origin) {
        long bytes = 0;
        for (byte[] p : pushes) {
            bytes += p.length;
        }
        return new XmlCorpus(pushes.toArray(new byte[0][]), bytes, origin);
    }

    /** "36 pushes, 10,616,554 bytes (295 KB average; from ...)". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d pushes, %,d bytes (%,d B average; %s)",
                pushes.length, bytes, bytes / pushes.length, origin);
    }
}
