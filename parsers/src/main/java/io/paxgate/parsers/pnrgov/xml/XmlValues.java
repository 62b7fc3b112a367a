package io.paxgate.parsers.pnrgov.xml;

import io.paxgate.parsers.edifact.EdifactDates;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Problems;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Typed values out of {@link XmlElement}s: dates, times and numbers, each bad one reported as a
 * problem with the element's position and the value left null. Dates are ISO 8601 as XML Schema
 * writes them ({@code 2025-06-01}, {@code 2025-06-01T10:15:00}, with or without offset: the local
 * time is kept as written) or DDMMMYY as in SSR DOCS ({@code 17JUN85}).
 */
final class XmlValues {
    private final Problems problems;
    private final LocalDate today;
    /** Prefix for messages, e.g. "PNR 2 (ABC123)". */
    private String context = "";

    XmlValues(Problems problems, LocalDate today) {
        this.problems = problems;
        this.today = today;
    }

    void context(String context) {
        this.context = context;
    }

    Problems problems() {
        return problems;
    }

    LocalDate today() {
        return today;
    }

    /** Reports a problem at element {@code at}. */
    void report(ProblemCode code, XmlElement at, String message) {
        problems.add(code, -1, at.name, at.offset(), context + message + " (" + at.position() + ")");
    }

    LocalDateTime dateTime(XmlElement e, String... names) {
        String v = e.value(names);
        if (v == null) {
            return null;
        }
        LocalDateTime t = parseDateTime(v, today);
        if (t == null) {
            report(ProblemCode.INVALID_DATE, e.where(names), names[0] + " '" + v
                    + "' is not a date-time; expected ISO 8601 such as 2025-06-01T10:15:00");
        }
        return t;
    }

    LocalDate date(XmlElement e, boolean birthDate, String... names) {
        String v = e.value(names);
        if (v == null) {
            return null;
        }
        LocalDate d = parseDate(v, today, birthDate);
        if (d == null) {
            report(ProblemCode.INVALID_DATE, e.where(names), names[0] + " '" + v
                    + "' is not a date; expected ISO 8601 such as 1985-06-17, or 17JUN85");
        }
        return d;
    }

    BigDecimal decimal(XmlElement e, String... names) {
        String v = e.value(names);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException ex) {
            report(ProblemCode.INVALID_VALUE, e.where(names), names[0] + " '" + v + "' is not a number");
            return null;
        }
    }

    Integer integer(XmlElement e, String... names) {
        String v = e.value(names);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException ex) {
            report(ProblemCode.INVALID_VALUE, e.where(names), names[0] + " '" + v + "' is not a whole number");
            return null;
        }
    }

    static LocalDateTime parseDateTime(String v, LocalDate today) {
        String s = v.trim();
        int n = s.length();
        // 2025-06-01T10:15:00, as every sender writes it (a space for the T, a Z after): read
        // straight from the chars; any other form goes through java.time below
        if ((n == 19 || n == 20 && (s.charAt(19) == 'Z' || s.charAt(19) == 'z'))
                && (s.charAt(10) == 'T' || s.charAt(10) == ' ') && isoDate(s)
                && s.charAt(13) == ':' && s.charAt(16) == ':') {
            int hour = digits2(s, 11);
            int minute = digits2(s, 14);
            int second = digits2(s, 17);
            if ((hour | minute | second) >= 0) {
                try {
                    return LocalDateTime.of(digits2(s, 0) * 100 + digits2(s, 2), digits2(s, 5), digits2(s, 8),
                            hour, minute, second);
                } catch (DateTimeException e) {
                    return null; // 2025-02-30, 25:00: java.time's parser refuses them too
                }
            }
        }
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        if (s.indexOf('T') < 0) {
            LocalDate d = parseDate(s, today, false);
            return d == null ? null : d.atStartOfDay();
        }
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // with a zone: keep the local time as written
        }
        try {
            return OffsetDateTime.parse(s.endsWith("z") ? s.substring(0, s.length() - 1) + 'Z' : s).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate parseDate(String v, LocalDate today, boolean birthDate) {
        String s = v.trim();
        if (s.length() >= 10 && s.charAt(4) == '-') {
            if (isoDate(s)) {
                try {
                    return LocalDate.of(digits2(s, 0) * 100 + digits2(s, 2), digits2(s, 5), digits2(s, 8));
                } catch (DateTimeException e) {
                    return null;
                }
            }
            // xs:date may carry a zone (2025-06-01Z, 2025-06-01+02:00); xs:dateTime a time
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return EdifactDates.ddmmmyy(s, today, birthDate);
    }

    /** {@code s} starts with yyyy-mm-dd in ASCII digits (the form LocalDate.parse reads). */
    private static boolean isoDate(String s) {
        return s.charAt(4) == '-' && s.charAt(7) == '-'
                && (digits2(s, 0) | digits2(s, 2) | digits2(s, 5) | digits2(s, 8)) >= 0;
    }

    /** Two ASCII digits at {@code at} as a number, or -1. */
    private static int digits2(String s, int at) {
        int a = s.charAt(at) - '0';
        int b = s.charAt(at + 1) - '0';
        return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
    }
}
