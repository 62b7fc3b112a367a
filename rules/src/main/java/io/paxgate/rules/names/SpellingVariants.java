package io.paxgate.rules.names;

/**
 * Folds the spellings that the same name takes in different alphabets and transliteration habits
 * into one skeleton (STANDARDS.md section 7): Azerbaijani X~KH~H, Q~G~K, C~J~DZH, H~G (Russian has
 * no H), Ə~A~E, Y~I~J, SH~S; MOHAMMED~MUHAMMAD~MUKHAMMAD; female surname forms -OVA/-EVA/-SKAYA;
 * doubled consonants; German AE/OE/UE.
 *
 * <p>Skeleton alphabet: consonant classes B D F J(C, Ç, CH, J, ZH, DZH, DJ) K(K, G, Q, H, X, KH,
 * GH) L M N P R S(S, SH, SCH, SHCH, SZ) T V(V, W) Z, vowel classes A(A, E, Ə) O(O, U) I(I, Y); a
 * run of vowels becomes the class of its first vowel, so ALIYEV, ALIEV and ALIYEVA all give ALIV.
 * Plain code over char arrays: this runs on every query token.
 */
public final class SpellingVariants {
    private SpellingVariants() {
    }

    private static boolean vowel(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
    }

    private static char vowelClass(char c) {
        switch (c) {
            case 'A':
            case 'E':
                return 'A';
            case 'O':
            case 'U':
                return 'O';
            default:
                return 'I';
        }
    }

    private static boolean at(String s, int i, String sub) {
        return s.startsWith(sub, i);
    }

    /** Length of {@code t} without a female (or Polish/Russian adjectival) ending folded to the male form. */
    static String foldFemale(String t) {
        int n = t.length();
        if (n >= 7 && t.endsWith("SKAYA")) {
            return t.substring(0, n - 5) + "SKI";
        }
        if (n >= 6 && (t.endsWith("SKIY") || t.endsWith("SKII") || t.endsWith("SKIJ"))) {
            return t.substring(0, n - 4) + "SKI";
        }
        if (n >= 5 && t.endsWith("SKY")) {
            return t.substring(0, n - 3) + "SKI";
        }
        if (n >= 5 && (t.endsWith("OVA") || t.endsWith("EVA"))) {
            return t.substring(0, n - 1);
        }
        return t;
    }

    /** The cross-alphabet skeleton of one normalised token (A-Z). */
    public static String skeleton(String token) {
        String t = foldFemale(token);
        int n = t.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        // Russian Е at the start: ELENA, YELENA, IELENA
        if (n > 3 && (t.charAt(0) == 'Y' || t.charAt(0) == 'I' || t.charAt(0) == 'J') && t.charAt(1) == 'E'
                && !vowel(t.charAt(2))) {
            i = 1;
        }
        char prevIn = 0;
        while (i < n) {
            char c = t.charAt(i);
            char cls;
            int step = 1;
            if (vowel(c)) {
                boolean first = out.length() == 0 || !vowelClassChar(out.charAt(out.length() - 1));
                // German AE/OE/UE and a vowel run: the run is one vowel of its first letter's class.
                int j = i;
                while (j < n && vowel(t.charAt(j))) {
                    j++;
                }
                if (first) {
                    // English-style EE is a long I (WALEED, SAEED), except Russian -EEV (SERGEEV)
                    boolean longI = c == 'E' && i + 1 < j && t.charAt(i + 1) == 'E' && !(j < n && t.charAt(j) == 'V');
                    out.append(longI ? 'I' : softened(t, i, j));
                }
                prevIn = t.charAt(j - 1);
                i = j;
                continue;
            }
            switch (c) {
                case 'D':
                    if (at(t, i, "DZH")) {
                        cls = 'J';
                        step = 3;
                    } else if (at(t, i, "DJ")) {
                        cls = 'J';
                        step = 2;
                    } else if (at(t, i, "DH")) {
                        cls = 'D';
                        step = 2;
                    } else {
                        cls = 'D';
                    }
                    break;
                case 'T':
                    if (at(t, i, "TSCH")) {
                        cls = 'J';
                        step = 4;
                    } else if (at(t, i, "TCH")) {
                        cls = 'J';
                        step = 3;
                    } else if (at(t, i, "TH")) {
                        cls = 'T';
                        step = 2;
                    } else {
                        cls = 'T';
                    }
                    break;
                case 'C':
                    if (at(t, i, "CH")) {
                        cls = 'J';
                        step = 2;
                    } else if (at(t, i, "CK")) {
                        cls = 'K';
                        step = 2;
                    } else {
                        // Azerbaijani/Turkish C (= J); Ç is C in the MRZ
                        cls = 'J';
                    }
                    break;
                case 'Z':
                    if (at(t, i, "ZH")) {
                        cls = 'J';
                        step = 2;
                    } else {
                        cls = 'Z';
                    }
                    break;
                case 'S':
                    if (at(t, i, "SHCH")) {
                        step = 4;
                    } else if (at(t, i, "SCH") || at(t, i, "SHH")) {
                        step = 3;
                    } else if (at(t, i, "SH") || at(t, i, "SZ")) {
                        step = 2;
                    }
                    cls = 'S';
                    break;
                case 'K':
                    if (at(t, i, "KH")) {
                        step = 2;
                    } else if (at(t, i, "KS")) {
                        // ALEKSANDR ~ ALEXANDR (X is K here)
                        step = 2;
                    }
                    cls = 'K';
                    break;
                case 'G':
                    cls = 'K';
                    if (at(t, i, "GH")) {
                        step = 2;
                    }
                    break;
                case 'Q':
                case 'X':
                    cls = 'K';
                    break;
                case 'H':
                    // Final H after a vowel is silent: ABDULLAH ~ ABDULLA, ZADEH ~ ZADE
                    if (i == n - 1 && i > 0 && vowel(prevIn)) {
                        i++;
                        continue;
                    }
                    cls = 'K';
                    break;
                case 'P':
                    if (at(t, i, "PH")) {
                        cls = 'F';
                        step = 2;
                    } else {
                        cls = 'P';
                    }
                    break;
                case 'W':
                    cls = 'V';
                    break;
                case 'J':
                    // J after a vowel and not before one is the vowel I (SERGEJ, JURIJ)
                    if (i > 0 && vowel(prevIn) && (i + 1 >= n || !vowel(t.charAt(i + 1)))) {
                        if (out.length() == 0 || !vowelClassChar(out.charAt(out.length() - 1))) {
                            out.append('I');
                        }
                        prevIn = 'I';
                        i++;
                        continue;
                    }
                    cls = 'J';
                    break;
                default:
                    cls = c;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != cls) {
                out.append(cls);
            }
            prevIn = t.charAt(i + step - 1);
            i += step;
        }
        return out.toString();
    }

