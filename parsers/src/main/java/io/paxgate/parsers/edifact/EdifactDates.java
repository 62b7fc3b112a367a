package io.paxgate.parsers.edifact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates and times in the formats API and PNR messages use, read straight from the segment's
 * bytes. Two-digit years are placed by what the date is: a birth date is never after
 * {@code today}; other dates fall within 50 years before or after it.
 */
public final class EdifactDates {
    private EdifactDates() {
    }

    /** Format 102 CCYYMMDD, 101 YYMMDD, or 201 YYMMDDHHMM / 203 CCYYMMDDHHMM: the date part. */
    public static LocalDate date(Segment s, int e, int c, LocalDate today, boolean birthDate) {
        int len = s.value(e, c);
        return date(s.valueBuf, s.valueFrom, len, today, birthDate);
    }

    // dates read from bytes resolved once by Segment.value: one slot lookup per date, not four
    private static LocalDate date(byte[] b, int p, int len, LocalDate today, boolean birthDate) {
        if (len == 8 || len == 12) {
            int y = digits(b, p, 4);
            int m = digits(b, p + 4, 2);
            int d = digits(b, p + 6, 2);
            return of(y, m, d);
        }
        if (len == 6 || len == 10) {
            int yy = digits(b, p, 2);
            int m = digits(b, p + 2, 2);
            int d = digits(b, p + 4, 2);
            if (yy < 0) {
                return null;
            }
            return of(century(yy, today, birthDate), m, d);
        }
        return null;
    }

    /** YYMMDDHHMM (201) or CCYYMMDDHHMM (203); a bare date gives midnight. */
    public static LocalDateTime dateTime(Segment s, int e, int c, LocalDate today) {
        int len = s.value(e, c);
        byte[] b = s.valueBuf;
        int p = s.valueFrom;
        LocalDate date = date(b, p, len, today, false);
        if (date == null) {
            return null;
        }
        int timeAt = len == 10 ? 6 : len == 12 ? 8 : -1;
        if (timeAt < 0) {
            return date.atStartOfDay();
        }
        int h = digits(b, p + timeAt, 2);
        int mi = digits(b, p + timeAt + 2, 2);
        if (h < 0 || mi < 0 || h > 24 || mi > 59) {
            return null;
        }
        return h == 24 ? date.plusDays(1).atStartOfDay() : date.atTime(h, mi);
    }

    /** PNRGOV style DDMMYY (day first), as in TVL and DAT. */
    public static LocalDate ddmmyy(Segment s, int e, int c, LocalDate today) {
        if (s.value(e, c) != 6) {
            return null;
        }
        byte[] b = s.valueBuf;
        int p = s.valueFrom;
        int d = digits(b, p, 2);
        int m = digits(b, p + 2, 2);
        int yy = digits(b, p + 4, 2);
        if (yy < 0) {
            return null;
        }
        return of(century(yy, today, false), m, d);
    }

    /**
     * A DDMMYY date and an HHMM time in another component as one number, for caching the
     * LocalDateTime they make: DDMMYY * 100,000 + HHMM, or + 99,999 when the time is absent or not
     * four digits (which gives midnight); -1 when the date is not six digits.
     */
    public static long ddmmyyHhmmKey(Segment s, int de, int dc, int te, int tc) {
        if (s.value(de, dc) != 6) {
            return -1;
        }
        long d = digits(s.valueBuf, s.valueFrom, 6); // read before the next value() reuses the buffer
        if (d < 0) {
            return -1;
        }
        long t = s.value(te, tc) == 4 ? digits(s.valueBuf, s.valueFrom, 4) : -1;
        return d * 100_000 + (t < 0 ? 99_999 : t);
    }

    /** HHMM time in a separate component, applied to {@code date}; null when either is missing. */
    public static LocalDateTime at(LocalDate date, Segment s, int e, int c) {
        if (date == null) {
            return null;
        }
        if (s.value(e, c) != 4) {
            return date.atStartOfDay();
        }
        byte[] b = s.valueBuf;
        int p = s.valueFrom;
        int h = digits(b, p, 2);
        int mi = digits(b, p + 2, 2);
        if (h < 0 || mi < 0 || h > 23 || mi > 59) {
            return date.atStartOfDay();
        }
        return date.atTime(h, mi);
    }

