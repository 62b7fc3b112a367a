package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Birth dates as analysts write them in pair files: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
public final class BirthDates {
    private BirthDates() {
    }

    /**
     * @return null for blank
     * @throws IllegalArgumentException with the value in the message when it is not a date
     */
    public static BirthDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.length() == 4 && allDigits(t)) {
                return BirthDate.year(Integer.parseInt(t));
            }
            if (t.length() == 7 && t.charAt(4) == '-' && allDigits(t.substring(0, 4)) && allDigits(t.substring(5))) {
                return BirthDate.month(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
            }
            return BirthDate.exact(LocalDate.parse(t));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a birth date (YYYY-MM-DD, YYYY-MM or YYYY): \"" + s + "\"");
        }
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
