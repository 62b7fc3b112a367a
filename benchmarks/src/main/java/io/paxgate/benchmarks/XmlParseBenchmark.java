package io.paxgate.benchmarks;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.PnrgovMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * PNRGOV XML decode, as the HTTP thread does it before answering 202: one op = every XML push of
 * {@link XmlCorpus} through {@link InputDecoder#decode(byte[])} (about 10 MB, 36 pushes of a
 * generated day). MB/s = ops/s x corpus bytes / 1e6; us per push = 1e6 / (ops/s x pushes).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class XmlParseBenchmark extends PaxgateBenchmark {
    private byte[][] pushes;
    private InputDecoder decoder;

    @Setup(Level.Trial)
    public void setUp() {
        XmlCorpus corpus = XmlCorpus.load();
        pushes = corpus.pushes();
        decoder = new InputDecoder();
        int travellers = 0;
        for (byte[] p : pushes) {
            DecodeResult r = decoder.decode(p);
            if (r.messages().size() != 1 || !(r.messages().get(0) instanceof PnrgovMessage)) {
                throw new IllegalStateException("a push did not decode to one PnrgovMessage: " + r.allProblems());
            }
            travellers += r.travellerCount();
        }
        System.out.println();
        System.out.println("corpus PNRGOV XML: " + corpus.describe() + ", " + travellers + " travellers");
    }

    @Benchmark
    public void pnrgovXmlPaxgate(Blackhole bh) {
        for (byte[] p : pushes) {
            bh.consume(decoder.decode(p));
        }
    }
}
