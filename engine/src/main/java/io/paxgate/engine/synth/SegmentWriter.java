package io.paxgate.engine.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Appends EDIFACT segments to a StringBuilder with the default separators ({@code UNA:+.? '}),
 * a line break after each terminator (as the samples are laid out; readers drop it), trailing
 * empty elements left out, and a segment count for UNT. Values go through {@link #esc} or
 * {@link #c}; codes and numbers are written as they are.
 */
final class SegmentWriter {
    static final String UNA = "UNA:+.? '\n";

    private final StringBuilder out;
    private int count;

    SegmentWriter(StringBuilder out) {
        this.out = out;
    }

    /** Writes {@code tag+e1+e2...'}; each element is already composed (components joined by ':'). */
    SegmentWriter seg(String tag, String... elements) {
        out.append(tag);
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            out.append('+');
            if (elements[i] != null) {
                out.append(elements[i]);
            }
        }
        out.append("'\n");
        count++;
        return this;
    }

    /** Segments written since construction or the last {@link #resetCount()}. */
    int count() {
        return count;
    }

    void resetCount() {
        count = 0;
    }

    /** Components joined by ':', each value escaped, trailing empty ones left out. */
    static String c(String... components) {
        int last = components.length;
        while (last > 0 && (components[last - 1] == null || components[last - 1].isEmpty())) {
            last--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                sb.append(':');
            }
            if (components[i] != null) {
                sb.append(esc(components[i]));
            }
        }
        return sb.toString();
    }

    /** A value with the separators released ({@code O'CONNOR} -> {@code O?'CONNOR}). */
    static String esc(String v) {
        StringBuilder sb = new StringBuilder(v.length() + 2);
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\'' || ch == '+' || ch == ':' || ch == '?') {
                sb.append('?');
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    static String yymmdd(LocalDate d) {
        return two(d.getYear() % 100) + two(d.getMonthValue()) + two(d.getDayOfMonth());
    }

    static String ddmmyy(LocalDate d) {
        return two(d.getDayOfMonth()) + two(d.getMonthValue()) + two(d.getYear() % 100);
    }

    static String hhmm(LocalDateTime t) {
        return two(t.getHour()) + two(t.getMinute());
    }

    /** Format 201: YYMMDDHHMM. */
    static String yymmddhhmm(LocalDateTime t) {
        return yymmdd(t.toLocalDate()) + hhmm(t);
    }

    /** Two digits, zero padded (String.format is the slow part of a generated day otherwise). */
    static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** {@code v} zero padded to {@code width} digits. */
    static String padded(long v, int width) {
        String d = Long.toString(v);
        return d.length() >= width ? d : "0".repeat(width - d.length()) + d;
    }

    /** SSR DOCS dates: 17JUN85. */
    static String ddMonyy(LocalDate d) {
        return two(d.getDayOfMonth()) + d.getMonth().name().substring(0, 3) + two(d.getYear() % 100);
    }
}
