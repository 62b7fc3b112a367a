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
 * found / planted; travellers with hits who were not planted are counted apart.
 */
public final class PlantedRecall {
    private final List<PlantedManifest.Entry> planted;
    private final Set<String> plantedTravellers = new HashSet<>();
    private final Map<String, List<Hit>> hitsByTraveller = new HashMap<>();
    private final Set<String> others = new HashSet<>();
    private final Set<String> othersFlagged = new HashSet<>();

    public PlantedRecall(PlantedManifest manifest) {
        this.planted = manifest.planted();
        for (PlantedManifest.Entry e : planted) {
            plantedTravellers.add(key(e.flight(), e.surname(), e.givenNames(), e.birthDate()));
        }
    }

    /** One screening (with or without hits). */
    public void add(Screening s) {
        if (s.hits().isEmpty()) {
            return;
        }
        Traveller t = s.traveller();
        Flight f = s.flight();
        String key = key(f == null ? "" : f.designator(), t.surname, t.givenNames, t.birthDate);
        hitsByTraveller.computeIfAbsent(key, k -> new ArrayList<>()).addAll(s.hits());
        if (!plantedTravellers.contains(key)) {
            others.add(key);
            if (s.assessment().decision() != Decision.CLEAR) {
                othersFlagged.add(key);
            }
        }
    }

    public int planted() {
        return planted.size();
    }

    public int found() {
        return planted.size() - missed().size();
    }

    /** found / planted; 1 when nothing was planted. */
    public double recall() {
        return planted.isEmpty() ? 1 : (double) found() / planted.size();
    }

    /** The planted travellers no screening found by what was expected, in manifest order. */
    public List<PlantedManifest.Entry> missed() {
        List<PlantedManifest.Entry> missed = new ArrayList<>();
        for (PlantedManifest.Entry e : planted) {
            List<Hit> hits = hitsByTraveller.getOrDefault(key(e.flight(), e.surname(), e.givenNames(), e.birthDate()),
                    List.of());
            if (hits.stream().noneMatch(h -> matches(h, e.expected()))) {
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
        String[] e = expected.split(":", 3);
        return switch (e[0]) {
            case "list" -> h.kind() == Hit.Kind.NAME_LIST && h.source().equals(e[1])
                    && (e.length < 3 || h.entryId().equals(e[2]));
            case "document" -> h.kind() == Hit.Kind.DOCUMENT_LIST && h.source().equals(e[1]);
            case "rule" -> h.kind() == Hit.Kind.RULE && h.source().equals(e[1]);
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
