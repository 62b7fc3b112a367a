package io.paxgate.parsers.pnrgov;

import io.paxgate.parsers.edifact.CodeCache;
import io.paxgate.parsers.edifact.EdifactDates;
import io.paxgate.parsers.model.Address;
import io.paxgate.parsers.model.TravelDocument;

import java.time.LocalDate;

/**
 * The slash-separated free text of SSR DOCS, DOCO and DOCA (IATA AIRIMP), split with an indexOf
 * loop. Fields are positional; empty fields stay null, missing trailing fields too.
 */
final class SsrDocsParser {
    private SsrDocsParser() {
    }

    /**
     * SSR DOCS {@code /P/DEU/C01X00T47/DEU/17JUN85/F/30MAY31/MUELLER/ANNA/MARIA[/H]}: type, issuing
     * state, number, nationality, birth date, sex (M, F, MI/FI infant, U, X), expiry, surname,
     * given name, middle names. A reader the decoder reuses for every DOCS: the document, codes and
     * dates are read at once, the names only become Strings when asked for (a TIF usually has them).
     */
    static final class Docs {
        private final int[] f = new int[2 * DOCS_FIELDS];
        private String text;
        private TravelDocument document;
        private String nationality;
        private LocalDate birthDate;
        private String sex;

        Docs read(String docsText, LocalDate today) {
            // Field bounds first, then one String per value the model keeps: codes come from the
            // shared code table, dates are read in place (no substring for either).
            text = docsText;
            fields(text, DOCS_FIELDS, f);
            document = new TravelDocument();
            document.type = code(text, f, 0);
            document.issuingCountry = code(text, f, 1);
            document.number = value(text, f, 2);
            birthDate = date(text, f, 4, today, true);
            document.expiryDate = date(text, f, 6, today, false);
            nationality = code(text, f, 3);
            sex = code(text, f, 5);
            return this;
        }

        TravelDocument document() {
            return document;
        }

        String nationality() {
            return nationality;
        }

        LocalDate birthDate() {
            return birthDate;
        }

        String sex() {
            return sex;
        }

        boolean infant() {
            return "MI".equals(sex) || "FI".equals(sex);
        }

        boolean birthDateInvalid() {
            return present(f, 4) && birthDate == null;
        }

        boolean expiryInvalid() {
            return present(f, 6) && document.expiryDate == null;
        }

        String surname() {
            return value(text, f, 7);
        }

        /** Given name and middle names, joined by a space. */
        String givenNames() {
            String given = value(text, f, 8);
            if (present(f, 9)) {
                given = given == null ? value(text, f, 9) : given + " " + value(text, f, 9);
            }
            return given;
        }

        /** True when the first word of {@link #givenNames} is {@code name + title}; compared in place. */
        boolean givenStartsWithWord(String name, String title) {
            int i = present(f, 8) ? 8 : 9;
            int from = f[2 * i];
            int to = f[2 * i + 1];
            int space = text.indexOf(' ', from);
            int firstEnd = space >= 0 && space < to ? space : to;
            return firstEnd - from == name.length() + title.length()
                    && text.startsWith(name, from) && text.startsWith(title, from + name.length());
        }

        boolean hasGivenNames() {
            return present(f, 8) || present(f, 9);
        }
    }

    /**
     * SSR DOCO {@code /BERLIN/V/12345678/NEW YORK/01JAN25/USA[/I]}: place of birth, document type,
     * number, place of issue, issue date, state the document is valid for.
     */
    record Doco(TravelDocument document, String birthPlace, boolean infant) {
    }

    static Docs docs(String text, LocalDate today) {
        return new Docs().read(text, today);
    }

    private static final int DOCS_FIELDS = 11;

    static Doco doco(String text, LocalDate today) {
        String[] f = split(text, 7);
        TravelDocument d = new TravelDocument();
        d.type = f[1];
        d.number = f[2];
        d.placeOfIssue = f[3];
        d.issueDate = EdifactDates.ddmmmyy(f[4], today, false);
        d.issuingCountry = f[5];
        return new Doco(d, f[0], "I".equals(f[6]));
    }

    /** SSR DOCA {@code /D/USA/350 FIFTH AVENUE/NEW YORK/NY/10118[/I]}: D destination or R residence. */
    static Address doca(String text) {
        String[] f = split(text, 7);
        Address a = new Address();
        a.type = f[0];
        a.country = f[1];
        a.street = f[2];
        a.city = f[3];
        a.subEntity = f[4];
        a.postcode = f[5];
        return a;
    }

    static boolean docaInfant(String text) {
        return "I".equals(split(text, 7)[6]);
    }

    /**
     * The first {@code n} slash-separated fields, trimmed, empty ones null. One leading slash
     * (the usual form) is skipped; anything past field {@code n} is appended to the last field.
     */
    static String[] split(String text, int n) {
        String[] out = new String[n];
        int[] f = new int[2 * n];
        fields(text, n, f);
        for (int i = 0; i < n; i++) {
            out[i] = value(text, f, i);
        }
        return out;
    }

    /**
     * Bounds of the first {@code n} slash-separated fields, trimmed: field i is
     * {@code text[f[2i], f[2i+1])}, empty (from == to) when empty or missing. Same rules as
     * {@link #split}.
     */
    static void fields(String text, int n, int[] f) {
        java.util.Arrays.fill(f, 0, 2 * n, 0);
        if (text == null) {
            return;
        }
        int len = text.length();
        int p = 0;
        while (p < len && text.charAt(p) == ' ') {
            p++;
        }
        if (p < len && text.charAt(p) == '/') {
            p++;
        }
        for (int i = 0; i < n && p <= len; i++) {
            int slash = i == n - 1 ? -1 : text.indexOf('/', p);
            int to = slash < 0 ? len : slash;
            int from = p;
            while (from < to && text.charAt(from) == ' ') {
                from++;
            }
            while (to > from && text.charAt(to - 1) == ' ') {
                to--;
            }
            f[2 * i] = from;
            f[2 * i + 1] = to;
            if (slash < 0) {
                break;
            }
            p = slash + 1;
        }
    }

    private static boolean present(int[] f, int i) {
        return f[2 * i] < f[2 * i + 1];
    }

    private static String value(String text, int[] f, int i) {
        return present(f, i) ? text.substring(f[2 * i], f[2 * i + 1]) : null;
    }

    /** A short code field (type, country, sex): the canonical String, no copy. */
    private static String code(String text, int[] f, int i) {
        return present(f, i) ? CodeCache.canonical(text, f[2 * i], f[2 * i + 1]) : null;
    }

    private static LocalDate date(String text, int[] f, int i, LocalDate today, boolean birthDate) {
        return present(f, i) ? EdifactDates.ddmmmyy(text, f[2 * i], f[2 * i + 1], today, birthDate) : null;
    }
}
