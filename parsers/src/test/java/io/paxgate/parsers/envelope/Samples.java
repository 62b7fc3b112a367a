package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.Edi;

import java.util.List;

/** The EDIFACT samples the envelope properties transform: a PAXLST D:12B and a PNRGOV 13.1. */
final class Samples {
    static final List<byte[]> EDIFACT = List.of(
            Edi.resource("samples/paxlst_d12b_2pax.edi"),
            Edi.resource("pnrgov/pnrgov_13_1_1pnr_2pax.edi"));

    private Samples() {
    }
}
