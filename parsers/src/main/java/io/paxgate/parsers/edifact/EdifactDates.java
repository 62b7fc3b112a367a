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
        int len = s.length(e, c);
        if (len == 8 || len == 12) {
            int y = s.digitsAt(e, c, 0, 4);
            int m = s.digitsAt(e, c, 4, 2);
            int d = s.digitsAt(e, c, 6, 2);
            return of(y, m, d);
        }
        if (len == 6 || len == 10) {
            int yy = s.digitsAt(e, c, 0, 2);
            int m = s.digitsAt(e, c, 2, 2);
            int d = s.digitsAt(e, c, 4, 2);
            if (yy < 0) {
                return null;
            }
            return of(century(yy, today, birthDate), m, d);
        }
        return null;
    }

    /** YYMMDDHHMM (201) or CCYYMMDDHHMM (203); a bare date gives midnight. */
    public static LocalDateTime dateTime(Segment s, int e, int c, LocalDate today) {
        int len = s.length(e, c);
        LocalDate date = date(s, e, c, today, false);
        if (date == null) {
            return null;
        }
        int timeAt = len == 10 ? 6 : len == 12 ? 8 : -1;
        if (timeAt < 0) {
            return date.atStartOfDay();
        }
        int h = s.digitsAt(e, c, timeAt, 2);
        int mi = s.digitsAt(e, c, timeAt + 2, 2);
        if (h < 0 || mi < 0 || h > 24 || mi > 59) {
            return null;
        }
        return h == 24 ? date.plusDays(1).atStartOfDay() : date.atTime(h, mi);
    }

    /** PNRGOV style DDMMYY (day first), as in TVL and DAT. */
    public static LocalDate ddmmyy(Segment s, int e, int c, LocalDate today) {
        if (s.length(e, c) != 6) {
            return null;
        }
        int d = s.digitsAt(e, c, 0, 2);
        int m = s.digitsAt(e, c, 2, 2);
        int yy = s.digitsAt(e, c, 4, 2);
        if (yy < 0) {
            return null;
        }
        return of(century(yy, today, false), m, d);
    }

    /** HHMM time in a separate component, applied to {@code date}; null when either is missing. */
    public static LocalDateTime at(LocalDate date, Segment s, int e, int c) {
        if (date == null) {
            return null;
        }
        if (s.length(e, c) != 4) {
            return date.atStartOfDay();
        }
        int h = s.digitsAt(e, c, 0, 2);
        int mi = s.digitsAt(e, c, 2, 2);
        if (h < 0 || mi < 0 || h > 23 || mi > 59) {
            return date.atStartOfDay();
        }
        return date.atTime(h, mi);
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

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    /** DDMMMYY as in SSR DOCS ("17JUN85"); null when malformed. */
    public static LocalDate ddmmmyy(String v, LocalDate today, boolean birthDate) {
        if (v == null) {
            return null;
        }
        String t = v.trim();
        if (t.length() == 7 || t.length() == 9) {
            try {
                int d = Integer.parseInt(t.substring(0, 2));
                String mon = t.substring(2, 5).toUpperCase(java.util.Locale.ROOT);
                int m = -1;
                for (int i = 0; i < 12; i++) {
                    if (MONTHS[i].equals(mon)) {
                        m = i + 1;
                    }
                }
                int y = t.length() == 9 ? Integer.parseInt(t.substring(5, 9))
                        : century(Integer.parseInt(t.substring(5, 7)), today, birthDate);
                return of(y, m, d);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
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
