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
     * given name, middle names.
     */
    record Docs(TravelDocument document, String nationality, LocalDate birthDate, String sex,
                String surname, String givenNames, boolean birthDateInvalid, boolean expiryInvalid) {
        boolean infant() {
            return "MI".equals(sex) || "FI".equals(sex);
        }
    }

    /**
     * SSR DOCO {@code /BERLIN/V/12345678/NEW YORK/01JAN25/USA[/I]}: place of birth, document type,
     * number, place of issue, issue date, state the document is valid for.
     */
    record Doco(TravelDocument document, String birthPlace, boolean infant) {
    }

    static Docs docs(String text, LocalDate today) {
        return docs(text, today, new int[2 * DOCS_FIELDS]);
    }

    /** Number of DOCS fields; {@link #docs(String, LocalDate, int[])} wants twice as many ints of work space. */
    static final int DOCS_FIELDS = 11;

    static Docs docs(String text, LocalDate today, int[] f) {
        // Field bounds first (in the caller's work array), then one String per value the model
        // keeps: codes come from the shared code table, dates are read in place (no substring for either).
        fields(text, DOCS_FIELDS, f);
        TravelDocument d = new TravelDocument();
        d.type = code(text, f, 0);
        d.issuingCountry = code(text, f, 1);
        d.number = value(text, f, 2);
        LocalDate birth = date(text, f, 4, today, true);
        d.expiryDate = date(text, f, 6, today, false);
        String given = value(text, f, 8);
        if (present(f, 9)) {
            given = given == null ? value(text, f, 9) : given + " " + value(text, f, 9);
        }
        return new Docs(d, code(text, f, 3), birth, code(text, f, 5), value(text, f, 7), given,
                present(f, 4) && birth == null, present(f, 6) && d.expiryDate == null);
    }

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
