package io.paxgate.engine.synth;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.risk.Decision;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.screening.Screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores screenings against a {@link PlantedManifest}: a planted traveller is found when a
 * screening of them (same flight, name and birth date) has a hit of what was expected. Recall is
 * found / planted; travellers with hits who were not planted are counted apart. Thread-safe.
 */
public final class PlantedRecall {
    private final List<PlantedManifest.Entry> planted;
    private final Set<String> plantedTravellers = new HashSet<>();
    private final Map<String, List<Found>> hitsByTraveller = new HashMap<>();

    /** What found a traveller: a list entry, a document list, a rule. */
    private record Found(Hit.Kind kind, String source, String entry) {
    }
    private final Set<String> others = new HashSet<>();
    private final Set<String> othersFlagged = new HashSet<>();

    public PlantedRecall(PlantedManifest manifest) {
        this(manifest.planted());
    }

    public PlantedRecall(List<PlantedManifest.Entry> planted) {
        this.planted = List.copyOf(planted);
        for (PlantedManifest.Entry e : planted) {
            plantedTravellers.add(key(e.flight(), e.surname(), e.givenNames(), e.birthDate()));
        }
    }

    /** One screening (with or without hits). */
    public synchronized void add(Screening s) {
        if (s.hits().isEmpty()) {
            return;
        }
        Traveller t = s.traveller();
        Flight f = s.flight();
        String key = key(f == null ? "" : f.designator(), t.surname, t.givenNames, t.birthDate);
        List<Found> found = hitsByTraveller.computeIfAbsent(key, k -> new ArrayList<>());
        s.hits().forEach(h -> found.add(new Found(h.kind(), h.source(), h.entryId())));
        if (!plantedTravellers.contains(key)) {
            others.add(key);
            if (s.assessment().decision() != Decision.CLEAR) {
                othersFlagged.add(key);
            }
        }
    }

    /**
     * An alert a border post received (the engine's screening seen from outside: the demo's store,
     * the load generator's stream): its traveller found by each of its reasons.
     */
    public synchronized void add(io.paxgate.engine.alerts.Alert a) {
        if (a.traveller == null || a.traveller.name == null || a.reasons == null) {
            return;
        }
        int comma = a.traveller.name.indexOf(", ");
        String surname = comma < 0 ? a.traveller.name : a.traveller.name.substring(0, comma);
        String given = comma < 0 ? "" : a.traveller.name.substring(comma + 2);
        LocalDate birth = a.traveller.birthDate == null ? null : LocalDate.parse(a.traveller.birthDate);
        String key = key(a.flight, surname, given, birth);
        List<Found> found = hitsByTraveller.computeIfAbsent(key, k -> new ArrayList<>());
        for (io.paxgate.engine.alerts.Alert.Reason r : a.reasons) {
            for (Hit.Kind kind : Hit.Kind.values()) {
                if (kind.name().equalsIgnoreCase(r.kind)) {
                    found.add(new Found(kind, r.source, r.entry));
                }
            }
        }
        if (!plantedTravellers.contains(key)) {
            others.add(key);
            othersFlagged.add(key);
        }
    }

    public synchronized int planted() {
        return planted.size();
    }

    public synchronized int found() {
        return planted.size() - missed().size();
    }

    /** found / planted; 1 when nothing was planted. */
    public double recall() {
        return planted.isEmpty() ? 1 : (double) found() / planted.size();
    }

    /** Flight, initials and what was expected: how tools print a planted traveller (names are personal data). */
    public static String masked(PlantedManifest.Entry e) {
        return e.flight() + " " + initials(e.surname() + " " + e.givenNames()) + " (" + e.expected() + ")";
    }

    /** "QASIMOV, KHAYAL" -> "Q. K.". */
    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                sb.append(part.charAt(0)).append(". ");
            }
        }
        return sb.toString().trim();
    }

    /** The generator's planted travellers as manifest entries (no file: the demo sends from memory). */
    public static List<PlantedManifest.Entry> entries(List<SyntheticFlight> flights) {
        List<PlantedManifest.Entry> out = new ArrayList<>();
        for (SyntheticFlight f : flights) {
            for (PlantedHit h : f.planted()) {
                out.add(new PlantedManifest.Entry(h.flight(), null, h.surname(), h.givenNames(), h.birthDate(),
                        h.documentNumber(), h.expected(), h.variant()));
            }
        }
        return out;
    }

    /** The planted travellers no screening found by what was expected, in manifest order. */
    public synchronized List<PlantedManifest.Entry> missed() {
        List<PlantedManifest.Entry> missed = new ArrayList<>();
        for (PlantedManifest.Entry e : planted) {
            List<Found> hits = hitsByTraveller.getOrDefault(key(e.flight(), e.surname(), e.givenNames(), e.birthDate()),
                    List.of());
            if (hits.stream().noneMatch(h -> matches(h.kind(), h.source(), h.entry(), e.expected()))) {
                missed.add(e);
            }
        }
        return missed;
    }

    /** Distinct travellers with at least one hit who were not planted. */
    public int otherTravellersWithHits() {
        return others.size();
    }

    /** Distinct travellers not planted whose hits add up to refer or do not board (what an officer would see). */
    public int otherTravellersFlagged() {
        return othersFlagged.size();
    }

    /** Whether {@code h} is the hit {@code expected} ({@code list:<list>:<entry>}, {@code document:<list>}, {@code rule:<id>}) names. */
    public static boolean matches(Hit h, String expected) {
        return matches(h.kind(), h.source(), h.entryId(), expected);
    }

    private static boolean matches(Hit.Kind kind, String source, String entry, String expected) {
        String[] e = expected.split(":", 3);
        return switch (e[0]) {
            case "list" -> kind == Hit.Kind.NAME_LIST && e[1].equals(source) && (e.length < 3 || e[2].equals(entry));
            case "document" -> kind == Hit.Kind.DOCUMENT_LIST && e[1].equals(source);
            case "rule" -> kind == Hit.Kind.RULE && e[1].equals(source);
            default -> false;
        };
    }

    /** Flight (number without leading zeros: J2072 = J272 as some carriers write it), name and birth date. */
    private static String key(String flight, String surname, String given, LocalDate birth) {
        String f = flight == null ? "" : flight.toUpperCase(Locale.ROOT);
        if (f.length() > 2) {
            String number = f.substring(2).replaceFirst("^0+(?=\\d)", "");
            f = f.substring(0, 2) + number;
        }
        return f + "|" + upper(surname) + "|" + upper(given) + "|" + birth;
    }

    private static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}
