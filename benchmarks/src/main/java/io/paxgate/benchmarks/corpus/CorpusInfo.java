package io.paxgate.benchmarks.corpus;

import io.paxgate.benchmarks.ElementScan;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.xlate.edi.stream.EDIInputFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints what the benchmark corpora hold (bytes, travellers, segments, element values seen by
 * Paxgate's lexer and by StAEDI, what Paxgate decodes them to), the figures needed to turn ops/s
 * into bytes/s and travellers/s. With a directory argument, also writes the two corpora there.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.corpus.CorpusInfo [dir]</pre>
 */
public final class CorpusInfo {
    private CorpusInfo() {
    }

    public static void main(String[] args) throws IOException {
        SyntheticCorpus.Corpus[] corpora = {
            SyntheticCorpus.paxlstCorpus(300, SyntheticCorpus.DEFAULT_SEED),
            SyntheticCorpus.pnrgovCorpus(100, SyntheticCorpus.DEFAULT_SEED),
        };
        for (SyntheticCorpus.Corpus c : corpora) {
            System.out.println(describe(c));
            if (args.length > 0) {
                Path out = Path.of(args[0], c.name().startsWith("PAXLST") ? "paxlst_synthetic.edi" : "pnrgov_synthetic.edi");
                Files.createDirectories(out.getParent());
                Files.write(out, c.bytes());
                System.out.println("  written to " + out);
            }
        }
    }

    /** One line per corpus, printed by the benchmark's setup too. */
    public static String describe(SyntheticCorpus.Corpus c) {
        int lexer = ElementScan.paxgateLexer(c.bytes());
        int staedi = ElementScan.staedi(EDIInputFactory.newFactory(), c.bytes(), null);
        DecodeResult r = new InputDecoder().decode(c.bytes());
        StringBuilder decoded = new StringBuilder();
        for (DecodedMessage m : r.messages()) {
            decoded.append(m.getClass().getSimpleName()).append('(').append(m.travellerCount()).append(" travellers, ")
                    .append(m.problems.size()).append(" problems) ");
        }
        return String.format("%s: %d bytes, %d units, %d travellers, %d segments UNH..UNT, %.0f bytes/traveller, "
                        + "%.0f bytes/unit; element values: Paxgate lexer %d, StAEDI %d; Paxgate decodes to %s",
                c.name(), c.bytes().length, c.units(), c.travellers(), c.segments(),
                (double) c.bytes().length / c.travellers(), (double) c.bytes().length / c.units(), lexer, staedi,
                decoded.toString().trim());
    }
}