    /**
     * The class of the vowel run {@code t[i..j)}: of its first vowel, except for two Cyrillic
     * vowels written after a consonant. Ю is IU in ICAO 9303 (YU elsewhere), and Russian writes
     * the Azerbaijani and Turkish Ü after a consonant so: IU or YU there is the class of U
     * (Айгюн AIGIUN = Aygün AYGUN, Гюнай GIUNAI = GUNAY, LIUDMILA = LUDMILA). Ё is E in ICAO 9303
     * and YO elsewhere: YO there is the class of E (FYODOR = FEDOR, SEMYONOV = SEMENOV). Я (IA, YA)
     * is left alone: after a consonant it cannot be told from I and A in Latin names (MARIA, DIANA,
     * MARIAM), and folding it made KSENIIA look like OKSANA.
     */
    private static char softened(String t, int i, int j) {
        char c = t.charAt(i);
        if (i == 0 || j - i != 2 || vowel(t.charAt(i - 1))) {
            return vowelClass(c);
        }
        char second = t.charAt(i + 1);
        if ((c == 'I' || c == 'Y') && second == 'U') {
            return vowelClass('U');
        }
        if (c == 'Y' && second == 'O') {
            return vowelClass('E');
        }
        return vowelClass(c);
    }

    /**
     * {@code token} with each C that stands alone (not CH, CK or SCH) written TS, or null when it
     * has none: Georgian ც, Polish, Czech and Croatian C are TS in other spellings (CERETELI =
     * TSERETELI), where {@link #skeleton} reads C as the Azerbaijani and Turkish J.
     */
    public static String cAsTs(String token) {
        StringBuilder out = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean lone = c == 'C' && (i + 1 >= token.length() || token.charAt(i + 1) != 'H' && token.charAt(i + 1) != 'K')
                    && (i == 0 || token.charAt(i - 1) != 'S');
            if (lone && out == null) {
                out = new StringBuilder(token.length() + 2).append(token, 0, i);
            }
            if (lone) {
                out.append("TS");
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? null : out.toString();
    }

    private static boolean vowelClassChar(char c) {
        return c == 'A' || c == 'O' || c == 'I';
    }

    /** The skeleton without its vowels: what an Arabic-script name (no short vowels) can be compared on. */
    public static String consonants(String skeleton) {
        StringBuilder sb = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            if (!vowelClassChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
