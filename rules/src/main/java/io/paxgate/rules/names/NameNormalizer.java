package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.ListedName;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Raw name in any script to {@link NormalizedName}: ICAO 9303 transliteration
 * ({@link IcaoTransliterator}), MRZ {@code PRIMARY<<SECONDARY}, hyphens and apostrophes, titles
 * dropped, ABD AL-RAHMAN / ABDUL RAHMAN / ABDURRAHMAN joined into one part, particles and
 * patronymic markers identified, the part before OGLU/QIZI marked as the father's name, and per
 * part the cross-alphabet skeleton of {@link SpellingVariants} (female forms folded there).
 *
 * <p>Thread-safe; its only state is a bounded memo of parts already seen ({@link PartCache}).
 */
public final class NameNormalizer {
    static final Set<String> PARTICLES = Set.of(
            "AL", "EL", "UL", "AD", "AS", "AR", "AZ", "ASH", "AN", "AT", "BIN", "BEN", "IBN", "BINT", "BINTI",
            "ABU", "ABOU", "UMM", "VAN", "VON", "DER", "DEN", "DE", "DA", "DI", "DU", "DOS", "DAS", "DEL",
            "DELLA", "LA", "LE",
            // Arabic script: بن, ابن, بنت (ICAO 9303 writes no short vowels)
            "BN", "ABN", "BNT");
    static final Set<String> MARKERS = Set.of(
            "OGLU", "OGLY", "OGHLU", "OGLI", "OGUL", "UGLI", "UGLY", "KIZI", "QIZI", "GIZI", "KYZY", "KYZI",
            "QYZY", "GYZY", "ULY", "UULU", "UGLU");
    static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "SHEIKH", "SHAIKH",
            "HAJI", "HAJJI", "SIR", "MME", "MLLE", "HERR", "FRAU",
            // Arabic script: شيخ, الشيخ, الحاج
            "SHIKH", "ALSHIKH", "ALHAJ", "ALHAJJ");
    /** One Cyrillic letter written in Latin: Ш. ZHUKOV is SH ZHUKOV, an initial. */
    private static final Set<String> CYRILLIC_INITIALS = Set.of("SH", "ZH", "CH", "KH", "TS", "IU", "IA", "YU", "YA", "SHCH");
    private static final Set<String> ABD = Set.of("ABD", "ABDUL", "ABDEL", "ABDAL", "ABDOL", "ABDOUL", "ABDU", "ABDI");
    private static final String[] ABD_PREFIXES = {"ABDOUL", "ABDUL", "ABDEL", "ABDAL", "ABDOL"};
    private static final String[] SURNAME_ENDINGS = {
        "OV", "EV", "OVA", "EVA", "ZADE", "ZADEH", "ENKO", "SKI", "SKY", "SKIY", "SKAYA", "DZE", "SHVILI",
        "IAN", "YAN", "OGLU", "LI", "LY", "OVIC", "EVIC"};
    /**
     * What a patronymic adds to the father's name, longest first (ABISHEVICH, ABISHULY and ABISH have
     * one stem): Russian, Ukrainian (PETROVYCH, PETRIVNA) and Kazakh, written on the father's name
     * (ABISHULY, son of Abish; NURLANKYZY / NURLANQYZY, daughter of Nurlan).
     */
    private static final String[] PATRONYMIC_SUFFIXES = {"YEVICH", "IEVICH", "OVICH", "EVICH", "OVYCH", "EVYCH",
        "YEVNA", "IEVNA", "OVNA", "EVNA", "IVNA", "ICHNA", "KYZY", "QYZY", "GYZY", "ULY"};
    /** Endings that make a part a patronymic: the suffixes, and YICH (ILYICH), which leaves too short a stem. */
    private static final String[] PATRONYMIC_ENDINGS = Stream
            .concat(Arrays.stream(PATRONYMIC_SUFFIXES), Stream.of("YICH"))
            .toArray(String[]::new);
    /** What a word is, from the sets above: one lookup per word instead of one per set and question. */
    private static final int TITLE = 1;
    private static final int PARTICLE = 2;
    private static final int MARKER = 4;
    private static final int ABD_FORM = 8;
    private static final int CYRILLIC_INITIAL = 16;
    private static final Map<String, Integer> KINDS = kinds();

    public static final NameNormalizer INSTANCE = new NameNormalizer();

    /**
     * Parts seen before, by text: a part's skeleton and consonants depend on its text only, so a
     * repeated part (MAMMADOV, ALI) reuses them, and its token when role and flags agree too. Null
     * when uncached.
     */
    private final PartCache<String, NameToken> tokenCache;

    /** Cached per part unless {@code -Dpaxgate.names.cache=false}. */
    public NameNormalizer() {
        this(PartCache.ENABLED);
    }

    NameNormalizer(boolean cached) {
        this.tokenCache = cached ? new PartCache<>(PartCache.DEFAULT_MAX_ENTRIES) : null;
    }

    /** A name given as one string; MRZ style {@code ALIYEV<<RASHAD} says which part is the surname. */
    public NormalizedName normalize(String fullName) {
        return normalize(null, fullName);
    }

    /** A listed name: its surname/given split when the list gave one. */
    public NormalizedName normalize(ListedName name) {
        if (name.surname() != null && !name.surname().isBlank()) {
            return normalize(name.surname(), name.given());
        }
        return normalize(null, name.full());
    }

    /**
     * @param surname    family name when the source says which it is, else null
     * @param givenNames the rest (or the whole name when {@code surname} is null)
     */
    public NormalizedName normalize(String surname, String givenNames) {
        List<Word> words = new ArrayList<>(6);
        boolean known = surname != null && !surname.isBlank();
        if (!known && givenNames != null) {
            int mrz = givenNames.indexOf("<<");
            if (mrz > 0) {
                surname = givenNames.substring(0, mrz);
                givenNames = givenNames.substring(mrz + 2);
                known = !surname.isBlank();
            }
        }
        if (known) {
            split(surname, true, words);
        }
        if (givenNames != null) {
            split(givenNames, false, words);
        }
        return classify(words, known);
    }

    private record Word(String text, int kind, boolean surnamePart, boolean arabic, boolean joined) {
        Word(String text, boolean surnamePart, boolean arabic, boolean joined) {
            this(text, kindOf(text), surnamePart, arabic, joined);
        }

        boolean is(int k) {
            return (kind & k) != 0;
        }
    }

    private static int kindOf(String text) {
        return KINDS.getOrDefault(text, 0);
    }

    private static Map<String, Integer> kinds() {
        Map<String, Integer> k = new HashMap<>();
        TITLES.forEach(t -> k.merge(t, TITLE, (a, b) -> a | b));
        PARTICLES.forEach(t -> k.merge(t, PARTICLE, (a, b) -> a | b));
        MARKERS.forEach(t -> k.merge(t, MARKER, (a, b) -> a | b));
        ABD.forEach(t -> k.merge(t, ABD_FORM, (a, b) -> a | b));
        CYRILLIC_INITIALS.forEach(t -> k.merge(t, CYRILLIC_INITIAL, (a, b) -> a | b));
        return Map.copyOf(k);
    }

    private static void split(String raw, boolean surnamePart, List<Word> out) {
        StringBuilder ascii = new StringBuilder(raw.length() + 8);
        boolean arabic = IcaoTransliterator.toAscii(raw, ascii);
        int n = ascii.length();
        int i = 0;
        boolean hyphen = false;
        while (i < n) {
            char c = ascii.charAt(i);
            if (c == '-') {
                hyphen = true;
                i++;
                continue;
            }
            if (c == ' ') {
                hyphen = false;
                i++;
                continue;
            }
            int start = i;
            while (i < n && ascii.charAt(i) >= 'A' && ascii.charAt(i) <= 'Z') {
                i++;
            }
            String text = ascii.substring(start, i);
            if (arabic && text.endsWith("ALLH")) {
                // الله is written without its long vowel: ALLH is ALLAH, alone or in a compound (نصرالله)
                text = text.substring(0, text.length() - 4) + "ALLAH";
            }
            out.add(new Word(text, surnamePart, arabic, hyphen && !out.isEmpty()));
            hyphen = false;
        }
    }

    private NormalizedName classify(List<Word> words, boolean known) {
        // titles first (only when something else remains)
        List<Word> w = new ArrayList<>(words.size());
        for (Word x : words) {
            if (!(x.is(TITLE) && words.size() > 1)) {
                w.add(x);
            }
        }
        // ABD AL RAHMAN, ABDUL RAHMAN, ABDEL-RAHMAN, ABDURRAHMAN -> ABDULRAHMAN
        List<Word> merged = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            Word x = w.get(i);
            if (x.is(ABD_FORM) && i + 1 < w.size()) {
                int next = i + 1;
                if (w.get(next).is(PARTICLE) && next + 1 < w.size()) {
                    next++;
                }
                Word y = w.get(next);
                if (!y.is(PARTICLE | MARKER) && y.text.length() > 1) {
                    // Arabic script writes the article on the word: عبد الناصر is ABD ALNASR, not ABDUL ALNASR
                    String rest = y.arabic && next == i + 1 && hasArticle(y.text) ? y.text.substring(2) : y.text;
                    merged.add(new Word("ABDUL" + rest, x.surnamePart, x.arabic, x.joined));
                    i = next;
                    continue;
                }
            }
            String canonical = canonicalAbd(x.text);
            merged.add(canonical == x.text ? x : new Word(canonical, x.surnamePart, x.arabic, x.joined));
        }
        int words2 = 0;
        for (Word x : merged) {
            if (!x.is(PARTICLE | MARKER)) {
                words2++;
            }
        }
        TokenRole[] roles = new TokenRole[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            Word x = merged.get(i);
            String t = x.text;
            TokenRole r;
            if (x.is(MARKER) && i > 0) {
                r = TokenRole.MARKER;
                for (int k = i - 1; k >= 0; k--) {
                    if (roles[k] == TokenRole.GIVEN || roles[k] == TokenRole.SURNAME && !merged.get(k).surnamePart) {
                        roles[k] = TokenRole.PATRONYMIC;
                        break;
                    }
                    if (roles[k] != TokenRole.PARTICLE) {
                        break;
                    }
                }
            } else if (x.is(PARTICLE) && merged.size() > 1) {
                r = TokenRole.PARTICLE;
            } else if (t.length() == 1 || x.is(CYRILLIC_INITIAL)) {
                r = TokenRole.INITIAL;
            } else if (x.surnamePart) {
                r = TokenRole.SURNAME;
            } else if ((known || words2 >= 3) && endsWithAny(t, PATRONYMIC_ENDINGS, 7)) {
                r = TokenRole.PATRONYMIC;
            } else if (!known && endsWithAny(t, SURNAME_ENDINGS, 5)) {
                r = TokenRole.SURNAME;
            } else {
                r = TokenRole.GIVEN;
            }
            roles[i] = r;
        }
        List<NameToken> tokens = new ArrayList<>(merged.size());
        int significant = 0;
        for (int i = 0; i < merged.size(); i++) {
            Word x = merged.get(i);
            tokens.add(token(x.text, roles[i], x.arabic, x.joined));
            if (roles[i].indexed()) {
                significant++;
            }
        }
        return new NormalizedName(tokens, known, significant);
    }

    /** {@link NameToken#of}, from the memo when the part was seen before. */
    private NameToken token(String text, TokenRole role, boolean fromArabic, boolean joinedToPrevious) {
        if (tokenCache == null) {
            return NameToken.of(text, role, fromArabic, joinedToPrevious);
        }
        NameToken seen = tokenCache.get(text, t -> NameToken.of(t, role, fromArabic, joinedToPrevious));
        if (seen.role() == role && seen.fromArabic() == fromArabic && seen.joinedToPrevious() == joinedToPrevious) {
            return seen;
        }
        return new NameToken(text, seen.skeleton(), seen.consonants(), role, fromArabic, joinedToPrevious);
    }

    /**
     * The father's name inside a patronymic ({@code ELDAROVICH}, {@code ABISHULY}, {@code NURLANKYZY}:
     * ELDAR, ABISH, NURLAN), or {@code t} itself when no patronymic suffix leaves three letters or more.
     */
    static String patronymicStem(String t) {
        for (String suffix : PATRONYMIC_SUFFIXES) {
            if (t.endsWith(suffix) && t.length() - suffix.length() >= 3) {
                return t.substring(0, t.length() - suffix.length());
            }
        }
        return t;
    }

    /** An Arabic-script part that starts with the article ال (AL) and has at least three letters after it. */
    static boolean hasArticle(String t) {
        return t.length() >= 5 && t.startsWith("AL");
    }

    private static String canonicalAbd(String t) {
        if (t.length() > 6 && t.startsWith("ABD")) {
            for (String p : ABD_PREFIXES) {
                if (t.startsWith(p) && t.length() > p.length() + 2) {
                    return "ABDUL" + t.substring(p.length());
                }
            }
            // ABDURRAHMAN, ABDUSSALAM: the article assimilated to a doubled sun letter
            if (t.startsWith("ABDU") && t.charAt(4) == t.charAt(5)) {
                return "ABDUL" + t.substring(5);
            }
        }
        return t;
    }

    private static boolean endsWithAny(String t, String[] endings, int minLength) {
        if (t.length() < minLength) {
            return false;
        }
        for (String e : endings) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
