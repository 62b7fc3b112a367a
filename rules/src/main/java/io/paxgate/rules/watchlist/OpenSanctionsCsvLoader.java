package io.paxgate.rules.watchlist;

import io.paxgate.rules.country.CountryCodes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OpenSanctions {@code targets.simple.csv}: id, schema, name, aliases, birth_date, countries,
 * addresses, identifiers, sanctions, phones, emails, dataset, first_seen, last_seen, last_change;
 * multi-values {@code ;}-separated. Person becomes PERSON; Organization, Company, LegalEntity and
 * PublicBody become ENTITY; other schemas (Vessel, Airplane, ...) are skipped: they never travel
 * as passengers.
 */
public final class OpenSanctionsCsvLoader implements WatchlistLoader {
    static final List<String> REQUIRED = List.of("id", "schema", "name", "aliases", "birth_date", "countries",
            "identifiers");
    private static final String ENTITY_URL = "https://www.opensanctions.org/entities/";

    @Override
    public List<WatchlistEntry> load(ListSpec spec) {
        List<WatchlistEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CsvRows rows = CsvRows.open(spec.path(), REQUIRED)) {
            while (rows.next()) {
                WatchlistEntry.EntryType type = type(rows.require("schema"));
                if (type == null) {
                    continue;
                }
                String id = rows.require("id");
                if (!ids.add(id)) {
                    throw rows.fail("id", "id '" + id + "' appears twice; ids must be unique within a list");
                }
                String name = rows.require("name");
                List<String> aliases = rows.multi("aliases");
                List<ListedName> names = new ArrayList<>(1 + aliases.size());
                names.add(ListedName.primary(name));
                for (String a : aliases) {
                    if (!a.equals(name)) {
                        names.add(new ListedName(a, null, null, ListedName.Quality.GOOD));
                    }
                }
                List<BirthDate> dobs = new ArrayList<>(1);
                for (String d : rows.multi("birth_date")) {
                    try {
                        dobs.add(BirthDates.parse(d));
                    } catch (IllegalArgumentException e) {
                        throw rows.fail("birth_date", e.getMessage());
                    }
                }
                List<String> countries = new ArrayList<>(2);
                for (String c : rows.multi("countries")) {
                    countries.add(CountryCodes.toAlpha3(c));
                }
                List<ListedDocument> docs = new ArrayList<>(0);
                for (String n : rows.multi("identifiers")) {
                    // identifiers carry no type or country in the simple export
                    docs.add(new ListedDocument("identifier", n, null));
                }
                out.add(new WatchlistEntry(id, spec.name(), type, spec.category(), spec.severity(), names, dobs,
                        countries, null, docs, ENTITY_URL + id));
            }
        }
        return out;
    }

    private static WatchlistEntry.EntryType type(String schema) {
        return switch (schema) {
            case "Person" -> WatchlistEntry.EntryType.PERSON;
            case "Organization", "Company", "LegalEntity", "PublicBody" -> WatchlistEntry.EntryType.ENTITY;
            default -> null;
        };
    }
}
