package io.paxgate.parsers.edifact;

import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Traveller;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EdifactLexerProperties {
    private static final String SEPARATOR_CANDIDATES = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    @Property(tries = 500)
    void releaseEscapedTextLexesBackToTheOriginal(
            @ForAll @CharRange(from = ' ', to = '~') @StringLength(min = 1, max = 60) String text) {
        Syntax s = Syntax.DEFAULT_V4;
        byte[] in = ("FTX+AAI+++" + Edi.escape(text, s) + "'").getBytes(StandardCharsets.ISO_8859_1);
        EdifactLexer lexer = new EdifactLexer();
        lexer.syntax(s);
        lexer.reset(in);
        Segment seg = new Segment();
        assertEquals(EdifactLexer.OK, lexer.next(seg, 1));
        assertEquals(4, seg.elementCount());
        assertEquals(text, seg.text(4, 1));
    }

    @Provide
    Arbitrary<Syntax> randomUna() {
        return Edi.una(SEPARATOR_CANDIDATES);
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(20)
                .filter(n -> !n.isBlank() && n.charAt(0) != ' ' && n.charAt(n.length() - 1) != ' ');
        return name.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void messageWithARandomUnaDecodesToTheSameValues(@ForAll("randomUna") Syntax s, @ForAll("names") List<String> surnames) {
        char c = (char) s.component();
        char e = (char) s.element();
        char t = (char) s.terminator();
        StringBuilder sb = new StringBuilder(s.toUna()).append("\r\n");
        sb.append("UNB").append(e).append("UNOA").append(c).append('4').append(e).append("S").append(e).append("R")
                .append(e).append("260314").append(c).append("1810").append(e).append("1").append(t).append("\r\n");
        sb.append("UNH").append(e).append("M1").append(e).append("PAXLST").append(c).append("D").append(c)
                .append("05B").append(c).append("UN").append(c).append("IATA").append(t);
        sb.append("BGM").append(e).append("745").append(t);
        sb.append("TDT").append(e).append("20").append(e).append("LH400").append(e).append(e).append(e).append("LH").append(t);
        for (String n : surnames) {
            sb.append("NAD").append(e).append("FL").append(e).append(e).append(e).append(Edi.escape(n, s)).append(c)
                    .append(Edi.escape(n + "-GIVEN", s)).append(t).append("\r\n");
        }
        sb.append("UNT").append(e).append(surnames.size() + 4).append(e).append("M1").append(t);
        sb.append("UNZ").append(e).append('1').append(e).append('1').append(t);

        DecodeResult r = Edi.reader().read(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        PaxlstMessage m = Edi.onlyPaxlst(r);
        assertEquals(surnames, m.travellers.stream().map(x -> x.surname).toList(), () -> sb + "\n" + r.allProblems());
        for (int i = 0; i < surnames.size(); i++) {
            Traveller x = m.travellers.get(i);
            assertEquals(surnames.get(i) + "-GIVEN", x.givenNames);
        }
        assertEquals("LH", m.flight.carrier);
        assertEquals(List.of(), r.allProblems().stream().filter(p -> p.isError()).toList(), sb::toString);
    }
}