    /** {@code count} ASCII digits at {@code p} as an int; -1 when one is not a digit. */
    private static int digits(byte[] b, int p, int count) {
        int v = 0;
        for (int i = p; i < p + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The four-digit year for a two-digit one. */
    public static int century(int yy, LocalDate today, boolean birthDate) {
        int current = today.getYear();
        int y = current - current % 100 + yy;
        if (birthDate) {
            return y > current ? y - 100 : y;
        }
        if (y > current + 50) {
            return y - 100;
        }
        if (y < current - 50) {
            return y + 100;
        }
        return y;
    }

    /** 1-12 for the upper-case English month abbreviation JAN-DEC, else -1. */
    private static int month(char c0, char c1, char c2) {
        if ((c0 | c1 | c2) >= 0x80) {
            return -1;
        }
        return switch (c0 << 16 | c1 << 8 | c2) {
            case 'J' << 16 | 'A' << 8 | 'N' -> 1;
            case 'F' << 16 | 'E' << 8 | 'B' -> 2;
            case 'M' << 16 | 'A' << 8 | 'R' -> 3;
            case 'A' << 16 | 'P' << 8 | 'R' -> 4;
            case 'M' << 16 | 'A' << 8 | 'Y' -> 5;
            case 'J' << 16 | 'U' << 8 | 'N' -> 6;
            case 'J' << 16 | 'U' << 8 | 'L' -> 7;
            case 'A' << 16 | 'U' << 8 | 'G' -> 8;
            case 'S' << 16 | 'E' << 8 | 'P' -> 9;
            case 'O' << 16 | 'C' << 8 | 'T' -> 10;
            case 'N' << 16 | 'O' << 8 | 'V' -> 11;
            case 'D' << 16 | 'E' << 8 | 'C' -> 12;
            default -> -1;
        };
    }

    /** DDMMMYY as in SSR DOCS ("17JUN85"); null when malformed. */
    public static LocalDate ddmmmyy(String v, LocalDate today, boolean birthDate) {
        return v == null ? null : ddmmmyy(v, 0, v.length(), today, birthDate);
    }

    /**
     * DDMMMYY (or DDMMMYYYY) read from {@code v[from, to)} in place, surrounding blanks ignored:
     * no substring, upper-casing or boxing. Null when malformed.
     */
    public static LocalDate ddmmmyy(String v, int from, int to, LocalDate today, boolean birthDate) {
        while (from < to && v.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && v.charAt(to - 1) <= ' ') {
            to--;
        }
        int len = to - from;
        if (len != 7 && len != 9) {
            return null;
        }
        int d = parseInt(v, from, from + 2);
        char m0 = Character.toUpperCase(v.charAt(from + 2));
        char m1 = Character.toUpperCase(v.charAt(from + 3));
        char m2 = Character.toUpperCase(v.charAt(from + 4));
        int m = month(m0, m1, m2);
        int yy = parseInt(v, from + 5, to);
        if (d == Integer.MIN_VALUE || yy == Integer.MIN_VALUE) {
            return null;
        }
        return of(len == 9 ? yy : century(yy, today, birthDate), m, d);
    }

    /**
     * What Integer.parseInt would give for a short field (optional sign, at least one digit),
     * without the substring; Integer.MIN_VALUE where it would throw.
     */
    private static int parseInt(String v, int from, int to) {
        int i = from;
        boolean negative = false;
        char first = v.charAt(i);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        if (i >= to) {
            return Integer.MIN_VALUE;
        }
        int n = 0;
        for (; i < to; i++) {
            char c = v.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : Character.digit(c, 10);
            if (digit < 0) {
                return Integer.MIN_VALUE;
            }
            n = n * 10 + digit;
        }
        return negative ? -n : n;
    }

    private static LocalDate of(int y, int m, int d) {
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
