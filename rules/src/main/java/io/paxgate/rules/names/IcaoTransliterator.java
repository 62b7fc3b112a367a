package io.paxgate.rules.names;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;

/**
 * Any script to the MRZ alphabet (A-Z), one character at a time: the ICAO Doc 9303 Part 3 tables
 * for Latin with diacritics and Cyrillic, a practical Arabic/Persian table (consonants and long
 * vowels; short vowels are not written in Arabic script, which {@link SpellingVariants#consonants}
 * makes up for), and ICU4J "Any-Latin; Latin-ASCII" for every other script.
 *
 * <p>Tables are built once; the ICU transliterator is not thread-safe, so each thread has its own.
 */
final class IcaoTransliterator {
    private static final String[] LATIN = new String[0x250];
    private static final String[] CYRILLIC = new String[0x530 - 0x400];
    private static final String[] ARABIC = new String[0x700 - 0x600];
    private static final ThreadLocal<Transliterator> ICU =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    static {
        for (char c = 0xC0; c < 0x250; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder sb = new StringBuilder(2);
            for (int i = 0; i < d.length(); i++) {
                char x = Character.toUpperCase(d.charAt(i));
                if (x >= 'A' && x <= 'Z') {
                    sb.append(x);
                }
            }
            LATIN[c] = sb.length() == 0 ? null : sb.toString();
        }
        // ICAO 9303 Part 3 Table A where NFD gives nothing or the wrong thing. Ä/Ö/Ü: the table
        // allows AE/OE/UE or A/O/U; Turkish and Azerbaijani passports write the single letter,
        // SpellingVariants folds AE/OE/UE back so German documents still meet them.
        latin("ßẞ", "SS");
        latin("Ææ", "AE");
        latin("Œœ", "OE");
        latin("Øø", "OE");
        latin("Þþ", "TH");
        latin("ÐðĐđ", "D");
        latin("Łł", "L");
        latin("ıİ", "I");
        latin("Ħħ", "H");
        latin("Ŋŋ", "N");
        // Ə is not in the table: Azerbaijani passports write A (sometimes E, folded later).
        latin("Əə\u018e\u01dd", "A");

        cyr("Аа", "A"); cyr("Бб", "B"); cyr("Вв", "V"); cyr("Гг", "G"); cyr("Дд", "D");
        cyr("Ее", "E"); cyr("Ёё", "E"); cyr("Жж", "ZH"); cyr("Зз", "Z"); cyr("Ии", "I");
        cyr("Йй", "I"); cyr("Кк", "K"); cyr("Лл", "L"); cyr("Мм", "M"); cyr("Нн", "N");
        cyr("Оо", "O"); cyr("Пп", "P"); cyr("Рр", "R"); cyr("Сс", "S"); cyr("Тт", "T");
        cyr("Уу", "U"); cyr("Фф", "F"); cyr("Хх", "KH"); cyr("Цц", "TS"); cyr("Чч", "CH");
        cyr("Шш", "SH"); cyr("Щщ", "SHCH"); cyr("Ъъ", "IE"); cyr("Ыы", "Y"); cyr("Ьь", "");
        cyr("Ээ", "E"); cyr("Юю", "IU"); cyr("Яя", "IA");
        // Ukrainian, Belarusian, Serbian/Macedonian
        cyr("Ґґ", "G"); cyr("Єє", "IE"); cyr("Ііı", "I"); cyr("Її", "I"); cyr("Ўў", "U");
        cyr("Ђђ", "D"); cyr("Јј", "J"); cyr("Љљ", "LJ"); cyr("Њњ", "NJ"); cyr("Ћћ", "C");
        cyr("Џџ", "DZ"); cyr("Ѓѓ", "G"); cyr("Ќќ", "K"); cyr("Ѕѕ", "DZ");
        // Azerbaijani, Kazakh, Uzbek, Kyrgyz, Tajik Cyrillic
        cyr("Әә", "A"); cyr("Ғғ", "G"); cyr("Ҝҝ", "G"); cyr("Һһ", "H"); cyr("Өө", "O");
        cyr("Үү", "U"); cyr("Ұұ", "U"); cyr("Ҹҹ", "DZH"); cyr("Ҷҷ", "DZH"); cyr("Ққ", "Q");
        cyr("Ңң", "N"); cyr("Ҳҳ", "KH"); cyr("Ӯӯ", "U"); cyr("Ӣӣ", "I");

        arabic("اأإآٱ", "A");
        arabic("ب", "B"); arabic("پ", "P"); arabic("ت", "T"); arabic("ث", "TH"); arabic("ج", "J");
        arabic("چ", "CH"); arabic("ح", "H"); arabic("خ", "KH"); arabic("د", "D"); arabic("ذ", "DH");
        arabic("ر", "R"); arabic("ز", "Z"); arabic("ژ", "ZH"); arabic("س", "S"); arabic("ش", "SH");
        arabic("ص", "S"); arabic("ض", "D"); arabic("ط", "T"); arabic("ظ", "Z"); arabic("غ", "GH");
        arabic("ف", "F"); arabic("ق", "Q"); arabic("كک", "K"); arabic("گ", "G"); arabic("ل", "L");
        arabic("م", "M"); arabic("ن", "N"); arabic("هۀ", "H"); arabic("ة", "A"); arabic("ى", "A");
        arabic("ء", ""); // the hamza alone; on a seat (ؤ, ئ) the seat is read, see appendArabic
        // و and ي are long vowels inside a word, consonants (W, Y) at its start: see below.
        arabic("ع", "");
    }

