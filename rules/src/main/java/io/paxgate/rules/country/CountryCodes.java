package io.paxgate.rules.country;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Country names and codes as lists send them, to ISO 3166 / ICAO Doc 9303 3-letter codes.
 * UN XML writes names ("Iran (Islamic Republic of)"), OpenSanctions writes lower-case alpha-2
 * ("ru"), SLTD and MRZ write alpha-3 (ICAO "D" for Germany). Unknown values are returned as sent
 * (trimmed) so nothing is lost; the matcher then compares them as strings.
 */
public final class CountryCodes {
    private static final Map<String, String> BY_NAME = new HashMap<>();
    /**
     * The same answers for the codes as written in documents and messages (upper-case alpha-2 and
     * alpha-3, ICAO "D"), looked up without lower-casing a copy: the screening of every traveller
     * asks for their documents' issuing countries.
     */
    private static final Map<String, String> BY_CODE = new HashMap<>();

    static {
        // Every ISO country under its JDK English name ("Russia", "Iran", ...) and alpha-2/alpha-3.
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            try {
                String a3 = l.getISO3Country().intern();
                BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), a3);
                BY_NAME.put(key(a2), a3);
                BY_NAME.put(key(a3), a3);
            } catch (MissingResourceException ignored) {
                // a code without an alpha-3 in this JDK: left to the table below or kept as sent
            }
        }
        // UN and EU spellings, the region's countries first.
        String[][] table = {
            {"Azerbaijan", "AZE"}, {"Republic of Azerbaijan", "AZE"},
            {"Russian Federation", "RUS"}, {"Russia", "RUS"},
            {"Turkey", "TUR"}, {"Türkiye", "TUR"}, {"Turkiye", "TUR"}, {"Republic of Türkiye", "TUR"},
            {"Iran (Islamic Republic of)", "IRN"}, {"Islamic Republic of Iran", "IRN"}, {"Iran", "IRN"},
            {"Georgia", "GEO"}, {"Armenia", "ARM"},
            {"Kazakhstan", "KAZ"}, {"Uzbekistan", "UZB"}, {"Turkmenistan", "TKM"},
            {"Kyrgyzstan", "KGZ"}, {"Kyrgyz Republic", "KGZ"}, {"Tajikistan", "TJK"},
            {"Afghanistan", "AFG"}, {"Pakistan", "PAK"}, {"Iraq", "IRQ"},
            {"Syrian Arab Republic", "SYR"}, {"Syria", "SYR"},
            {"Saudi Arabia", "SAU"}, {"United Arab Emirates", "ARE"}, {"Qatar", "QAT"}, {"Kuwait", "KWT"},
            {"Yemen", "YEM"}, {"Jordan", "JOR"}, {"Lebanon", "LBN"}, {"Egypt", "EGY"}, {"Libya", "LBY"},
            {"State of Palestine", "PSE"}, {"Ukraine", "UKR"}, {"Belarus", "BLR"},
            {"Republic of Moldova", "MDA"}, {"Moldova", "MDA"},
            {"Democratic People's Republic of Korea", "PRK"}, {"Republic of Korea", "KOR"},
            {"United Kingdom of Great Britain and Northern Ireland", "GBR"}, {"United Kingdom", "GBR"},
            {"United States of America", "USA"}, {"United States", "USA"},
            {"Viet Nam", "VNM"}, {"Lao People's Democratic Republic", "LAO"},
            {"United Republic of Tanzania", "TZA"}, {"Democratic Republic of the Congo", "COD"},
            {"Bolivia (Plurinational State of)", "BOL"}, {"Venezuela (Bolivarian Republic of)", "VEN"},
            {"Côte d'Ivoire", "CIV"}, {"Kosovo", "RKS"},
            // ICAO Doc 9303 codes that are not ISO alpha-3
            {"D", "DEU"},
            // OpenSanctions historical codes
            {"suhh", "SUN"}, {"Soviet Union", "SUN"}, {"xk", "RKS"},
        };
        for (String[] row : table) {
            BY_NAME.put(key(row[0]), row[1].intern());
        }
        for (String a2 : Locale.getISOCountries()) {
            byCode(a2);
            try {
                byCode(new Locale("", a2).getISO3Country());
            } catch (MissingResourceException ignored) {
                // no alpha-3: looked up by name only
            }
        }
        byCode("D");
    }

    private static void byCode(String code) {
        String a3 = BY_NAME.get(key(code));
        if (!code.isEmpty() && a3 != null) {
            BY_CODE.put(code.toUpperCase(Locale.ROOT), a3);
        }
    }

    private CountryCodes() {
    }

    /**
     * The 3-letter code for a country name, alpha-2 or alpha-3 code; the trimmed input when
     * unknown; null for null or blank.
     */
    public static String toAlpha3(String nameOrCode) {
        if (nameOrCode == null) {
            return null;
        }
        String t = nameOrCode.strip();
        if (t.isEmpty()) {
            return null;
        }
        String code = BY_CODE.get(t);
        if (code != null) {
            return code;
        }
        code = BY_NAME.get(key(t));
        return code != null ? code : t;
    }

    /** True when {@link #toAlpha3} knows the value (it maps to a code rather than echoing it). */
    public static boolean isKnown(String nameOrCode) {
        return nameOrCode != null && BY_NAME.containsKey(key(nameOrCode.strip()));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
