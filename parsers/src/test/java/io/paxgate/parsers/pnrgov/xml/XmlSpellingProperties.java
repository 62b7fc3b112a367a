package io.paxgate.parsers.pnrgov.xml;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.envelope.DecodeResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The same PNRGOV XML push spelled another way decodes to the same messages, field for field: the
 * white space between elements taken out, a namespace prefix on every element, attributes in
 * another order, single quotes around attributes, character references and CDATA for letters, comments between elements, in
 * any combination (the XML declaration left as it is). XML parsers give all of these the same
 * infoset; the decoder must too.
 */
class XmlSpellingProperties {
    private static final String SAMPLE = new String(Edi.resource("pnrgov-xml/two-pnrs.xml"), StandardCharsets.UTF_8);
    private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile(">([^<>&\\s][^<>&]*)</");
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w:.-]*(?:\\s+[\\w:.-]+=\"[^\"]*\")+)\\s*(?=/?>)");
    private static final Pattern ONE_ATTRIBUTE = Pattern.compile("[\\w:.-]+=\"[^\"]*\"");
    private static final Pattern END_OF_TAG = Pattern.compile(">(\\s*)<(?![/!?])");

    @Property(tries = 200)
    void anotherSpellingDecodesToTheSameMessages(@ForAll boolean compact, @ForAll boolean prefix, @ForAll boolean quotes,
            @ForAll boolean shuffle, @ForAll boolean references, @ForAll boolean cdata, @ForAll boolean comments,
            @ForAll long seed) {
        Random random = new Random(seed);
        int body = SAMPLE.indexOf("?>") + 2; // the XML declaration has pseudo-attributes, not attributes
        String x = SAMPLE.substring(body);
        if (compact) {
            x = x.replaceAll(">\\s+<", "><");
        }
        if (prefix) {
            x = x.replace("<IATA_PNRGOV_NotifRQ xmlns=", "<IATA_PNRGOV_NotifRQ xmlns:p=")
                    .replaceAll("<(?=[A-Za-z])", "<p:").replaceAll("</(?=[A-Za-z])", "</p:");
        }
        if (shuffle) {
            x = replaceIn(x, START_TAG, tag -> "<" + shuffled(tag, random));
        }
        if (references) {
            x = replaceIn(x, ATTRIBUTE, v -> "=\"" + reference(v, random) + "\"");
            x = replaceIn(x, TEXT, v -> ">" + reference(v, random) + "</");
        }
        if (cdata && !references) {
            x = replaceIn(x, TEXT, v -> "><![CDATA[" + v + "]]></");
        }
        if (quotes) {
            x = replaceIn(x, ATTRIBUTE, v -> "='" + v + "'");
        }
        if (comments) {
            x = replaceIn(x, END_OF_TAG, ws -> random.nextInt(3) == 0 ? ">" + ws + "<!-- note -->" + ws + "<" : ">" + ws + "<");
        }
        String spelled = SAMPLE.substring(0, body) + x;
        DecodeResult want = new InputDecoder().decode(SAMPLE.getBytes(StandardCharsets.UTF_8));
        DecodeResult got = new InputDecoder().decode(spelled.getBytes(StandardCharsets.UTF_8));
        assertFalse(got.hasErrors(), () -> got.problems() + "\n" + spelled);
        assertEquals(want.messages().size(), got.messages().size(), spelled);
        for (int i = 0; i < want.messages().size(); i++) {
            assertEquals(ModelDump.of(want.messages().get(i)), ModelDump.of(got.messages().get(i)), spelled);
        }
    }

    /** A start tag's name and attributes, the attributes in another order. */
    private static String shuffled(String tag, Random random) {
        String name = tag.split("\\s", 2)[0];
        java.util.List<String> attributes = new java.util.ArrayList<>();
        Matcher m = ONE_ATTRIBUTE.matcher(tag.substring(name.length()));
        while (m.find()) {
            attributes.add(m.group());
        }
        java.util.Collections.shuffle(attributes, random);
        return name + " " + String.join(" ", attributes);
    }

    /** Some letters of {@code v} as decimal or hexadecimal character references. */
    private static String reference(String v, Random random) {
        StringBuilder sb = new StringBuilder(v.length() * 2);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetter(c) && random.nextInt(3) == 0) {
                sb.append(random.nextBoolean() ? "&#" + (int) c + ";" : "&#x" + Integer.toHexString(c) + ";");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code s} with every match of {@code p} rewritten from its first group. */
    private static String replaceIn(String s, Pattern p, java.util.function.UnaryOperator<String> rewrite) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(rewrite.apply(m.group(1))));
    }
}
