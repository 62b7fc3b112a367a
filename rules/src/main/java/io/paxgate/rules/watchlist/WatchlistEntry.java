package io.paxgate.rules.watchlist;

import java.util.List;

/**
 * One listed person or entity, as every loader produces it (UN XML, OpenSanctions CSV, Paxgate CSV).
 *
 * @param id              unique within its list (UN reference number, OpenSanctions id, national id)
 * @param list            the list's name as declared in config (e.g. "un-sc")
 * @param type            person or entity
 * @param category        what the list is for: "sanctions", "wanted", "national", ...
 * @param severity        1 (lowest) to 5 (highest), from the list's config unless the file gives one
 * @param names           the primary name first, then aliases
 * @param birthDates      every birth date the source gives, at its precision
 * @param nationalities   ICAO/ISO 3-letter codes where known, else as sent
 * @param sex             "M", "F" or null
 * @param documents       identity documents the source gives
 * @param sourceReference where an officer reads more (reference number, URL)
 */
public record WatchlistEntry(
        String id,
        String list,
        EntryType type,
        String category,
        int severity,
        List<ListedName> names,
        List<BirthDate> birthDates,
        List<String> nationalities,
        String sex,
        List<ListedDocument> documents,
        String sourceReference) {

    public WatchlistEntry {
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public enum EntryType { PERSON, ENTITY }

    /** The primary name (first listed). */
    public ListedName primaryName() {
        return names.get(0);
    }
}
