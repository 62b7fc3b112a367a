package io.paxgate.rules.names;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NameScorer#mayReach} is the bound the index rules names out with before scoring them: it
 * must never say no to a name whose score reaches the threshold, or that hit is lost without a
 * trace. Checked on pairs of names drawn from parts that join and split (AL HASHIMI ~ ALHASHIMI,
 * ABU BAKR ~ ABUBAKAR), in Latin and in Arabic script, where parts have no short vowels and joins
 * are compared on consonants (نصر الله ~ NASRALLAH, محمدجواد ~ MOHAMMAD JAVAD).
 */
class NameBoundProperties {
    private static final String[] PARTS = {"MOHAMMED", "MUHAMMAD", "MOHAMMAD", "JAVAD", "MOHAMMADJAVAD", "ALI", "HASSAN",
        "AL", "HASHIMI", "ALHASHIMI", "ABU", "BAKR", "ABUBAKAR", "NASR", "ALLAH", "NASRALLAH", "NASRULLAH", "ABDUL",
        "RAHMAN", "ABDULRAHMAN", "SHAMMARI", "ZAHRA", "FATIMA", "BIN", "SALMAN", "IVANOV", "SMITH-JONES",
        "محمد", "جواد", "محمدجواد", "علي", "حسن", "الهاشمي", "أبو", "بكر", "نصر", "الله", "نصرالله", "عبد", "الرحمن",
        "عبدالرحمن", "الشمري", "الزهراء", "فاطمة", "بن", "سلمان"};

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(PARTS).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
    }

    /** Parts that the rewritten comparisons touch: E/I, C/TS, patronymic suffixes, the Arabic article. */
    private static final String[] SPELLINGS = {"EBRAHIM", "IBRAHIM", "EHSAN", "IHSAN", "EGOR", "IGOR", "CERETELI",
        "TSERETELI", "KUZNECOV", "KUZNETSOV", "CHINGIZ", "ELDAROVICH", "ELDAR", "ABISHULY", "ABISHEVICH",
        "NURLANKYZY", "NURLANOVNA", "الزهراء", "ZAHRA", "الشمري", "SHAMMARI", "Айгюн", "AYGUN", "Фёдор", "FYODOR"};

    @Provide
    Arbitrary<String> spellings() {
        return Arbitraries.of(SPELLINGS);
    }

    @Property(tries = 1000)
    void partSimilarityIsSymmetricAndAtMostOne(@ForAll("spellings") String x, @ForAll("spellings") String y,
                                                @ForAll boolean patronymic) {
        NameToken a = part(x, patronymic);
        NameToken b = part(y, patronymic);
        double ab = NameScorer.tokenSimilarity(a, b);
        double ba = NameScorer.tokenSimilarity(b, a);
        assertTrue(ab == ba, x + " ~ " + y + ": " + ab + " one way, " + ba + " the other");
        assertTrue(ab >= 0 && ab <= 1, x + " ~ " + y + ": " + ab);
        assertTrue(ab == 1 || !a.text().equals(b.text()), x + " ~ " + y + " are the same spelling but score " + ab);
    }

    private static NameToken part(String raw, boolean patronymic) {
        NameToken t = NameNormalizer.INSTANCE.normalize(raw).tokens().get(0);
        return patronymic ? NameToken.of(t.text(), TokenRole.PATRONYMIC, t.fromArabic(), false) : t;
    }

    @Property(tries = 2000)
    void aNameThatReachesTheThresholdIsNeverRuledOut(@ForAll("names") String query, @ForAll("names") String listed) {
        NameScorer.PreparedQuery pq = NameScorer.DEFAULT.prepare(NameQuery.of(query));
        NormalizedName name = NameNormalizer.INSTANCE.normalize(listed);
        List<NameToken> tokens = name.tokens();
        int ne = Math.min(tokens.size(), NameScorer.MAX_TOKENS);
        int nq = pq.partCount();
        NameToken[] parts = new NameToken[NameScorer.MAX_TOKENS];
        TokenRole[] roles = new TokenRole[NameScorer.MAX_TOKENS];
        int[] lengths = new int[NameScorer.MAX_TOKENS];
        double[] sim = new double[NameScorer.MAX_TOKENS * NameScorer.MAX_TOKENS];
        for (int j = 0; j < ne; j++) {
            parts[j] = tokens.get(j);
            roles[j] = parts[j].role();
            lengths[j] = parts[j].text().length();
            NameScorer.setColumn(pq.similarities(parts[j]), nq, j, sim);
        }
        double score = NameScorer.DEFAULT.nameScore(pq, name, sim);
        Statistics.collect(score >= 0.8 ? "reaches 0.8" : score > 0 ? "below 0.8" : "0");
        for (double t : new double[] {0.5, 0.7, 0.8, 0.9}) {
            if (score >= t) {
                assertTrue(NameScorer.mayReach(pq, parts, roles, lengths, ne, sim, t),
                        query + " ~ " + listed + " scores " + score + " but was ruled out at " + t);
            }
        }
    }
}
