package io.paxgate.rules.names;

import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedDocument;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-part memos change nothing: tokens, index keys, scores and hits are those of the uncached path. */
class PartCacheProperties {
    /** Parts that repeat, in every role they can take: particles, markers, titles, initials, scripts, hyphens. */
    private static final String[] POOL = {"MAMMADOV", "MAMEDOV", "ALI", "ALIYEV", "ALIYEVA", "MOHAMMED", "MUHAMMAD",
        "HUSEYN", "HUSEYNOVA", "RASHAD", "AL", "EL", "ASSAD", "ABD", "ABDUL", "RAHMAN", "ABDURRAHMAN", "BIN", "OGLU",
        "QIZI", "KIZI", "VAN", "DER", "BERG", "SMITH-JONES", "MR", "DR", "A", "SH", "SERGEEVICH", "PETROVNA",
        "VOLKOV", "ELENA", "YELENA", "ZADEH", "KVARATSKHELIA", "Məmmədov", "Rəşad", "Əliyeva", "Çələbi", "Иванов",
        "Сергей", "محمد", "علي", "AL-HASHIMI", "O'BRIEN", "ALASSAD"};
    private static final NameNormalizer CACHED = new NameNormalizer(true);
    private static final NameNormalizer UNCACHED = new NameNormalizer(false);
    private static final NameScorer UNCACHED_SCORER = new NameScorer(UNCACHED);
    private static final NameIndex INDEX = NameIndex.build(list(400));

    @Provide
    Arbitrary<String> parts() {
        Arbitrary<String> pooled = Arbitraries.of(POOL);
        Arbitrary<String> latin = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ-").ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> cyrillic = Arbitraries.strings().withCharRange('А', 'я').ofMinLength(2).ofMaxLength(10);
        Arbitrary<String> arabic = Arbitraries.strings().withCharRange('ء', 'ي').ofMinLength(2).ofMaxLength(8);
        Arbitrary<String> part = Arbitraries.frequencyOf(Tuple.of(8, pooled), Tuple.of(3, latin), Tuple.of(1, cyrillic),
                Tuple.of(1, arabic));
        return part.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<NameQuery> queries() {
        Arbitrary<String> surname = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(2, parts()));
        Arbitrary<String> given = Combinators.combine(parts(), Arbitraries.integers().between(0, 3))
                .as((p, k) -> k == 0 ? p.replaceFirst(" ", "<<") : p);
        Arbitrary<BirthDate> born = Arbitraries.integers().between(1950, 2005)
                .map(y -> y % 3 == 0 ? null : BirthDate.year(y));
        Arbitrary<List<String>> docs = Arbitraries.of(List.of(), List.of("C01234567"), List.of("c0-123 4567"), List.of("X9"));
        return Combinators.combine(surname, given, born, docs)
                .as((s, g, b, d) -> new NameQuery(s, g, b, b == null ? null : "AZE", null, d));
    }

    @Property(tries = 1000)
    void normalisedNamesAreTheSameCachedOrNot(@ForAll("queries") NameQuery q) {
        NormalizedName plain = UNCACHED.normalize(q.surname(), q.givenNames());
        assertEquals(plain, CACHED.normalize(q.surname(), q.givenNames()), q.displayName());
        assertEquals(plain, CACHED.normalize(q.surname(), q.givenNames()), q.displayName() + " (second time)");
        assertEquals(plain, NameNormalizer.INSTANCE.normalize(q.surname(), q.givenNames()), q.displayName());
    }

    @Property(tries = 1000)
    void partKeysAreTheSameCachedOrNot(@ForAll("queries") NameQuery q) {
        long[][] plain = NameIndex.partKeys(UNCACHED_SCORER.prepare(q), false);
        NameScorer.PreparedQuery cached = NameScorer.DEFAULT.prepare(q);
        assertTrue(Arrays.deepEquals(plain, NameIndex.partKeys(cached, true)), q.displayName());
        assertTrue(Arrays.deepEquals(plain, NameIndex.partKeys(cached, true)), q.displayName() + " (second time)");
    }

    @Property(tries = 1000)
    void hitsAndScoresAreTheSameCachedOrNot(@ForAll("queries") NameQuery q) {
        NameScorer.PreparedQuery plain = UNCACHED_SCORER.prepare(q);
        plain.partKeys = NameIndex.partKeys(plain, false);
        List<NameMatch> expected = INDEX.search(plain, 0.6, 20);
        Statistics.collect(expected.isEmpty() ? "no hit" : "hits");
        assertEquals(expected, INDEX.search(NameScorer.DEFAULT.prepare(q), 0.6, 20), q.displayName());
        assertEquals(expected, INDEX.search(NameScorer.DEFAULT.prepare(q), 0.6, 20), q.displayName() + " (second time)");
    }

    @Example
    void theCacheStaysWithinItsBound() {
        PartCache<String, Integer> cache = new PartCache<>(64);
        for (int i = 0; i < 10_000; i++) {
            cache.put("P" + i, i);
            assertTrue(cache.size() <= 64, "size " + cache.size() + " after " + (i + 1) + " parts");
        }
        assertEquals(9_999, cache.get("P9999"));
    }

    @Example
    void anOldGenerationHitIsKeptThroughTheNextRotation() {
        PartCache<String, Integer> cache = new PartCache<>(8);
        cache.put("MAMMADOV", 1);
        for (int i = 0; i < 4; i++) {
            cache.put("X" + i, i); // MAMMADOV moves to the old generation
        }
        assertNotNull(cache.get("MAMMADOV")); // a hit there moves it back to the young one
        for (int i = 0; i < 3; i++) {
            cache.put("Y" + i, i);
        }
        assertEquals(1, cache.get("MAMMADOV"));
    }

    @Example
    void aRepeatedPartWithTheSameRoleIsOneToken() {
        NormalizedName a = CACHED.normalize("MAMMADOV", "RASHAD");
        NormalizedName b = CACHED.normalize("MAMMADOV", "ALI");
        assertSame(a.tokens().get(0), b.tokens().get(0));
    }

    /** A small list drawn from the pool, with dates and documents for the corroboration paths. */
    private static List<WatchlistEntry> list(int n) {
        SplittableRandom r = new SplittableRandom(20261124L);
        List<WatchlistEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder name = new StringBuilder();
            int parts = 2 + r.nextInt(3);
            for (int k = 0; k < parts; k++) {
                name.append(k == 0 ? "" : " ").append(POOL[r.nextInt(POOL.length)]);
            }
            List<BirthDate> born = r.nextBoolean() ? List.of(BirthDate.year(1950 + r.nextInt(56))) : List.of();
            List<ListedDocument> docs = i % 50 == 0 ? List.of(new ListedDocument("P", "C01234567", "AZE")) : List.of();
            out.add(new WatchlistEntry("E" + i, "t", WatchlistEntry.EntryType.PERSON, "s", 1,
                    List.of(ListedName.primary(name.toString())), born, List.of("AZE"), null, docs, null));
        }
        return out;
    }
}
