package io.paxgate.benchmarks;

import io.paxgate.benchmarks.corpus.CorpusInfo;
import io.paxgate.benchmarks.corpus.SyntheticCorpus;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PnrgovMessage;
import io.xlate.edi.stream.EDIInputFactory;
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
 * Whole-interchange parse throughput: Paxgate's full decode to the model against StAEDI
 * (io.xlate:staedi 1.26.0) streaming the same bytes and reading every element value as text.
 * One op = one whole interchange: a 300-traveller PAXLST D:05B (about 95 KB) or a 100-PNR
 * PNRGOV 13.1 push (about 156 KB), both from {@link SyntheticCorpus} with a fixed seed.
 *
 * <p>Throughput mode (ops/s) because the figures we report are rates: bytes/s = ops/s x corpus
 * bytes, travellers/s = ops/s x travellers (CorpusInfo and the setup print both sizes). Run with
 * {@code -prof gc}: gc.alloc.rate.norm / 300 on paxlstPaxgate is the allocation per traveller.
 *
 * <p>The comparison favours StAEDI: it builds no model, only hands out element Strings; Paxgate
 * builds the whole PaxlstMessage (travellers, documents, legs, problems).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class ParseBenchmark extends PaxgateBenchmark {
    public static final int PAXLST_TRAVELLERS = 300;
    public static final int PNRGOV_PNRS = 100;

    private byte[] paxlst;
    private byte[] pnrgov;
    /** One decoder per thread state, reused for every op, as a gateway worker would. */
    private InputDecoder decoder;
    /** Factory creation is cold-path configuration; each op creates its own reader. */
    private EDIInputFactory staedi;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticCorpus.Corpus pax = SyntheticCorpus.paxlstCorpus(PAXLST_TRAVELLERS, SyntheticCorpus.DEFAULT_SEED);
        SyntheticCorpus.Corpus pnr = SyntheticCorpus.pnrgovCorpus(PNRGOV_PNRS, SyntheticCorpus.DEFAULT_SEED);
        paxlst = pax.bytes();
        pnrgov = pnr.bytes();
        decoder = new InputDecoder();
        staedi = EDIInputFactory.newFactory();

        // The StAEDI loop must read the whole interchange, or the comparison is void.
        ElementScan.checkPlausible(pax.name(), ElementScan.staedi(staedi, paxlst, null), ElementScan.paxgateLexer(paxlst));
        ElementScan.checkPlausible(pnr.name(), ElementScan.staedi(staedi, pnrgov, null), ElementScan.paxgateLexer(pnrgov));

        // Paxgate must decode the PAXLST fully and cleanly, or it is not measuring a decode.
        DecodeResult r = decoder.decode(paxlst);
        if (r.travellerCount() != pax.travellers() || !r.allProblems().isEmpty()) {
            throw new IllegalStateException("Paxgate decoded " + r.travellerCount() + " of " + pax.travellers()
                    + " PAXLST travellers with problems " + r.allProblems());
        }
        DecodeResult p = decoder.decode(pnrgov);
        boolean pnrgovDecoded = !p.messages().isEmpty() && p.messages().get(0) instanceof PnrgovMessage;
        if (pnrgovDecoded && p.travellerCount() != pnr.travellers()) {
            throw new IllegalStateException("Paxgate decoded " + p.travellerCount() + " of " + pnr.travellers()
                    + " PNRGOV travellers with problems " + p.allProblems());
        }
        System.out.println();
        System.out.println("corpus " + CorpusInfo.describe(pax));
        System.out.println("corpus " + CorpusInfo.describe(pnr));
        if (!pnrgovDecoded) {
            DecodedMessage m = p.messages().isEmpty() ? null : p.messages().get(0);
            System.out.println("WARNING: no PNRGOV decoder is registered (decoded to "
                    + (m == null ? "nothing" : m.getClass().getSimpleName())
                    + "): pnrgovPaxgate measures lexing and envelope reading only, not a PNRGOV decode");
        }
    }

    @Benchmark
    public DecodeResult paxlstPaxgate() {
        return decoder.decode(paxlst);
    }

    @Benchmark
    public DecodeResult pnrgovPaxgate() {
        return decoder.decode(pnrgov);
    }

    @Benchmark
    public int paxlstStaedi(Blackhole bh) {
        return ElementScan.staedi(staedi, paxlst, bh);
    }

    @Benchmark
    public int pnrgovStaedi(Blackhole bh) {
        return ElementScan.staedi(staedi, pnrgov, bh);
    }
}
