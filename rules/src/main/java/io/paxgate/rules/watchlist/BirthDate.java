package io.paxgate.rules.watchlist;

import java.time.LocalDate;

/**
 * A listed birth date at the precision the source has: a day, a year, a range, or an
 * approximate year. Stored as an inclusive range [from, to] with the precision it came from.
 */
public record BirthDate(Precision precision, LocalDate from, LocalDate to) {
    public enum Precision { EXACT, MONTH, YEAR, RANGE, APPROXIMATE }

    public static BirthDate exact(LocalDate d) {
        return new BirthDate(Precision.EXACT, d, d);
    }

    public static BirthDate year(int y) {
        return new BirthDate(Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    public static BirthDate month(int y, int m) {
        LocalDate first = LocalDate.of(y, m, 1);
        return new BirthDate(Precision.MONTH, first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    /** UN "APPROXIMATELY": the year give or take {@code slackYears}. */
    public static BirthDate approximately(int y, int slackYears) {
        return new BirthDate(Precision.APPROXIMATE, LocalDate.of(y - slackYears, 1, 1), LocalDate.of(y + slackYears, 12, 31));
    }

    public static BirthDate between(LocalDate from, LocalDate to) {
        return new BirthDate(Precision.RANGE, from, to);
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
