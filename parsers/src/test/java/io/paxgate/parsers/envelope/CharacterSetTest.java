package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.problem.ProblemCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.paxgate.parsers.edifact.Edi.interchange;
import static io.paxgate.parsers.edifact.Edi.onlyPaxlst;
import static io.paxgate.parsers.edifact.Edi.paxlst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharacterSetTest {
    private static PaxlstMessage decode(String syntaxId, Charset encoding, String name) {
        byte[] input = interchange(syntaxId + ":4", "1", paxlst("M1", name)).getBytes(encoding);
        return onlyPaxlst(Edi.reader().read(input));
    }

    @Test
    void unoaUpperCaseTextIsRead() {
        assertEquals("MUELLER", decode("UNOA", StandardCharsets.US_ASCII, "MUELLER:ANNA").travellers.get(0).surname);
    }

    @Test
    void unobLowerCaseTextIsRead() {
        assertEquals("Mueller", decode("UNOB", StandardCharsets.US_ASCII, "Mueller:Anna").travellers.get(0).surname);
    }

    @Test
    void unocIsLatin1() {
        assertEquals("MÜLLER", decode("UNOC", StandardCharsets.ISO_8859_1, "MÜLLER:JOSÉ").travellers.get(0).surname);
    }

    @Test
    void unodIsLatin2() {
        PaxlstMessage m = decode("UNOD", Charset.forName("ISO-8859-2"), "DVOŘÁK:ŁUKASZ");
        assertEquals("DVOŘÁK", m.travellers.get(0).surname);
        assertEquals("ŁUKASZ", m.travellers.get(0).givenNames);
    }

    @Test
    void unoeIsCyrillic() {
        PaxlstMessage m = decode("UNOE", Charset.forName("ISO-8859-5"), "ИВАНОВ:ИВАН");
        assertEquals("ИВАНОВ", m.travellers.get(0).surname);
        assertEquals("ИВАН", m.travellers.get(0).givenNames);
    }

    @Test
    void unofIsGreek() {
        assertEquals("ΠΑΠΑΔΟΠΟΥΛΟΣ", decode("UNOF", Charset.forName("ISO-8859-7"), "ΠΑΠΑΔΟΠΟΥΛΟΣ:ΝΙΚΟΣ")
                .travellers.get(0).surname);
    }

    @Test
    void unowIsUtf8() {
        PaxlstMessage m = decode("UNOW", StandardCharsets.UTF_8, "ИВАНОВ:王小明");
        assertEquals("ИВАНОВ", m.travellers.get(0).surname);
        assertEquals("王小明", m.travellers.get(0).givenNames);
    }

    @Test
    void unknownSyntaxIdentifierIsReportedAndReadAsLatin1() {
        byte[] input = interchange("UNOZ:4", "1", paxlst("M1", "MÜLLER:ANNA")).getBytes(StandardCharsets.ISO_8859_1);
        DecodeResult r = Edi.reader().read(input);
        assertEquals("MÜLLER", onlyPaxlst(r).travellers.get(0).surname);
        assertTrue(Edi.has(r, ProblemCode.UNKNOWN_SYNTAX_ID));
    }
}
