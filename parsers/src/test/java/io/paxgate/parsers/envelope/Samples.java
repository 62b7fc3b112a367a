package io.paxgate.parsers.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The EDIFACT samples the envelope properties transform: a PAXLST D:12B and a PNRGOV 13.1. */
final class Samples {
    static final List<byte[]> EDIFACT = List.of(
            resource("/samples/paxlst_d12b_2pax.edi"),
            resource("/pnrgov/pnrgov_13_1_1pnr_2pax.edi"));

    private Samples() {
    }

    private static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
