package io.paxgate.benchmarks;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Old against new build on a loaded box: two copies of {@code benchmarks.jar} in separate class
 * loaders of one JVM, alternating 0.4 s slices of the same work, and the median of the per-pair
 * ratios B/A. Both sides see the same load, so effects of a few percent show where two JMH runs
 * minutes apart would not. Reflection costs the same on both sides.
 *
 * <pre>cp benchmarks/target/benchmarks.jar /tmp/old.jar   # before the change
 * java -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.JarAB paxlst|pnrgov|paxlst-lex|pnrgov-lex|names-shipped|names-100k \
 *     /tmp/old.jar benchmarks/target/benchmarks.jar [pairs]
 * java -Dpaxgate.xml.dir=/tmp/xmlcorpus/traffic -cp ... JarAB pnrgov-xml /tmp/old.jar benchmarks/target/benchmarks.jar</pre>
 *
 * <p>{@code pnrgov-xml}: one op decodes every {@code *-pnrgov.xml} push of {@code paxgate.xml.dir}
 * (written by {@code ./paxgate synth}); MB/s = ops/s x {@link XmlCorpus#bytes}.
 */
public final class JarAB {
    private static final long SLICE_NANOS = 400_000_000L;

    private interface Op {
        Object run() throws Exception;
    }

    private JarAB() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        Op[] ops = {op(args[1], kind), op(args[2], kind)};
        for (int w = 0; w < 10; w++) {
            for (Op op : ops) {
                long t = System.nanoTime();
                while (System.nanoTime() - t < SLICE_NANOS) {
                    op.run();
                }
            }
        }
        double[][] rates = new double[2][pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            for (int k = 0; k < 2; k++) {
                int j = i % 2 == 0 ? k : 1 - k; // alternate which side goes first
                long t0 = System.nanoTime();
                long t;
                int n = 0;
                do {
                    ops[j].run();
                    n++;
                    t = System.nanoTime();
                } while (t - t0 < SLICE_NANOS);
                rates[j][i] = n * 1e9 / (t - t0);
            }
            ratio[i] = rates[1][i] / rates[0][i];
        }
        Arrays.sort(rates[0]);
        Arrays.sort(rates[1]);
        Arrays.sort(ratio);
        System.out.printf("%s: A %.0f ops/s, B %.0f ops/s (medians); B/A median %.3f (p25 %.3f, p75 %.3f) over %d pairs%n",
                kind, rates[0][pairs / 2], rates[1][pairs / 2], ratio[pairs / 2], ratio[pairs / 4], ratio[3 * pairs / 4], pairs);
    }

    private static Op op(String jar, String kind) throws Exception {
        ClassLoader cl = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
        if (kind.startsWith("names-")) { // PrepareCost: name preparation and search per traveller
            @SuppressWarnings("unchecked")
            Callable<Object> names = (Callable<Object>) cl.loadClass("io.paxgate.benchmarks.names.PrepareCost")
                    .getMethod("op", String.class).invoke(null, kind);
            return names::call;
        }
        Class<?> corpus = cl.loadClass("io.paxgate.benchmarks.corpus.SyntheticCorpus");
        long seed = corpus.getField("DEFAULT_SEED").getLong(null);
        Class<?> decoderClass = cl.loadClass("io.paxgate.parsers.InputDecoder");
        Object decoder = decoderClass.getConstructor().newInstance();
        Method decode = decoderClass.getMethod("decode", byte[].class);
        if (kind.equals("pnrgov-xml")) {
            byte[][] pushes = XmlCorpus.load().pushes();
            return () -> {
                for (byte[] p : pushes) {
                    decode.invoke(decoder, (Object) p);
                }
                return pushes.length;
            };
        }
        byte[] bytes;
        if (kind.startsWith("paxlst")) {
            bytes = (byte[]) corpus.getMethod("paxlst", int.class, long.class).invoke(null, ParseBenchmark.PAXLST_TRAVELLERS, seed);
        } else {
            Object c = corpus.getMethod("pnrgovCorpus", int.class, long.class).invoke(null, ParseBenchmark.PNRGOV_PNRS, seed);
            bytes = (byte[]) c.getClass().getMethod("bytes").invoke(c);
        }
        if (kind.endsWith("-lex")) { // lexing only: every segment, no decoder
            Class<?> lexerClass = cl.loadClass("io.paxgate.parsers.edifact.EdifactLexer");
            Class<?> segmentClass = cl.loadClass("io.paxgate.parsers.edifact.Segment");
            Class<?> syntaxClass = cl.loadClass("io.paxgate.parsers.edifact.Syntax");
            Object lexer = lexerClass.getConstructor().newInstance();
            Object segment = segmentClass.getConstructor().newInstance();
            lexerClass.getMethod("syntax", syntaxClass).invoke(lexer, syntaxClass.getField("DEFAULT").get(null));
            Method reset = lexerClass.getMethod("reset", byte[].class);
            Method next = lexerClass.getMethod("next", segmentClass, int.class);
            return () -> {
                reset.invoke(lexer, (Object) bytes);
                int n = 0;
                while ((int) next.invoke(lexer, segment, n) != 0) {
                    n++;
                }
                return n;
            };
        }
        return () -> decode.invoke(decoder, (Object) bytes);
    }
}
