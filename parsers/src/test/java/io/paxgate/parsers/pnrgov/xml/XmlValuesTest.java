package io.paxgate.parsers.pnrgov.xml;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlValuesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void dateTimesReadFromTheCharsAreWhatJavaTimeReads() {
        String[] cases = {"2025-06-01T10:15:00", "2025-06-01 10:15:00", "2025-06-01T10:15:00Z", "2025-06-01T10:15:00z",
            "2024-02-29T23:59:59", "2025-02-29T10:00:00", "2025-02-30T10:00:00", "2025-13-01T10:00:00",
            "2025-06-01T24:00:00", "2025-06-01T10:60:00", "2025-06-01T10:15:60", "0000-01-01T00:00:00",
            "2025-06-01T10:15", "2025-06-01T10:15:00.5", "2025-06-01T10:15:00+02:00", "2025-06-01", "2025-6-01T10:15:00",
            "2025-06-01X10:15:00", "2025-06-01T10-15-00", "2025-06-01T1a:15:00", "\uff12025-06-01T10:15:00",
            " 2025-06-01T10:15:00 ", "2025-06-01T10:15:00Q"};
        for (String c : cases) {
            assertEquals(javaTime(c), XmlValues.parseDateTime(c, TODAY), c);
        }
    }

    @Test
    void datesReadFromTheCharsAreWhatJavaTimeReads() {
        String[] cases = {"1985-06-17", "2024-02-29", "2025-02-29", "2025-00-10", "1985-06-17Z", "1985-06-17+02:00",
            "1985-06-1x", "198a-06-17", "1985-06-17T10:00:00"};
        for (String c : cases) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(c.substring(0, 10));
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertEquals(expected, XmlValues.parseDate(c, TODAY, true), c);
        }
    }

    // the reading before the fast path: java.time's ISO parsers, the local time kept as written
    private static LocalDateTime javaTime(String v) {
        String s = v.trim();
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        if (s.indexOf('T') < 0) {
            try {
                return LocalDate.parse(s.substring(0, 10)).atStartOfDay();
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // with a zone
        }
        try {
            return OffsetDateTime.parse(s.endsWith("z") ? s.substring(0, s.length() - 1) + 'Z' : s).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
