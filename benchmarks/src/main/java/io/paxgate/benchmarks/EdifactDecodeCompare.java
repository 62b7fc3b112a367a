package io.paxgate.benchmarks;

import io.paxgate.benchmarks.corpus.SyntheticCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@link XmlDecodeCompare} for EDIFACT: the benchmark corpora (and smaller ones of other seeds),
 * every {@code *.edi} of the directories given, and damaged copies of each (cut short, a byte
 * replaced by a separator, release character, line break, NUL or a letter, a hard-wrap line break
 * inserted, a segment dropped or repeated, segments with many components or elements, lower-case
 * letters, syntax version 3, an unknown character set) through {@code InputDecoder} of both jars, compared as JSON of every field.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.EdifactDecodeCompare /tmp/old.jar \
 *     benchmarks/target/benchmarks.jar config/samples ../shared/samples</pre>
 */
public final class EdifactDecodeCompare {
    private static final byte[] NOISE = {'\'', '+', ':', '?', '*', '\n', '\r', 0, (byte) 0xFF, 'a', ' ', '0', 'Z'};

    private EdifactDecodeCompare() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> originals = new ArrayList<>();
        originals.add(SyntheticCorpus.paxlst(ParseBenchmark.PAXLST_TRAVELLERS, SyntheticCorpus.DEFAULT_SEED));
        originals.add(SyntheticCorpus.pnrgovCorpus(ParseBenchmark.PNRGOV_PNRS, SyntheticCorpus.DEFAULT_SEED).bytes());
        for (long seed = 1; seed <= 20; seed++) {
            originals.add(SyntheticCorpus.paxlst(5, seed));
            originals.add(SyntheticCorpus.pnrgovCorpus(3, seed).bytes());
        }
        for (int i = 2; i < args.length; i++) {
            originals.addAll(samples(Path.of(args[i])));
        }
        SplittableRandom r = new SplittableRandom(20261124L);
        List<byte[]> inputs = new ArrayList<>();
        for (byte[] in : originals) {
            inputs.addAll(variants(in, r));
        }
        XmlDecodeCompare.compare(args[0], args[1], inputs);
    }

    private static List<byte[]> samples(Path dir) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".edi")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static List<byte[]> variants(byte[] in, SplittableRandom r) {
        List<byte[]> out = XmlDecodeCompare.withCuts(in, r, 6);
        for (int i = 0; i < 12; i++) {
            byte[] c = in.clone();
            c[r.nextInt(c.length)] = NOISE[r.nextInt(NOISE.length)];
            out.add(c);
        }
        String s = new String(in, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 3; i++) {
            int at = r.nextInt(s.length());
            out.add(latin1(s.substring(0, at) + "\r\n" + s.substring(at)));
        }
        for (int i = 0; i < 2; i++) {
            int from = s.indexOf('\'', r.nextInt(s.length())) + 1;
            int to = s.indexOf('\'', from) + 1;
            if (from > 0 && to > 0) {
                out.add(latin1(s.substring(0, from) + s.substring(to))); // a segment dropped
                out.add(latin1(s.substring(0, to) + s.substring(from, to) + s.substring(to))); // repeated
            }
        }
        int unh = s.indexOf("UNH+");
        int body = unh < 0 ? 0 : s.indexOf('\'', unh) + 1;
        if (body > 0) { // segments past the lexer's array sizes (64 components, 32 elements) and its bound (4,096)
            out.add(latin1(s.substring(0, body) + "FTX+" + "A:".repeat(100) + "'RFF" + "+A:B".repeat(40) + "'"
                    + s.substring(body)));
            out.add(latin1(s.substring(0, body) + "FTX+" + "A:".repeat(5000) + "'" + s.substring(body)));
        }
        out.add(latin1(s.replace("+DEU", "+deu").replace("+FL+", "+fl+").replace("DOCS:", "docs:")));
        out.add(latin1(s.replace("UNOA:4", "UNOA:3").replace("UNOC:4", "UNOC:3")));
        out.add(latin1(s.replace("UNOA:", "UNOY:").replace("UNOC:", "UNOY:")));
        out.add(latin1(s.replace("UNOA:", "XXXX:").replace("UNOC:", "XXXX:")));
        return out;
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