    private IcaoTransliterator() {
    }

    private static void latin(String chars, String to) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < LATIN.length) {
                LATIN[c] = to;
            }
        }
    }

    private static void cyr(String chars, String to) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 0x400 && c < 0x530) {
                CYRILLIC[c - 0x400] = to;
            }
        }
    }

    private static void arabic(String chars, String to) {
        for (int i = 0; i < chars.length(); i++) {
            ARABIC[chars.charAt(i) - 0x600] = to;
        }
    }

    /** True when {@code c} is in the Arabic block (the name then carries no short vowels). */
    static boolean isArabic(char c) {
        return c >= 0x600 && c < 0x700 || c >= 0xFB50 && c <= 0xFEFF;
    }

    /**
     * {@code text} in Unicode composed form (NFC): a letter some system sent as its base letter and
     * a combining mark (waw and a hamza above for waw with hamza, E and an acute accent for É) must
     * come out as the letter does. Below U+0300 nothing composes, so the usual Latin name is
     * returned as it is.
     */
    private static CharSequence composed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * Appends the A-Z form of {@code text} to {@code out}. Letters become upper-case A-Z,
     * separators become a space, hyphens stay '-', apostrophes vanish (ICAO: dropped).
     *
     * @return true when any Arabic-script letter was seen
     */
    static boolean toAscii(CharSequence text, StringBuilder out) {
        CharSequence raw = composed(text);
        boolean arabic = false;
        boolean persian = persian(raw);
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append((char) (c - 32));
            } else if (c >= 'A' && c <= 'Z') {
                out.append(c);
            } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                out.append('-');
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u00b4') {
                // ICAO: apostrophe dropped (O'BRIEN -> OBRIEN)
            } else if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    continue;
                }
                out.append(' ');
            } else if (c < LATIN.length && c >= 0xC0) {
                String s = LATIN[c];
                if (s != null) {
                    out.append(s);
                } else if (Character.isLetter(c)) {
                    icu(c, out);
                }
            } else if (c >= 0x400 && c < 0x530) {
                String s = CYRILLIC[c - 0x400];
                if (s != null) {
                    out.append(s);
                } else if (Character.isLetter(c)) {
                    icu(c, out);
                }
            } else if (isArabic(c)) {
                arabic = true;
                char c2 = raw.charAt(i);
                if (persian && (c2 == 'ض' || c2 == 'ذ' || c2 == 'ظ')) {
                    // Persian says Z where Arabic says D/DH: رضا REZA, رمضان RAMAZAN
                    out.append('Z');
                } else {
                    appendArabic(raw, i, out);
                }
            } else if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (c == 0x0259 || c == 0x018F) {
                out.append('A');
            } else if (Character.isLetter(c)) {
                // Other scripts: a whole run at once, so ICU sees context (Georgian, Greek, Hebrew ...).
                int end = i + 1;
                while (end < n && Character.isLetter(raw.charAt(end)) && raw.charAt(end) >= 0x250
                        && !(raw.charAt(end) >= 0x400 && raw.charAt(end) < 0x530) && !isArabic(raw.charAt(end))) {
                    end++;
                }
                icuRun(raw.subSequence(i, end).toString(), out);
                i = end - 1;
            }
            // marks, digits, symbols: nothing
        }
        return arabic;
    }

    /** Persian letters (پ چ ژ گ ک ی) mark the text as Persian. */
    private static boolean persian(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ک' || c == 'ی') {
                return true;
            }
        }
        return false;
    }

    private static void appendArabic(CharSequence raw, int i, StringBuilder out) {
        char c = raw.charAt(i);
        if (c < 0x600 || c >= 0x700) {
            // presentation forms: normalise to the base letter first
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            for (int k = 0; k < base.length(); k++) {
                char b = base.charAt(k);
                if (b >= 0x600 && b < 0x700) {
                    appendArabic(base, k, out);
                }
            }
            return;
        }
        boolean wordStart = i == 0 || !isArabic(raw.charAt(i - 1));
        char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
        // before another vowel letter they are consonants: پرویز PARVIZ, ضياء ZIYA
        boolean beforeVowel = next == 'ا' || next == 'و' || next == 'ي' || next == 'ی';
        if (c == 'و') {
            out.append(wordStart || beforeVowel ? "W" : "U");
        } else if (c == 'ؤ') {
            out.append('U'); // the hamza's seat is read: فؤاد FUAD, سؤال SUAL
        } else if (c == 'ي' || c == 'ی' || c == 'ئ') {
            out.append(wordStart || beforeVowel && next != 'ي' && next != 'ی' ? "Y" : "I");
        } else if (c == 'ع') {
            if (wordStart) {
                out.append('A');
            }
        } else {
            String s = ARABIC[c - 0x600];
            if (s != null) {
                out.append(s);
            }
        }
    }

    private static void icu(char c, StringBuilder out) {
        icuRun(String.valueOf(c), out);
    }

    private static void icuRun(String s, StringBuilder out) {
        String latin = ICU.get().transliterate(s);
        for (int i = 0; i < latin.length(); i++) {
            char x = Character.toUpperCase(latin.charAt(i));
            if (x >= 'A' && x <= 'Z') {
                out.append(x);
            } else if (x == ' ') {
                out.append(' ');
            }
        }
    }
}
