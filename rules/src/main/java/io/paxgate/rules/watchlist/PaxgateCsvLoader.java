package io.paxgate.rules.watchlist;

import io.paxgate.rules.country.CountryCodes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Paxgate's CSV for national lists; columns documented in docs/paxgate-csv.md. Required: id,
 * surname. Optional: type, given_names, aliases, low_quality_aliases, birth_date,
 * birth_date_precision, nationalities, sex, document_numbers, category, severity,
 * source_reference.
 */
public final class PaxgateCsvLoader implements WatchlistLoader {
    static final List<String> REQUIRED = List.of("id", "surname");

    @Override
    public List<WatchlistEntry> load(ListSpec spec) {
        List<WatchlistEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CsvRows rows = CsvRows.open(spec.path(), REQUIRED)) {
            while (rows.next()) {
                String id = rows.require("id");
                if (!ids.add(id)) {
                    throw rows.fail("id", "id '" + id + "' appears twice; ids must be unique within a list");
                }
                out.add(entry(rows, id, spec));
            }
        }
        return out;
    }

    private static WatchlistEntry entry(CsvRows rows, String id, ListSpec spec) {
        WatchlistEntry.EntryType type = switch (rows.get("type").toUpperCase(Locale.ROOT)) {
            case "", "PERSON" -> WatchlistEntry.EntryType.PERSON;
            case "ENTITY" -> WatchlistEntry.EntryType.ENTITY;
            default -> throw rows.fail("type", "'" + rows.get("type") + "' is not a type; write PERSON or ENTITY");
        };
        String surname = rows.require("surname");
        String given = rows.get("given_names");
        List<String> aliases = rows.multi("aliases");
        List<String> weak = rows.multi("low_quality_aliases");
        List<ListedName> names = new ArrayList<>(1 + aliases.size() + weak.size());
        names.add(given.isEmpty()
                ? new ListedName(surname, type == WatchlistEntry.EntryType.PERSON ? surname : null, null,
                        ListedName.Quality.PRIMARY)
                : new ListedName(given + " " + surname, surname, given, ListedName.Quality.PRIMARY));
        for (String a : aliases) {
            names.add(new ListedName(a, null, null, ListedName.Quality.GOOD));
        }
        for (String a : weak) {
            names.add(new ListedName(a, null, null, ListedName.Quality.LOW));
        }
        return new WatchlistEntry(id, spec.name(), type,
                rows.get("category").isEmpty() ? spec.category() : rows.get("category"),
                severity(rows, spec), names, birthDates(rows), nationalities(rows), sex(rows), documents(rows),
                rows.get("source_reference").isEmpty() ? null : rows.get("source_reference"));
    }

    private static List<BirthDate> birthDates(CsvRows rows) {
        List<String> values = rows.multi("birth_date");
        String precision = rows.get("birth_date_precision").toLowerCase(Locale.ROOT);
        List<BirthDate> out = new ArrayList<>(values.size());
        for (String v : values) {
            BirthDate d;
            try {
                d = precision.equals("approximate") ? BirthDates.approximately(v) : BirthDates.parse(v);
            } catch (IllegalArgumentException e) {
                throw rows.fail("birth_date", e.getMessage());
            }
            BirthDate.Precision expected = switch (precision) {
                case "" -> d.precision();
                case "exact" -> BirthDate.Precision.EXACT;
                case "month" -> BirthDate.Precision.MONTH;
                case "year" -> BirthDate.Precision.YEAR;
                case "range" -> BirthDate.Precision.RANGE;
                case "approximate" -> BirthDate.Precision.APPROXIMATE;
                default -> throw rows.fail("birth_date_precision", "'" + precision
                        + "' is not a precision; write exact, month, year, approximate or range (or leave empty)");
            };
            if (expected != d.precision()) {
                throw rows.fail("birth_date", "'" + v + "' does not have precision '" + precision
                        + "'; fix the date or the birth_date_precision column");
            }
            out.add(d);
        }
        return out;
    }

    private static List<String> nationalities(CsvRows rows) {
        List<String> values = rows.multi("nationalities");
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(CountryCodes.toAlpha3(v));
        }
        return out;
    }

    private static String sex(CsvRows rows) {
        return switch (rows.get("sex").toUpperCase(Locale.ROOT)) {
            case "" -> null;
            case "M", "MALE" -> "M";
            case "F", "FEMALE" -> "F";
            default -> throw rows.fail("sex", "'" + rows.get("sex") + "' is not a sex; write M, F or leave empty");
        };
    }

    /** Each item NUMBER or TYPE:ISSUING_COUNTRY:NUMBER, e.g. P:AZE:C01234567. */
    private static List<ListedDocument> documents(CsvRows rows) {
        List<String> values = rows.multi("document_numbers");
        List<ListedDocument> out = new ArrayList<>(values.size());
        for (String v : values) {
            String[] parts = v.split(":", -1);
            if (parts.length == 1) {
                out.add(new ListedDocument(null, v, null));
            } else if (parts.length == 3 && !parts[2].isBlank()) {
                out.add(new ListedDocument(parts[0].isBlank() ? null : parts[0].strip(), parts[2].strip(),
                        CountryCodes.toAlpha3(parts[1])));
            } else {
                throw rows.fail("document_numbers", "'" + v
                        + "' is not a document; write NUMBER or TYPE:ISSUING_COUNTRY:NUMBER, e.g. P:AZE:C01234567");
            }
        }
        return out;
    }

    private static int severity(CsvRows rows, ListSpec spec) {
        String s = rows.get("severity");
        if (s.isEmpty()) {
            return spec.severity();
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= 1 && v <= 5) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw rows.fail("severity", "'" + s + "' is not a severity; write 1 (lowest) to 5 (highest) or leave empty");
    }
}
