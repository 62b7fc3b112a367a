package io.paxgate.rules.documents;

import io.paxgate.rules.country.CountryCodes;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A document as lists and queries name it, normalised so that spellings of the same document
 * meet: number upper-case with spaces, dashes, dots, slashes and MRZ fillers ({@code <}) removed;
 * issuing country as an ICAO/ISO 3-letter code (ICAO "D" is folded to DEU); type as the ICAO
 * Doc 9303 type letter (P passport, I identity card, A, C, V visa), or {@link #ANY_TYPE}.
 *
 * @param number         A-Z and 0-9 only, 1..{@value #MAX_NUMBER_LENGTH} characters
 * @param issuingCountry three letters A-Z
 * @param type           one letter A-Z, or {@link #ANY_TYPE} when not known
 */
public record DocumentKey(String number, String issuingCountry, char type) {
    public static final char ANY_TYPE = '*';
    public static final int MAX_NUMBER_LENGTH = 40;

    public DocumentKey {
        if (number.isEmpty() || number.length() > MAX_NUMBER_LENGTH || !alnum(number)) {
            throw new IllegalArgumentException("document number '" + number + "' must be 1.." + MAX_NUMBER_LENGTH
                    + " letters A-Z or digits after removing spaces, dashes and dots");
        }
        if (issuingCountry.length() != 3 || !letters(issuingCountry)) {
            throw new IllegalArgumentException("issuing country '" + issuingCountry
                    + "' is not a 3-letter code (e.g. AZE, RUS, TUR)");
        }
        if (type != ANY_TYPE && (type < 'A' || type > 'Z')) {
            throw new IllegalArgumentException("document type '" + type + "' is not a letter");
        }
    }

    /**
     * Normalises raw values.
     *
     * @param type null or blank for any type; a Doc 9303 code ("P", "PD", "ID") or a word
     *             ("passport", "id card", "visa")
     * @throws IllegalArgumentException when a part cannot be normalised
     */
    public static DocumentKey of(String number, String issuingCountry, String type) {
        return new DocumentKey(normaliseNumber(number), normaliseCountry(issuingCountry), normaliseType(type));
    }

    /** The number with separators removed and letters upper-cased; may be empty. */
    public static String normaliseNumber(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '<' || c == '\t' || c == '\u00A0') {
                continue;
            }
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    public static String normaliseCountry(String raw) {
        String c = CountryCodes.toAlpha3(raw);
        return c == null ? "" : c.toUpperCase(Locale.ROOT);
    }

    public static char normaliseType(String raw) {
        if (raw == null || raw.isBlank()) {
            return ANY_TYPE;
        }
        String t = raw.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "*", "ANY" -> ANY_TYPE;
            case "PASSPORT" -> 'P';
            case "ID", "ID CARD", "IDENTITY CARD", "NATIONAL ID", "NATIONAL IDENTITY CARD" -> 'I';
            case "VISA" -> 'V';
            default -> t.charAt(0);
        };
    }

    /** Chronicle key bytes: country (3) then number, ASCII; the type lives in the value. */
    byte[] keyBytes() {
        byte[] b = new byte[3 + number.length()];
        issuingCountry.getBytes(0, 3, b, 0);
        number.getBytes(0, number.length(), b, 3);
        return b;
    }

    static String numberOf(byte[] key) {
        return new String(key, 3, key.length - 3, StandardCharsets.US_ASCII);
    }

    static String countryOf(byte[] key) {
        return new String(key, 0, 3, StandardCharsets.US_ASCII);
    }

    /** True when a record of type {@code listed} answers a query for this key's type. */
    boolean typeMatches(char listed) {
        return type == ANY_TYPE || listed == ANY_TYPE || listed == type;
    }

    private static boolean alnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
