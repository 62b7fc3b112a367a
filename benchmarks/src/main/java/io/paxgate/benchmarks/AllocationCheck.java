package io.paxgate.benchmarks;

import io.paxgate.benchmarks.corpus.SyntheticCorpus;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.EdifactLexer;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.Syntax;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated per PAXLST traveller by a warm decoder, without JMH: the quick check next to
 * {@code -prof gc} (whose gc.alloc.rate.norm / 300 on paxlstPaxgate is the reference figure).
 * Also splits lexing from decoding, to say where the allocation goes. Target: at most 1 KB.
 *
 * <pre>java -Dchronicle.analytics.disable=true -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.AllocationCheck</pre>
 */
public final class AllocationCheck {
    private static final int WARMUP = 3_000;
    private static final int MEASURED = 1_000;

    private AllocationCheck() {
    }

    public static void main(String[] args) {
        int travellers = ParseBenchmark.PAXLST_TRAVELLERS;
        byte[] paxlst = SyntheticCorpus.paxlst(travellers, SyntheticCorpus.DEFAULT_SEED);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();

        InputDecoder decoder = new InputDecoder();
        EdifactLexer lexer = new EdifactLexer();
        Segment segment = new Segment();
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += decoder.decode(paxlst).travellerCount();
            sink += lex(lexer, segment, paxlst);
        }

        long before = threads.getThreadAllocatedBytes(me);
        for (int i = 0; i < MEASURED; i++) {
            sink += lex(lexer, segment, paxlst);
        }
        long lexBytes = (threads.getThreadAllocatedBytes(me) - before) / MEASURED;

        before = threads.getThreadAllocatedBytes(me);
        for (int i = 0; i < MEASURED; i++) {
            sink += decoder.decode(paxlst).travellerCount();
        }
        long decodeBytes = (threads.getThreadAllocatedBytes(me) - before) / MEASURED;

        System.out.printf("PAXLST %d travellers, %d bytes (sink %d)%n", travellers, paxlst.length, sink);
        System.out.printf("  lexing only (reused lexer and segment): %,d B/interchange%n", lexBytes);
        System.out.printf("  full decode to PaxlstMessage:          %,d B/interchange = %,d B/traveller (target <= 1024)%n",
                decodeBytes, decodeBytes / travellers);
    }

    private static int lex(EdifactLexer lexer, Segment segment, byte[] bytes) {
        lexer.reset(bytes);
        lexer.syntax(Syntax.DEFAULT_V4);
        lexer.position(9); // the corpus starts with the standard UNA
        int n = 0;
        while (lexer.next(segment, ++n) != EdifactLexer.END) {
            // segments only
        }
        return n;
    }
}
