package io.paxgate.rules.watchlist;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The UN Consolidated List sample spelled another way loads to the same entries: white space
 * between elements taken out, some letters of every value written as character references, values
 * in CDATA sections (whole, or cut in two), comments between elements, in any combination. An XML
 * parser may hand one value over in several pieces; the loader must join them.
 */
class UnXmlSpellingProperties {
    private static final Pattern TEXT = Pattern.compile(">([^<>&\\s][^<>&]*)</");
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">(\\s*)<(?![/!?])");

    @Property(tries = 100)
    void anotherSpellingLoadsTheSameEntries(@ForAll boolean compact, @ForAll boolean references, @ForAll boolean cdata,
            @ForAll boolean comments, @ForAll long seed) throws IOException {
        Path original = TestFiles.configDir().resolve("watchlists/un-sample.xml");
        String xml = Files.readString(original, StandardCharsets.UTF_8);
        int body = xml.indexOf("<CONSOLIDATED_LIST");
        String x = xml.substring(body);
        Random random = new Random(seed);
        if (compact) {
            x = x.replaceAll(">\\s+<", "><");
        }
        if (references) {
            x = rewrite(x, TEXT, v -> ">" + references(v, random) + "</");
        } else if (cdata) {
            x = rewrite(x, TEXT, v -> {
                int cut = random.nextInt(v.length() + 1);
                return "><![CDATA[" + v.substring(0, cut) + "]]>" + (cut < v.length() && random.nextBoolean()
                        ? "<![CDATA[" + v.substring(cut) + "]]>" : v.substring(cut)) + "</";
            });
        }
        if (comments) {
            x = rewrite(x, BETWEEN_TAGS, ws -> random.nextInt(3) == 0 ? ">" + ws + "<!-- note -->" + ws + "<" : ">" + ws + "<");
        }
        Path dir = Files.createTempDirectory("un-spelling");
        Path respelled = dir.resolve("un.xml");
        try {
            Files.writeString(respelled, xml.substring(0, body) + x, StandardCharsets.UTF_8);
            assertEquals(load(original).toString(), load(respelled).toString(), x);
        } finally {
            Files.deleteIfExists(respelled);
            Files.deleteIfExists(dir);
        }
    }

    private static java.util.List<WatchlistEntry> load(Path file) {
        return new UnConsolidatedListLoader().load(new ListSpec("un", ListSpec.Format.UN_XML, file, "sanctions", 5));
    }

    /** Some letters of {@code v} as decimal character references. */
    private static String references(String v, Random random) {
        StringBuilder sb = new StringBuilder(v.length() * 2);
        v.chars().forEach(c -> sb.append(Character.isLetter(c) && random.nextInt(3) == 0 ? "&#" + c + ";" : String.valueOf((char) c)));
        return sb.toString();
    }

    private static String rewrite(String s, Pattern p, java.util.function.UnaryOperator<String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m.group(1))));
    }
}
