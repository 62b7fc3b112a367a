package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedDocument;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search's shortcuts (similarity rows per listed part, corroboration from flat arrays, the bound
 * that skips names which cannot reach the threshold or beat the best hits held) change no hit: each
 * is what {@link NameScorer} itself gives the name, and the best {@code max} are the head of all hits.
 */
class NameSearchProperties {
    /** Common parts, particles that join (AL HASHIMI ~ ALHASHIMI), patronymics, initials. */
    private static final String[] POOL = {"MOHAMMED", "MUHAMMAD", "MOHAMMAD", "AHMED", "ALI", "HASSAN", "HUSSEIN",
        "AL", "EL", "HASHIMI", "ALHASHIMI", "GHAMDI", "ALGHAMDI", "ABDUL", "RAHMAN", "ABDULRAHMAN", "AISHA", "FATIMA",
        "MARYAM", "IVANOV", "IVANOVA", "ALEKSANDR", "ALEXANDR", "SERGEEVICH", "MAMMADOV", "RASHAD", "OGLU", "A", "M",
        "SMITH-JONES", "VAN", "DER", "BERG", "VANDERBERG"};
    private static final String[] NATIONALITIES = {"IRQ", "SAU", "AZE", "RUS"};
    private static final NameIndex INDEX = NameIndex.build(list(600));

    @Provide
    Arbitrary<NameQuery> queries() {
        Arbitrary<String> name = Arbitraries.of(POOL).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
        Arbitrary<BirthDate> born = Arbitraries.integers().between(0, 40 * 365)
                .map(d -> d % 5 == 0 ? null : d % 5 == 1 ? BirthDate.year(1960 + d / 365)
                        : BirthDate.exact(LocalDate.of(1960, 1, 1).plusDays(d)));
        Arbitrary<String> nationality = Arbitraries.of(NATIONALITIES).injectNull(0.2);
        Arbitrary<String> sex = Arbitraries.of("M", "F", "X").injectNull(0.3);
        Arbitrary<List<String>> docs = Arbitraries.of(List.of(), List.of(), List.of("C01234567"));
        return Combinators.combine(name, name, born, nationality, sex, docs)
                .as((s, g, b, n, x, d) -> new NameQuery(s, g, b, n, x, d));
    }

    @Property(tries = 500)
    void everyHitIsScoredAndExplainedAsTheScorerDoes(@ForAll("queries") NameQuery q) {
        for (double threshold : new double[] {0.6, 0.8}) {
            List<NameMatch> all = INDEX.search(q, threshold, Integer.MAX_VALUE);
            Statistics.collect(all.size() > 10 ? "over 10 hits" : all.isEmpty() ? "no hit" : "1-10 hits");
            for (NameMatch hit : all) {
                assertEquals(NameScorer.DEFAULT.match(q, hit.entry(), hit.alias()), hit, q.displayName());
            }
        }
    }

    @Property(tries = 500)
    void theBestMaxHitsAreTheHeadOfAllHits(@ForAll("queries") NameQuery q) {
        for (double threshold : new double[] {0.6, 0.8}) {
            List<NameMatch> all = INDEX.search(q, threshold, Integer.MAX_VALUE);
            for (int max : new int[] {1, 3, 10}) {
                assertEquals(all.subList(0, Math.min(max, all.size())), INDEX.search(q, threshold, max),
                        q.displayName() + " max " + max + " at " + threshold);
            }
        }
    }

    /** A list drawn from the pool: dates of every precision, nationalities, sexes, weak aliases, a shared document. */
    private static List<WatchlistEntry> list(int n) {
        SplittableRandom r = new SplittableRandom(20261124L);
        List<WatchlistEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<ListedName> names = new ArrayList<>();
            names.add(ListedName.primary(name(r)));
            if (r.nextInt(3) == 0) {
                names.add(new ListedName(name(r), null, null, ListedName.Quality.values()[r.nextInt(
                        ListedName.Quality.values().length)]));
            }
            LocalDate day = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(40 * 365));
            List<BirthDate> born = switch (r.nextInt(4)) {
                case 0 -> List.of();
                case 1 -> List.of(BirthDate.year(day.getYear()));
                case 2 -> List.of(BirthDate.exact(day), BirthDate.exact(day.plusYears(2)));
                default -> List.of(BirthDate.exact(day));
            };
            List<ListedDocument> docs = i % 40 == 0 ? List.of(new ListedDocument("P", "C01234567", "AZE")) : List.of();
            out.add(new WatchlistEntry("E" + i, "t", WatchlistEntry.EntryType.PERSON, "s", 1, names, born,
                    List.of(NATIONALITIES[r.nextInt(NATIONALITIES.length)]), r.nextBoolean() ? "M" : "F", docs, null));
        }
        return out;
    }

    private static String name(SplittableRandom r) {
        StringBuilder name = new StringBuilder();
        for (int k = 0, parts = 2 + r.nextInt(3); k < parts; k++) {
            name.append(k == 0 ? "" : " ").append(POOL[r.nextInt(POOL.length)]);
        }
        return name.toString();
    }
}
