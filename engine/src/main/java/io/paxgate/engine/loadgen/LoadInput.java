package io.paxgate.engine.loadgen;

import io.paxgate.engine.synth.PlantedManifest;
import io.paxgate.engine.synth.PlantedRecall;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.SyntheticMessage;
import io.paxgate.engine.synth.TrafficGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the load generator sends, pass after pass: batch inputs (PAXLST, PNRGOV) in send order and
 * iAPI check-in requests. From a directory written by {@code ./paxgate synth}
 * ({@code traffic/NNNNNN-<flight>-<kind>.edi|xml}, {@code iapi/NNNNNN-<flight>.edi}): every pass
 * sends the same files (with new control references; the engine alerts a traveller of a flight
 * once, so later passes load it without alerting again). Generated in memory: pass {@code p} is
 * the traffic of a day {@code p} days later ({@link Order}: by default a day's lists with the next
 * day's pushes), so every pass is new traffic that alerts again; all the passes a run needs are
 * generated before it starts ({@link #prepare}).
 */
public abstract class LoadInput {
    /** One input to send. {@code edifact}: a bare interchange (no Type B envelope), may go over TCP. */
    public record Item(String name, InterchangeTemplate template, boolean edifact) {
        Item(String name, byte[] bytes) {
            this(name, InterchangeTemplate.of(bytes));
        }

        Item(String name, InterchangeTemplate t) {
            this(name, t, t.bare());
        }
    }

    /** The batch inputs of pass {@code p} (0, 1, ...), never empty. */
    public abstract List<Item> pass(int p);

    /**
     * Makes ready, before the clock starts, the passes that {@code inputs} sends will use: nothing
     * is generated while the load runs (on a small machine that would take CPU from the engine and
     * stall the schedule); returns how many passes that is.
     */
    public int prepare(long inputs) {
        return 1;
    }

    /** iAPI requests (may be empty). */
    public abstract List<Item> iapi();

    /** One line for the report. */
    public abstract String describe();

    /** Recall against the input's planted travellers ({@code DIR/planted.json} of a synth directory), or null. */
    public PlantedRecall recall() {
        return null;
    }

    public static LoadInput directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("INPUT " + dir + " is not a directory (expected DIR/traffic and DIR/iapi"
                    + " as written by ./paxgate synth)");
        }
        List<Item> traffic = read(dir.resolve("traffic"));
        if (traffic.isEmpty()) {
            throw new IllegalArgumentException("no traffic in " + dir.resolve("traffic")
                    + " (expected NNNNNN-<flight>-<kind>.edi or .xml files)");
        }
        List<Item> iapi = read(dir.resolve("iapi"));
        Path manifest = dir.resolve("planted.json");
        PlantedRecall recall;
        try {
            recall = Files.isRegularFile(manifest) ? new PlantedRecall(PlantedManifest.read(manifest)) : null;
        } catch (IOException e) {
            throw new IllegalArgumentException(manifest + " cannot be read: " + e.getMessage(), e);
        }
        return new LoadInput() {
            @Override
            public PlantedRecall recall() {
                return recall;
            }

            @Override
            public List<Item> pass(int p) {
                return traffic;
            }

            @Override
            public List<Item> iapi() {
                return iapi;
            }

            @Override
            public String describe() {
                return traffic.size() + " traffic files and " + iapi.size() + " iAPI requests from " + dir
                        + " (repeated with new control references)";
            }
        };
    }

    /** In what order the generated days' messages are sent. */
    public enum Order {
        /**
         * As a continuous operation sees them: every message at its place by the time the carrier
         * sends it, so that pass {@code p} is day {@code p}'s crew and passenger lists interleaved
         * with day {@code p + 1}'s PNR pushes (sent 24 h before departure); the first pass also
         * starts with day 0's pushes. A list then meets its bookings a day after they were pushed.
         */
        STEADY,
        /**
         * Day by day, flight by flight: each flight's push, crew list and passenger list one after
         * the other (the order before session 12: a list always found its flight's bookings among
         * the last few written).
         */
        BY_FLIGHT
    }

    /**
     * Traffic from {@link TrafficGenerator}: {@code flights} a day, with the plants of {@code configDir},
     * in the steady-state order; iAPI requests are the shipped two-passenger check-in
     * {@code samples/paxlst_d12b_2pax.edi}.
     */
    public static LoadInput generated(Path configDir, long seed, int flights) {
        return generated(configDir, seed, flights, Order.STEADY);
    }

    /** The same in {@code order}. */
    public static LoadInput generated(Path configDir, long seed, int flights, Order order) {
        return generated(configDir, seed, flights, order, Runtime.getRuntime().maxMemory() / 3);
    }

    /** The same, the generated days holding at most about {@code budgetBytes} before the passes repeat. */
    static LoadInput generated(Path configDir, long seed, int flights, Order order, long budgetBytes) {
        if (flights < 1) {
            throw new IllegalArgumentException("--flights must be at least 1, was " + flights);
        }
        TrafficGenerator gen = new TrafficGenerator(seed, Plants.fromConfig(configDir));
        LocalDate first = LocalDate.now(Clock.systemUTC()).plusDays(1);
        Path checkIn = configDir.resolve("samples").resolve("paxlst_d12b_2pax.edi");
        List<Item> iapi = Files.isRegularFile(checkIn)
                ? List.of(new Item(checkIn.getFileName().toString(), readAll(checkIn)))
                : List.of();
        return new LoadInput() {
            /** Days generated so far: day d is d days after the first. */
            private final List<GeneratedDay> days = new ArrayList<>();
            /** Passes made so far. */
            private final List<List<Item>> passes = new ArrayList<>();
            /** Bytes the generated days hold, and how many they may hold (a third of the heap). */
            private long held;
            private final long budget = budgetBytes;
            /** Set once the budget is spent: later passes repeat the passes made (they alert no more). */
            private boolean repeating;

            @Override
            public synchronized int prepare(long inputs) {
                long have = 0;
                for (List<Item> p : passes) {
                    have += p.size();
                }
                while ((have < inputs || passes.isEmpty()) && !repeating) {
                    have += pass(passes.size()).size();
                }
                return passes.size();
            }

            @Override
            public synchronized List<Item> pass(int p) {
                while (passes.size() <= p && !repeating) {
                    int next = passes.size();
                    passes.add(order == Order.STEADY ? steady(next) : day(next).byFlight());
                    repeating = held > budget && passes.size() > 1;
                }
                return passes.get(p % passes.size());
            }

            private List<Item> steady(int p) {
                List<Sent> sent = new ArrayList<>(p == 0 ? day(0).pushes() : List.of());
                sent.addAll(day(p).lists());
                sent.addAll(day(p + 1).pushes());
                sent.sort(Comparator.comparing(Sent::at)); // stable: a flight's parts keep their order
                return sent.stream().map(Sent::item).toList();
            }

            private GeneratedDay day(int d) {
                while (days.size() <= d) {
                    GeneratedDay day = GeneratedDay.of(gen.day(first.plusDays(days.size()), flights));
                    days.add(day);
                    held += day.bytes();
                }
                return days.get(d);
            }

            @Override
            public List<Item> iapi() {
                return iapi;
            }

            @Override
            public synchronized String describe() {
                return "generated traffic (seed " + seed + ", " + flights + " flights a day, "
                        + (order == Order.STEADY ? "in steady-state order: each pass a day's lists with the next day's"
                        + " pushes" : "day by day, flight by flight") + "; a new day each pass"
                        + (repeating ? "; " + days.size() + " days fill a third of the heap, then the passes repeat and"
                        + " alert no more: more heap with PAXGATE_HEAP" : "") + ")"
                        + (iapi.isEmpty() ? "" : "; iAPI requests: " + checkIn);
            }
        };
    }

    /** An input, what it is and when its carrier sends it. */
    private record Sent(Instant at, SyntheticMessage.Kind kind, Item item) {
        boolean push() {
            return kind == SyntheticMessage.Kind.PNRGOV;
        }
    }

    /** A generated day's messages, each with its send time: flight by flight, and split into pushes and lists. */
    private record GeneratedDay(List<Sent> all) {
        static GeneratedDay of(List<SyntheticFlight> flights) {
            List<Sent> all = new ArrayList<>();
            for (SyntheticFlight f : flights) {
                for (SyntheticMessage m : f.messages()) {
                    all.add(new Sent(m.sentAt(), m.kind(), new Item(f.number() + "-" + m.kind().fileName(), m.bytes())));
                }
            }
            return new GeneratedDay(all);
        }

        List<Item> byFlight() {
            return all.stream().map(Sent::item).toList();
        }

        List<Sent> pushes() {
            return all.stream().filter(Sent::push).toList();
        }

        /** Everything but the pushes: crew and passenger lists, and faulty copies. */
        List<Sent> lists() {
            return all.stream().filter(s -> !s.push()).toList();
        }

        long bytes() {
            return all.stream().mapToLong(s -> s.item().template().original().length).sum();
        }
    }

    private static List<Item> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".edi") || p.toString().endsWith(".xml"))
                    .sorted()
                    .map(p -> new Item(p.getFileName().toString(), readAll(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
