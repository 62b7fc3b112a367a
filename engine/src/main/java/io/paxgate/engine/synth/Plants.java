package io.paxgate.engine.synth;

import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.rules.country.CountryCodes;
import io.paxgate.rules.documents.DocumentKey;
import io.paxgate.rules.documents.DocumentListCsvLoader;
import io.paxgate.rules.documents.DocumentListSpec;
import io.paxgate.rules.targeting.Rule;
import io.paxgate.rules.targeting.RuleLoadException;
import io.paxgate.rules.targeting.RuleSet;
import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListSpec;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the generator plants in a day of traffic, taken from the lists and rules a config ships:
 * a few listed people (to be written with spelling variants), a few lost or stolen document
 * numbers, and the rules the generator knows how to make a traveller meet.
 */
public final class Plants {
    /** Listed people picked per list: enough to see each list work, few enough to stay rare. */
    static final int PEOPLE_PER_LIST = 3;
    static final int DOCUMENTS = 4;
    /**
     * A plant must score at least this on its own to be worth planting ("refer" at the shipped
     * policy): severity 3 and up, as a lower one alone stays under the referral threshold.
     */
    static final int MIN_SEVERITY = 3;
    /** Rules the generator can make a traveller meet (see {@link TrafficGenerator}). */
    static final List<String> RULE_RECIPES = List.of("API-002", "PNR-001", "PNR-004");

    /** One thing to plant: a listed person, a listed document or a rule. */
    public sealed interface Plant permits ListedPerson, ListedDocument, RulePlant {
        /** What screening should report for the planted traveller, as in {@link PlantedHit#expected()}. */
        String expected();
    }

    /** A listed person as the list names them. */
    public record ListedPerson(String list, String entryId, String surname, String givenNames, LocalDate birthFrom,
                               LocalDate birthTo, String nationality, String sex, List<String> aliases) implements Plant {
        @Override
        public String expected() {
            return "list:" + list + ":" + entryId;
        }
    }

    /** A document on a lost/stolen list, key as normalised by the list. */
    public record ListedDocument(String list, String number, String issuingCountry, char type) implements Plant {
        @Override
        public String expected() {
            return "document:" + list;
        }
    }

    /**
     * A rule to plant with the list values it needs.
     *
     * @param values named value lists of the rule set (lists.yaml), e.g. high_risk_routes
     */
    public record RulePlant(String ruleId, Map<String, List<String>> values) implements Plant {
        @Override
        public String expected() {
            return "rule:" + ruleId;
        }
    }

    private final List<ListedPerson> people;
    private final List<ListedDocument> documents;
    private final List<RulePlant> rules;

    public Plants(List<ListedPerson> people, List<ListedDocument> documents, List<RulePlant> rules) {
        this.people = List.copyOf(people);
        this.documents = List.copyOf(documents);
        this.rules = List.copyOf(rules);
    }

    public static Plants none() {
        return new Plants(List.of(), List.of(), List.of());
    }

    /**
     * Reads {@code configDir/paxgate.yaml} and the lists and rules it names.
     *
     * @throws IllegalArgumentException when the config, a list or the rules cannot be read (the
     *                                  message names the file)
     */
    public static Plants fromConfig(Path configDir) {
        PaxgateConfig cfg = PaxgateConfig.load(configDir.resolve("paxgate.yaml"));
        List<ListedPerson> people = new ArrayList<>();
        for (ListSpec spec : cfg.watchlists().lists()) {
            int picked = 0;
            for (WatchlistEntry e : spec.loader().load(spec)) {
                if (picked < PEOPLE_PER_LIST && plantable(e)) {
                    people.add(person(spec.name(), e));
                    picked++;
                }
            }
        }
        List<ListedDocument> documents = new ArrayList<>();
        for (DocumentListSpec spec : cfg.watchlists().documents()) {
            DocumentListCsvLoader.load(spec.path(), (key, reason, ref) -> {
                if (documents.size() < DOCUMENTS && key.issuingCountry().length() == 3
                        && (key.type() == 'P' || key.type() == DocumentKey.ANY_TYPE)) {
                    documents.add(new ListedDocument(spec.name(), key.number(), key.issuingCountry(), 'P'));
                }
            });
        }
        List<RulePlant> rules = new ArrayList<>();
        if (Files.isDirectory(cfg.rulesDirectory())) {
            RuleSet set;
            try {
                set = RuleSet.load(cfg.rulesDirectory(), 1);
            } catch (RuleLoadException e) {
                throw new IllegalArgumentException("rules in " + cfg.rulesDirectory() + " do not load: " + e.getMessage(), e);
            }
            for (String id : RULE_RECIPES) {
                Rule r = set.rules().get(id);
                if (r != null && r.enabled()) {
                    rules.add(new RulePlant(id, set.lists()));
                }
            }
        }
        return new Plants(people, documents, rules);
    }

    private static boolean plantable(WatchlistEntry e) {
        String[] n = parts(e.primaryName());
        return e.type() == WatchlistEntry.EntryType.PERSON && e.severity() >= MIN_SEVERITY && n != null
                && !e.birthDates().isEmpty() && e.birthDates().get(0).from() != null;
    }

    /**
     * {surname, given names} in upper case, or null when the name has no two parts in A-Z. A list
     * that gives only the full name (OpenSanctions) is read in its Western order: the last word
     * is the surname.
     */
    static String[] parts(ListedName n) {
        String surname = n.surname();
        String given = n.given();
        if (surname == null || given == null) {
            String full = n.full().trim();
            int space = full.lastIndexOf(' ');
            if (space < 0) {
                return null;
            }
            surname = full.substring(space + 1);
            given = full.substring(0, space);
        }
        surname = surname.trim().toUpperCase(Locale.ROOT);
        given = given.trim().toUpperCase(Locale.ROOT);
        return surname.isEmpty() || given.isEmpty() || !latin(surname + given) ? null : new String[] {surname, given};
    }

    private static boolean latin(String s) {
        return s.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == ' ' || c == '-' || c == '\'');
    }

    private static ListedPerson person(String list, WatchlistEntry e) {
        BirthDate b = e.birthDates().get(0);
        String nat = null;
        for (String n : e.nationalities()) {
            if (CountryCodes.isKnown(n)) {
                nat = CountryCodes.toAlpha3(n);
                break;
            }
        }
        List<String> aliases = new ArrayList<>();
        for (ListedName n : e.names().subList(1, e.names().size())) {
            String[] p = n.quality() == ListedName.Quality.LOW ? null : parts(n);
            if (p != null) {
                aliases.add(p[0] + "/" + p[1]);
            }
        }
        String[] name = parts(e.primaryName());
        return new ListedPerson(list, e.id(), name[0], name[1], b.from(), b.to(), nat, e.sex(), aliases);
    }

    public List<ListedPerson> people() {
        return people;
    }

    public List<ListedDocument> documents() {
        return documents;
    }

    public List<RulePlant> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return people.isEmpty() && documents.isEmpty() && rules.isEmpty();
    }

    @Override
    public String toString() {
        return "Plants[" + people.size() + " listed people, " + documents.size() + " documents, rules "
                + rules.stream().map(RulePlant::ruleId).toList() + "]";
    }
}
