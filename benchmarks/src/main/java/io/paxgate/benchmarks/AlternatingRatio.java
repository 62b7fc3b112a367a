package io.paxgate.benchmarks;

import io.paxgate.benchmarks.corpus.SyntheticCorpus;
import io.paxgate.parsers.InputDecoder;
import io.xlate.edi.stream.EDIInputFactory;

import java.util.Arrays;

/**
 * Paxgate / StAEDI on one corpus in one JVM, alternating 0.5 s slices of each and taking the
 * median of the per-pair ratios: on a shared, loaded box both sides then see the same load,
 * which a JMH run (one benchmark after the other) does not give. A cross-check of the JMH
 * ratio, not a replacement for it.
 *
 * <pre>java -Dchronicle.analytics.disable=true -cp benchmarks/target/benchmarks.jar \
 *     io.paxgate.benchmarks.AlternatingRatio paxlst|pnrgov [pairs]</pre>
 */
public final class AlternatingRatio {
    private static final long SLICE_NANOS = 500_000_000L;
    private static final int WARMUP_PAIRS = 6;

    private AlternatingRatio() {
    }

    public static void main(String[] args) {
        boolean paxlst = args.length == 0 || args[0].equals("paxlst");
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        byte[] bytes = paxlst
                ? SyntheticCorpus.paxlst(ParseBenchmark.PAXLST_TRAVELLERS, SyntheticCorpus.DEFAULT_SEED)
                : SyntheticCorpus.pnrgovCorpus(ParseBenchmark.PNRGOV_PNRS, SyntheticCorpus.DEFAULT_SEED).bytes();
        InputDecoder decoder = new InputDecoder();
        EDIInputFactory staedi = EDIInputFactory.newFactory();
        double[] paxgate = new double[pairs];
        double[] other = new double[pairs];
        double[] ratio = new double[pairs];
        long sink = 0;
        for (int i = -WARMUP_PAIRS; i < pairs; i++) {
            long t0 = System.nanoTime();
            long t;
            int n = 0;
            do {
                sink += decoder.decode(bytes).travellerCount();
                n++;
                t = System.nanoTime();
            } while (t - t0 < SLICE_NANOS);
            double p = n * 1e9 / (t - t0);
            t0 = System.nanoTime();
            n = 0;
            do {
                sink += ElementScan.staedi(staedi, bytes, null);
                n++;
                t = System.nanoTime();
            } while (t - t0 < SLICE_NANOS);
            double s = n * 1e9 / (t - t0);
            if (i >= 0) {
                paxgate[i] = p;
                other[i] = s;
                ratio[i] = p / s;
            }
        }
        Arrays.sort(paxgate);
        Arrays.sort(other);
        Arrays.sort(ratio);
        System.out.printf("%s: Paxgate %.0f ops/s, StAEDI %.1f ops/s (medians); Paxgate/StAEDI median %.1fx"
                        + " (p25 %.1fx, p75 %.1fx) over %d pairs (sink %d)%n",
                paxlst ? "PAXLST" : "PNRGOV", paxgate[pairs / 2], other[pairs / 2], ratio[pairs / 2],
                ratio[pairs / 4], ratio[3 * pairs / 4], pairs, sink);
    }
}
