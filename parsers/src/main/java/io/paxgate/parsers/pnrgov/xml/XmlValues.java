package io.paxgate.parsers.pnrgov.xml;

import io.paxgate.parsers.edifact.EdifactDates;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Problems;

import java.math.BigDecimal;
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
        problems.add(code, -1, at.name, at.offset, context + message + " (" + at.position() + ")");
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
            // xs:date may carry a zone (2025-06-01Z, 2025-06-01+02:00); xs:dateTime a time
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return EdifactDates.ddmmmyy(s, today, birthDate);
    }
}
