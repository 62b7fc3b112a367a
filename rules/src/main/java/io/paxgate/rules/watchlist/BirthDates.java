package io.paxgate.rules.watchlist;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Text birth dates as the list files write them, to {@link BirthDate}. */
final class BirthDates {
    /**
     * "Approximately 1975" is read as 1973..1977: screening favours recall, and every hit is
     * reviewed by a person (STANDARDS section 6).
     */
    static final int APPROXIMATE_SLACK_YEARS = 2;

    private BirthDates() {
    }

    /**
     * {@code 1970}, {@code 1970-05}, {@code 1970-05-12}, or a range {@code FROM..TO} of those.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    static BirthDate parse(String s) {
        int dots = s.indexOf("..");
        if (dots >= 0) {
            BirthDate from = parse(s.substring(0, dots).strip());
            BirthDate to = parse(s.substring(dots + 2).strip());
            if (to.to().isBefore(from.from())) {
                throw new IllegalArgumentException("range '" + s + "' ends before it starts");
            }
            return BirthDate.between(from.from(), to.to());
        }
        try {
            switch (s.length()) {
                case 4:
                    return BirthDate.year(year(s));
                case 7:
                    if (s.charAt(4) == '-') {
                        return BirthDate.month(year(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
                    }
                    break;
                case 10:
                    return BirthDate.exact(LocalDate.parse(s));
                default:
                    break;
            }
        } catch (DateTimeException | NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("'" + s + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"
                + " (a range as FROM..TO)");
    }

    /** A year written as the year of {@code s} give or take {@link #APPROXIMATE_SLACK_YEARS}. */
    static BirthDate approximately(String s) {
        BirthDate d = parse(s);
        return BirthDate.approximately(d.from().getYear(), APPROXIMATE_SLACK_YEARS);
    }

    static int year(String s) {
        int y;
        try {
            y = Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a year; write four digits, e.g. 1975");
        }
        if (y < 1800 || y > 2100) {
            throw new IllegalArgumentException("year " + y + " is out of range 1800..2100");
        }
        return y;
    }
}
