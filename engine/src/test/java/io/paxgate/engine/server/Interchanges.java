package io.paxgate.engine.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test interchanges: the shipped PAXLST sample under other control references, and a non-default UNA. */
final class Interchanges {
    private Interchanges() {
    }

    /** The two-traveller PAXLST sample with control reference {@code ref} (9 digits) in UNB and UNZ. */
    static String paxlst(String ref) {
        try (InputStream in = Interchanges.class.getResourceAsStream("/samples/paxlst_d12b_2pax.edi")) {
            String s = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).strip();
            return s.replace("000000701", ref);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Separators {@code | * , ! ~} (component, element, decimal, release, terminator) and a released
     * terminator and released release inside FTX data, so a naive split at {@code ~} would cut it.
     */
    static String nonDefaultUna(String ref) {
        return "UNA|*,! ~"
                + "UNB*UNOA|4*AIRLINE|ZZ*GOV|ZZ*260314|1810*" + ref + "~\r\n"
                + "UNH*1*PAXLST|D|12B|UN|IATA~\r\n"
                + "FTX*AAI***NOTE!~UNZ*1*NOT THE END!!~\r\n"
                + "UNT*3*1~\r\n"
                + "UNZ*1*" + ref + "~";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
