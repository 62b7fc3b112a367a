package io.paxgate.engine.loadgen;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterchangeTemplateTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String rewrite(String in, String ref) {
        return new String(InterchangeTemplate.of(ascii(in)).withReference(ref), StandardCharsets.ISO_8859_1);
    }

    @Test
    void theUnbAndUnzReferencesAreReplacedWithDefaultSeparators() {
        assertEquals("UNB+UNOA:4+AIR:ZZ+GOV:ZZ+261124:1200+NEW42++APIS'UNH+1+PAXLST'UNZ+1+NEW42'",
                rewrite("UNB+UNOA:4+AIR:ZZ+GOV:ZZ+261124:1200+7++APIS'UNH+1+PAXLST'UNZ+1+7'", "NEW42"));
    }

    @Test
    void theUnaSeparatorsAreUsed() {
        assertEquals("UNA|*.\\ #UNB*UNOA|4*AIR*GOV*261124|1200*R1|X#UNZ*1*R1#",
                rewrite("UNA|*.\\ #UNB*UNOA|4*AIR*GOV*261124|1200*OLDREF|X#UNZ*1*OLDREF#", "R1"));
    }

    @Test
    void releasedSeparatorsBeforeTheReferenceAreNotCounted() {
        assertEquals("UNA:+.? 'UNB+UNOA:4+AIR?+X:ZZ+GOV+261124:1200+ABC'UNZ+1+ABC'",
                rewrite("UNA:+.? 'UNB+UNOA:4+AIR?+X:ZZ+GOV+261124:1200+9'UNZ+1+9'", "ABC"));
    }

    @Test
    void aTypeBWrapInsideTheSegmentsIsSteppedOver() {
        String in = "QU GYDAPXH\r\n.FRAAPLH 241200\r\nUNA:+.? 'UNB+UNOA:4+AIR+GOV+261124:1200+12\r\n34'UNH+1'U\r\nNZ+1+1234'\r\nNNNN\r\n";
        assertEquals("QU GYDAPXH\r\n.FRAAPLH 241200\r\nUNA:+.? 'UNB+UNOA:4+AIR+GOV+261124:1200+XY'UNH+1'U\r\nNZ+1+XY'\r\nNNNN\r\n",
                rewrite(in, "XY"));
    }

    @Test
    void theShapeComesFromTheFirstMessageType() {
        assertEquals("PAXLST", InterchangeTemplate.of(ascii("UNB+UNOA:4+AIR+GOV+261124:1200+5'UNH+1+PAXLST:D:05B:UN:IATA'")).shape());
        assertEquals("PNRGOV", InterchangeTemplate.of(ascii("QU GYDAPXH\r\n.FRAAPLH 241200\r\nUNB+UNOA:4+AIR+GOV+261124:1200+5'UNH+1+PNR\r\nGOV:13:1:IA'")).shape());
        assertEquals("PNRGOV XML", InterchangeTemplate.of(ascii("  <IATA_PNRGOV_NotifRQ/>")).shape());
        assertEquals("other", InterchangeTemplate.of(ascii("UNB+UNOA:4+AIR+GOV+261124:1200+5'UNH+1+CUSRES'")).shape());
        assertEquals("other", InterchangeTemplate.of(ascii("not edifact")).shape());
    }

    @Test
    void withoutUnzOnlyTheUnbChanges() {
        assertEquals("UNB+UNOA:4+AIR+GOV+261124:1200+Z9'UNH+1'", rewrite("UNB+UNOA:4+AIR+GOV+261124:1200+5'UNH+1'", "Z9"));
    }

    @Test
    void xmlGetsATrailingCommentAndOtherBytesAreSentAsTheyAre() {
        assertEquals("<a/>\n<!-- R7 -->\n", rewrite("<a/>", "R7"));
        InterchangeTemplate junk = InterchangeTemplate.of(ascii("not edifact"));
        assertFalse(junk.rewritable());
        assertArrayEquals(ascii("not edifact"), junk.withReference("R8"));
    }

    @Test
    void aReferenceIsOneToFourteenLettersOrDigits() {
        InterchangeTemplate t = InterchangeTemplate.of(ascii("UNB+UNOA:4+AIR+GOV+261124:1200+5'"));
        assertThrows(IllegalArgumentException.class, () -> t.withReference(""));
        assertThrows(IllegalArgumentException.class, () -> t.withReference("A'B"));
        assertThrows(IllegalArgumentException.class, () -> t.withReference("123456789012345"));
        assertEquals("5", t.reference());
    }

    @Test
    void aRewrittenSampleDecodesWithTheNewReferenceInBothPlaces() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("..", "config", "samples", "paxlst_d12b_2pax.edi"));
        InterchangeTemplate t = InterchangeTemplate.of(sample);
        assertTrue(t.rewritable());
        DecodeResult r = new InputDecoder().decode(t.withReference("LG0000001"));
        assertEquals("LG0000001", r.interchanges().get(0).controlReference());
        assertTrue(r.allProblems().isEmpty(), r.allProblems().toString());
        assertEquals(new InputDecoder().decode(sample).travellerCount(), r.travellerCount());
    }
}
