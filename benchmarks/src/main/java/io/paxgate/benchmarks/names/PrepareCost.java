package io.paxgate.benchmarks.names;

import io.paxgate.engine.synth.Person;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.TrafficGenerator;
import io.paxgate.rules.names.MatchThresholds;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.names.NameQuery;
import io.paxgate.rules.names.NameScorer;
import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What the screening thread pays per traveller for names, as the {@code Screener} does it: the query
 * prepared once ({@link NameScorer#prepare}: normalisation, part keys on the first list), then
 * searched in every list. Travellers come from the engine's traffic generator (one day of flights,
 * passengers and crew, names repeating as they do in real traffic); lists are either the shipped
 * samples of {@code config/watchlists} (three small lists: the cost is almost all preparation) or
 * a 100,000-entry {@link SyntheticWatchlist}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.names.PrepareCost shipped|100k [seconds]
 * </pre>
 *
 * {@link #op(String)} is the same work for {@code JarAB names-shipped|names-100k} (old jar against new).
 */
public final class PrepareCost {
    private static final int TRAVELLERS = 16_384;

    private PrepareCost() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "shipped";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Callable<Object> op = op("names-" + kind);
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < 5_000_000_000L) {
            op.call();
        }
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long n = 0;
            long t;
            do {
                op.call();
                n++;
                t = System.nanoTime();
            } while (t - t0 < seconds * 1e9 / 5);
            System.out.printf(Locale.ROOT, "%s: %.2f us per traveller (%d travellers)%n", kind,
                    (t - t0) / 1e3 / (n * (double) TRAVELLERS / OPS_PER_PASS), n * TRAVELLERS / OPS_PER_PASS);
        }
    }

    /** Travellers screened per {@code call()} of {@link #op}: a slice, so that JarAB can alternate often. */
    private static final int OPS_PER_PASS = 64;

    /**
     * @param kind {@code names-shipped} or {@code names-100k}
     * @return one call screens {@code TRAVELLERS / 64} travellers, walking the rotation
     */
    public static Callable<Object> op(String kind) {
        List<NameIndex> indexes = new ArrayList<>();
        if (kind.equals("names-100k")) {
            indexes.add(NameIndex.build(new SyntheticWatchlist(SyntheticWatchlist.DEFAULT_SEED).entries(100_000)));
        } else if (kind.equals("names-shipped")) {
            Path dir = Path.of("config", "watchlists");
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("run from the repository root: " + dir.toAbsolutePath() + " not found");
            }
            indexes.add(index(new ListSpec("un-sc", ListSpec.Format.UN_XML, dir.resolve("un-sample.xml"), "sanctions", 5)));
            indexes.add(index(new ListSpec("opensanctions", ListSpec.Format.OPENSANCTIONS_CSV,
                    dir.resolve("opensanctions-sample.csv"), "sanctions", 4)));
            indexes.add(index(new ListSpec("national", ListSpec.Format.PAXGATE_CSV, dir.resolve("national-sample.csv"),
                    "national", 3)));
        } else {
            throw new IllegalArgumentException("unknown kind " + kind + ": use names-shipped or names-100k");
        }
        NameQuery[] queries = travellers();
        int slice = TRAVELLERS / OPS_PER_PASS;
        int[] at = {0};
        return () -> {
            int hits = 0;
            for (int k = 0; k < slice; k++) {
                NameQuery q = queries[at[0]++ & (TRAVELLERS - 1)];
                NameScorer.PreparedQuery pq = NameScorer.DEFAULT.prepare(q);
                for (NameIndex index : indexes) {
                    hits += index.search(pq, MatchThresholds.DEFAULT, 10).size();
                }
            }
            return hits;
        };
    }

    private static NameIndex index(ListSpec spec) {
        return NameIndex.build(spec.loader().load(spec));
    }

    /** The first {@code TRAVELLERS} people of a generated day, as the Screener's {@code NameQuery.fromTraveller} sees them. */
    static NameQuery[] travellers() {
        NameQuery[] out = new NameQuery[TRAVELLERS];
        int n = 0;
        TrafficGenerator gen = new TrafficGenerator(20261123L, Plants.none());
        for (int day = 0; n < TRAVELLERS; day++) {
            for (SyntheticFlight f : gen.day(LocalDate.of(2026, 11, 23).plusDays(day), 120)) {
                for (Person p : f.people()) {
                    if (n == TRAVELLERS) {
                        return out;
                    }
                    out[n++] = new NameQuery(p.surname(), p.givenNames(),
                            p.birthDate() == null ? null : BirthDate.exact(p.birthDate()), p.nationality(),
                            p.sex() == 'M' || p.sex() == 'F' ? String.valueOf(p.sex()) : null,
                            p.documentNumber() == null ? List.of() : List.of(p.documentNumber()));
                }
            }
        }
        return out;
    }
}
