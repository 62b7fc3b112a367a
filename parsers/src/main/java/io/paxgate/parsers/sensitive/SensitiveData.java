package io.paxgate.parsers.sensitive;

import java.util.HashMap;
import java.util.Map;

/**
 * Says whether an SSR code or a piece of free text reveals data that must not be processed
 * (EU PNR Directive art. 13, STANDARDS.md section 6): health or religion. Meal and medical SSRs
 * are the usual carriers. Decoders mark what this flags; the engine deletes it on receipt.
 *
 * <p>Allocation-free: codes are looked up in a map of canonical Strings, free text is scanned
 * word by word against a fixed keyword list without building substrings.
 */
public final class SensitiveData {
    public static final String HEALTH = "health";
    public static final String RELIGION = "religion";

    private static final Map<String, String> SSR_CODES = new HashMap<>();

    static {
        // Meals that name a faith (MOML Muslim, KSML kosher, HNML Hindu, VJML Jain,
        // AVML Asian vegetarian: in practice the Hindu meal).
        for (String c : new String[] {"MOML", "KSML", "HNML", "VJML", "AVML"}) {
            SSR_CODES.put(c, RELIGION);
        }
        // Medical, mobility and assistance requests.
        for (String c : new String[] {"MEDA", "WCHR", "WCHS", "WCHC", "WCBD", "WCBW", "WCMP", "WCLB", "WCOB",
                "BLND", "DEAF", "DPNA", "OXYG", "STCR", "MAAS", "LEGL", "LEGR", "MEQT", "POCS", "PPOC",
                "SVAN", "ESAN", "CPAP"}) {
            SSR_CODES.put(c, HEALTH);
        }
    }

    /** Words in free text that reveal religion. */
    private static final String[] RELIGION_WORDS = {"HALAL", "KOSHER", "MUSLIM", "MOSLEM", "ISLAM", "ISLAMIC",
            "HINDU", "JAIN", "JEWISH", "SIKH", "BUDDHIST", "RAMADAN", "PRAYER", "PILGRIM", "PILGRIMAGE", "HAJJ",
            "UMRAH", "CHURCH", "MOSQUE", "SYNAGOGUE", "TEMPLE", "RELIGIOUS", "MOML", "KSML", "HNML", "VJML"};

    /** Words in free text that reveal health. */
    private static final String[] HEALTH_WORDS = {"DIABETIC", "DIABETES", "WHEELCHAIR", "PREGNANT", "PREGNANCY",
            "OXYGEN", "DIALYSIS", "MEDICAL", "MEDICATION", "MEDICINE", "INSULIN", "EPILEPSY", "EPILEPTIC",
            "BLIND", "DEAF", "STRETCHER", "DISABLED", "DISABILITY", "HIV", "AIDS", "CANCER", "CHEMO",
            "ALLERGY", "ALLERGIC", "GLUTEN", "LACTOSE", "AUTISM", "AUTISTIC", "DEMENTIA", "ALZHEIMER",
            "ASTHMA", "CARDIAC", "SURGERY", "HOSPITAL", "ILLNESS", "INJURY", "CRUTCHES", "INCUBATOR",
            "MEDA", "WCHR", "WCHS", "WCHC", "OXYG", "STCR", "DPNA", "BLND"};

    private SensitiveData() {
    }

    /**
     * The category an SSR code reveals, or null. Every meal code (four letters ending in ML) is
     * sensitive: diets name faiths and illnesses; the ones that name a faith are "religion".
     */
    public static String ssrCategory(String code) {
        if (code == null) {
            return null;
        }
        String c = SSR_CODES.get(code);
        if (c != null) {
            return c;
        }
        if (code.length() == 4 && code.charAt(2) == 'M' && code.charAt(3) == 'L') {
            return HEALTH; // dietary (DBML diabetic, GFML gluten free, LSML low salt ...)
        }
        return null;
    }

    /** The category free text reveals, or null: whole words, case-insensitive. */
    public static String textCategory(CharSequence text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int len = i - from;
            if (len < 3) {
                continue;
            }
            if (matchesAny(text, from, len, RELIGION_WORDS)) {
                return RELIGION;
            }
            if (matchesAny(text, from, len, HEALTH_WORDS)) {
                return HEALTH;
            }
        }
        return null;
    }

    /** The SSR code's category, else the text's, else null. */
    public static String classify(String ssrCode, CharSequence text) {
        String c = ssrCategory(ssrCode);
        return c != null ? c : textCategory(text);
    }

    private static boolean matchesAny(CharSequence text, int from, int len, String[] words) {
        for (String w : words) {
            if (w.length() == len && regionEqualsIgnoreCase(text, from, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionEqualsIgnoreCase(CharSequence text, int from, String upper) {
        for (int k = 0; k < upper.length(); k++) {
            if (Character.toUpperCase(text.charAt(from + k)) != upper.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
