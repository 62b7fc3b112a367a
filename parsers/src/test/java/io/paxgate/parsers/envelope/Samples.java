package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.model.DecodedMessage;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The EDIFACT samples the envelope properties transform (a PAXLST D:12B and a PNRGOV 13.1), and
 * their one comparison: the transformed input decodes, with no error, to the messages wanted.
 */
final class Samples {
    static final List<byte[]> EDIFACT = List.of(
            Edi.resource("samples/paxlst_d12b_2pax.edi"),
            Edi.resource("pnrgov/pnrgov_13_1_1pnr_2pax.edi"));

    private Samples() {
    }

    /** {@code variant} decodes with no error to what {@code original} decodes to, message by message, field for field. */
    static void assertDecodesAlike(byte[] original, byte[] variant) {
        assertDecodesTo(new InputDecoder().decode(original).messages(), variant);
    }

    /** {@code input} decodes with no error to {@code want}, message by message, field for field. */
    static void assertDecodesTo(List<DecodedMessage> want, byte[] input) {
        DecodeResult got = new InputDecoder().decode(input);
        String text = new String(input, StandardCharsets.ISO_8859_1);
        assertFalse(got.hasErrors(), () -> got.problems() + "\n" + text);
        assertEquals(want.size(), got.messages().size(), text);
        for (int i = 0; i < want.size(); i++) {
            assertEquals(ModelDump.of(want.get(i)), ModelDump.of(got.messages().get(i)), text);
        }
    }
}
