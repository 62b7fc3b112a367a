package io.paxgate.engine.synth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeBWrapperTest {
    static final String EDI = "UNA:+.? '\nUNB+UNOA:4+J2API:ZZ+AZEAPIS:ZZ+261124:0610+X1'\n" + "NAD+FL+++O?'BRIEN:SEAN'\n".repeat(20)
            + "UNZ+1+X1'\n";

    static String wrapped() {
        return new String(TypeBWrapper.wrap(EDI.getBytes(StandardCharsets.US_ASCII), "GYDAPXH", "ISTAPJ2",
                LocalDateTime.of(2026, 11, 24, 6, 10)), StandardCharsets.US_ASCII);
    }

    @Test
    void headingHasPriorityAddressAndOriginWithDayHourMinute() {
        assertTrue(wrapped().startsWith("QU GYDAPXH\r\n.ISTAPJ2 240610\r\n"), wrapped());
    }

    @Test
    void textIsHardWrappedAt69ColumnsAndEndsWithNnnn() {
        String[] lines = wrapped().split("\r\n");
        for (String l : lines) {
            assertTrue(l.length() <= TypeBWrapper.LINE, l);
        }
        assertEquals("NNNN", lines[lines.length - 1]);
    }

    @Test
    void unwrappingGivesBackTheInterchange() {
        String w = wrapped();
        String body = w.substring(w.indexOf("UNA"), w.lastIndexOf("NNNN")).replace("\r\n", "");
        assertEquals(EDI.replace("\n", ""), body);
    }
}
