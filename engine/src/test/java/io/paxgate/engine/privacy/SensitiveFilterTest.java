package io.paxgate.engine.privacy;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensitiveFilterTest {
    private final InputDecoder decoder = new InputDecoder();

    private static long count(DecodeResult r, ProblemCode code) {
        return r.allProblems().stream().map(Problem::code).filter(code::equals).count();
    }

    @Test
    void aMealSsrIsCutFromThePnrgovAndTheUntCountLowered() throws Exception {
        byte[] in = Files.readAllBytes(Path.of("..", "config", "samples", "pnrgov_13_1_1pnr_2pax.edi"));
        DecodeResult before = decoder.decode(in);
        assertEquals(1, count(before, ProblemCode.SENSITIVE_DATA));

        SensitiveFilter.Filtered f = SensitiveFilter.filter(in, before);

        String out = new String(f.bytes(), StandardCharsets.ISO_8859_1);
        assertEquals(1, f.removed());
        assertEquals(0, f.missed());
        assertFalse(out.contains("AVML"));
        DecodeResult after = decoder.decode(f.bytes());
        assertEquals(0, count(after, ProblemCode.SENSITIVE_DATA));
        assertEquals(before.allProblems().size() - 1, after.allProblems().size(), after.allProblems().toString());
        assertEquals(before.travellerCount(), after.travellerCount());
        PnrgovMessage m = (PnrgovMessage) after.messages().get(0);
        assertTrue(m.pnrs.get(0).services.stream().noneMatch(s -> s.sensitive));
    }

    @Test
    void healthAndReligionInFreeTextAndMedicalSsrsGoAndTheRestStaysByteForByte() throws Exception {
        String in = new String(Files.readAllBytes(Path.of("..", "config", "samples", "pnrgov_13_1_1pnr_2pax.edi")),
                StandardCharsets.ISO_8859_1);
        String withMore = in.replace("REF+:0220LH400003'", "REF+:0220LH400003'IFT+4:28::LH+PAX DIABETIC NEEDS SNACK'"
                + "SSR+WCHR:HK:1:LH+::2'");
        int unt = Integer.parseInt(withMore.replaceAll("(?s).*UNT\\+(\\d+)\\+.*", "$1"));
        byte[] bytes = withMore.getBytes(StandardCharsets.ISO_8859_1);

        SensitiveFilter.Filtered f = SensitiveFilter.filter(bytes, decoder.decode(bytes));

        String out = new String(f.bytes(), StandardCharsets.ISO_8859_1);
        assertEquals(3, f.removed());
        assertFalse(out.contains("DIABETIC") || out.contains("WCHR") || out.contains("AVML"));
        assertTrue(out.contains("UNT+" + (unt - 3) + "+"), out);
        assertEquals(0, decoder.decode(f.bytes()).allProblems().stream().filter(Problem::isError).count());
    }

    @Test
    void anInputWithNothingSensitiveIsReturnedAsItCame() throws Exception {
        byte[] in = Files.readAllBytes(Path.of("..", "config", "samples", "paxlst_d12b_2pax.edi"));
        SensitiveFilter.Filtered f = SensitiveFilter.filter(in, decoder.decode(in));
        assertEquals(0, f.removed());
        assertArrayEquals(in, f.bytes());
    }

    @Test
    void aMedicalSsrElementIsCutFromPnrgovXml() throws Exception {
        byte[] in = Files.readAllBytes(Path.of("..", "parsers", "src", "test", "resources", "pnrgov-xml", "two-pnrs.xml"));
        DecodeResult before = decoder.decode(in);
        assertTrue(count(before, ProblemCode.SENSITIVE_DATA) > 0);

        SensitiveFilter.Filtered f = SensitiveFilter.filter(in, before);

        String out = new String(f.bytes(), StandardCharsets.UTF_8);
        assertFalse(out.contains("WCHR"));
        assertTrue(out.contains("SSRCode=\"CTCE\""));
        DecodeResult after = decoder.decode(f.bytes());
        assertEquals(0, count(after, ProblemCode.SENSITIVE_DATA));
        assertEquals(before.travellerCount(), after.travellerCount());
    }
}
