package io.paxgate.engine.pipeline;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.Traveller;
import net.openhft.chronicle.hash.Data;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;
import net.openhft.chronicle.map.ExternalMapQueryContext;
import net.openhft.chronicle.map.MapEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Travellers of the flights that have not yet arrived, so that a watchlist or rules reload (or a
 * restart) can screen them again without re-reading or re-parsing the journal. One entry per
 * traveller and flight, merged across messages: the passenger list's traveller (documents, birth
 * date) is kept, and the latest PNR push naming them is attached. A flight leaves the board
 * {@link #KEEP_AFTER_ARRIVAL} after its scheduled arrival (or departure when no arrival is given).
 *
 * <p>Off the heap: the decoded travellers and bookings live in a Chronicle Map ({@link BoardCodec}:
 * straight-line field encoding), persisted to a memory-mapped file when the board is opened on one, so the board
 * of a restarted engine is there at once and a process crash loses nothing written. Three kinds of
 * entry: a flight ({@code F}, flight key: the flight as the list, else the latest push, gave it;
 * written once per message, not per traveller), a seat ({@code S}, flight key, traveller key: the
 * traveller, which booking, which input) and a booking ({@code P}, flight key, record locator: the
 * PNR, written once per push however many of its travellers fly). A seat read back is joined with
 * its flight and booking. The heap keeps an index of keys per flight, and the bookings this process
 * wrote for the few flights written last (a passenger list follows its flight's pushes: the list's
 * travellers get their booking without reading it back).
 *
 * <p>Writes to the map are staged per flight and applied by {@link #flush}: the heap's index
 * changes at once, and every read of the flight sees the staged writes, so what the board answers
 * does not depend on when they are applied.
 *
 * <p>An entry the map has no room for (a huge PNR, a board fuller than sized) is kept on the heap
 * instead and counted ({@link #overflowed()}): nothing is dropped while the process runs, but such
 * an entry does not survive a restart (the metric and a warning say to size the board up).
 * Thread-safe: each flight is updated under its own lock.
 */
public final class FlightBoard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlightBoard.class);
    static final Duration KEEP_AFTER_ARRIVAL = Duration.ofHours(6);
    /** Key part separator (a control character no flight, name or locator contains). */
    private static final char SEP = '\u001f';
    private static final int AVERAGE_KEY_BYTES = 40;
    /** Measured on generated traffic: seats about 90 bytes, bookings about 620, 2.2 seats a booking. */
    private static final int AVERAGE_VALUE_BYTES = 260;
    /** Flight entries come on top of the seats and bookings the capacity counts (a flight has ~250). */
    private static final int ENTRIES_PER_FLIGHT = 64;
    /** Flights whose written bookings the heap keeps (a few flights in progress per screening thread). */
    private static final int CACHED_FLIGHTS = 8;
    /** Bookings kept per such flight (a wide-body's worth). */
    private static final int CACHED_BOOKINGS = 512;
    private static final String CLEAN_MARK = ".closed-cleanly";
    /** A removal among a flight's staged writes. */
    private static final Object REMOVED = new Object();

    /** One traveller of one flight as last known. */
    /** @param fromManifest a passenger or crew list named the traveller (not only a booking) */
    public record Seat(Flight flight, Traveller traveller, Pnr pnr, String sourceMessageId, boolean fromManifest) {
    }

    /** A seat as stored: the flight and booking by key, not a copy. Public fields for the codec. */
    static final class StoredSeat {
        public Traveller traveller;
        /** The booking key's last part (after the flight key), or null. */
        public String booking;
        public String source;
        public boolean fromManifest;
    }

    /** A flight as stored, once per flight. */
    static final class StoredFlight {
        public Flight flight;
        /** A passenger or crew list gave it (a later push does not replace it). */
        public boolean fromManifest;
    }

    /**
     * What the heap keeps of a flight: when it leaves, its seats and bookings by key (a few arrays
     * per flight, not objects per seat: see {@link KeyIndex}). A seat's value is its booking's id in
     * {@code bookings} plus one (0: none) shifted left once, with the low bit set when a passenger or
     * crew list named the traveller.
     */
    private static final class FlightIndex {
        final LocalDateTime until;
        final KeyIndex seats;
        final KeyIndex bookings;
        /** The flight object stored last (each message has its own: stored once per message). */
        Flight flightWritten;
        /** Whether the stored flight is a list's. */
        boolean flightListed;
        /** Whether the flight entry is in the map (counted apart from seats and bookings). */
        boolean flightStored;
        /** The booking written last (a push's travellers share one PNR object: written once). */
        Pnr lastWritten;
        /**
         * Bookings this process wrote for the flight, by id in {@code bookings} (the first
         * {@link #CACHED_BOOKINGS}), while it is among the last few written (dropped by another thread
         * when it falls out: read once into a local, never locked).
         */
        volatile Pnr[] written;
        /** The booking read last, by id (-1: none): a family checked in together is listed together (read once). */
        int lastReadId = -1;
        Pnr lastRead;
        boolean gone;
        /**
         * Writes to the map not yet applied, by key: the value, or {@link #REMOVED}; null when there are
         * none (not kept between inputs: no table per flight for the collector to trace). Reads of the
         * flight look here first; {@link #flush} applies them.
         */
        Map<String, Object> staged;

        FlightIndex(String flightKey, LocalDateTime until) {
            this.until = until;
            seats = new KeyIndex("S" + SEP + flightKey + SEP);
            bookings = new KeyIndex(bookingKey(flightKey, ""));
        }

        void stage(String key, Object value) {
            if (staged == null) {
                staged = new LinkedHashMap<>();
            }
            staged.put(key, value);
        }

        /** The staged writes, taken: the caller applies them. */
        Map<String, Object> takeStaged() {
            Map<String, Object> taken = staged == null ? Map.of() : staged;
            staged = null;
            return taken;
        }

        static int seatValue(int booking, boolean fromManifest) {
            return (booking + 1) << 1 | (fromManifest ? 1 : 0);
        }

        /** The seat's booking id, or -1. */
        static int booking(int seatValue) {
            return (seatValue >>> 1) - 1;
        }

        static boolean listed(int seatValue) {
            return (seatValue & 1) != 0;
        }
    }

    private final ChronicleMap<String, byte[]> map;
    private final Path file;
    private final long capacity;
    private final Map<String, byte[]> overflow = new ConcurrentHashMap<>();
    private final AtomicLong overflowed = new AtomicLong();
    private final AtomicLong flightEntries = new AtomicLong();
    /** The flights whose written bookings are kept, oldest first (guarded by itself). */
    private final ArrayDeque<FlightIndex> caching = new ArrayDeque<>();
    private final Map<String, FlightIndex> flights = new ConcurrentHashMap<>();
    private final boolean recovered;
    private volatile boolean closed;

    private FlightBoard(ChronicleMap<String, byte[]> map, Path file, long capacity, boolean recovered) {
        this.map = map;
        this.file = file;
        this.capacity = capacity;
        this.recovered = recovered;
        index();
    }

    /** A board on the heap's side only for this process (tests, tools): an in-memory map. */
    public static FlightBoard inMemory(long capacity) {
        return new FlightBoard(builder(capacity).create(), null, capacity, false);
    }

    /**
     * Opens the board file in {@code dir}, creating it when absent. A file the last process did not
     * close cleanly (a crash) is recovered first: Chronicle re-checks its segments.
     */
    public static FlightBoard open(Path dir, long capacity) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("board.dat");
            Path mark = dir.resolve(CLEAN_MARK);
            Path format = dir.resolve("board.format");
            String wrote = Files.isRegularFile(format) ? Files.readString(format).trim() : null;
            if (Files.isRegularFile(file) && !BoardCodec.fingerprint().equals(wrote)) {
                // written by a version whose model differs: not readable as it is; the caller rebuilds
                LOG.info("flight board {} was written in another format ({} here, {} there): starting it anew", file,
                        BoardCodec.fingerprint(), wrote);
                Files.delete(file);
                Files.deleteIfExists(mark);
            }
            Files.writeString(format, BoardCodec.fingerprint() + "\n");
            boolean existed = Files.isRegularFile(file);
            boolean clean = Files.deleteIfExists(mark);
            ChronicleMap<String, byte[]> map = !existed || clean
                    ? builder(capacity).createPersistedTo(file.toFile())
                    : builder(capacity).recoverPersistedTo(file.toFile(), true);
            if (existed && !clean) {
                LOG.info("flight board {} was not closed cleanly: recovered", file);
            }
            return new FlightBoard(map, file, capacity, existed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the flight board in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static ChronicleMapBuilder<String, byte[]> builder(long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("board capacity must be at least 1, was " + capacity);
        }
        return ChronicleMap.of(String.class, byte[].class)
                .name("paxgate-flight-board")
                .entries(capacity + capacity / ENTRIES_PER_FLIGHT + 1)
                .averageKeySize(AVERAGE_KEY_BYTES)
                .averageValueSize(AVERAGE_VALUE_BYTES)
                // nothing here uses the value a put replaces or a remove removes: not copied out
                .putReturnsNull(true)
                .removeReturnsNull(true)
                .maxBloatFactor(4.0);
    }

    /** Whether the board came from a file written before (so there is nothing to rebuild from the journal). */
    public boolean reopened() {
        return recovered;
    }

    /** Rebuilds the per-flight key index from the map (at open). */
    private void index() {
        Map<String, List<String>> seatKeys = new HashMap<>();
        Map<String, List<String>> bookingKeys = new HashMap<>();
        Map<String, String> flightKeys = new HashMap<>();
        map.forEachEntry(e -> {
            String key = e.key().get();
            int a = key.indexOf(SEP);
            int b = key.indexOf(SEP, a + 1);
            if (a != 1 || b < 0) {
                return;
            }
            String flight = key.substring(a + 1, b);
            switch (key.charAt(0)) {
                case 'S' -> seatKeys.computeIfAbsent(flight, k -> new ArrayList<>()).add(key);
                case 'P' -> bookingKeys.computeIfAbsent(flight, k -> new ArrayList<>()).add(key);
                default -> flightKeys.put(flight, key);
            }
        });
        for (Map.Entry<String, List<String>> f : seatKeys.entrySet()) {
            String flightKey = f.getKey();
            StoredFlight flight = stored(flightEntry(flightKey), StoredFlight.class);
            FlightIndex idx = new FlightIndex(flightKey, until(flight == null ? null : flight.flight));
            if (flight != null) {
                idx.flightStored = true;
                idx.flightListed = flight.fromManifest;
                flightEntries.incrementAndGet();
            }
            for (String key : bookingKeys.getOrDefault(flightKey, List.of())) {
                idx.bookings.add(key, 0);
            }
            for (String key : f.getValue()) {
                StoredSeat seat = stored(key, StoredSeat.class);
                int booking = seat.booking == null ? -1 : idx.bookings.find(bookingKey(flightKey, seat.booking));
                idx.seats.add(key, FlightIndex.seatValue(booking, seat.fromManifest));
            }
            flights.put(flightKey, idx);
        }
        // bookings and flights without any seat left: nothing refers to them
        bookingKeys.keySet().stream().filter(k -> !seatKeys.containsKey(k))
                .forEach(k -> bookingKeys.get(k).forEach(map::remove));
        flightKeys.keySet().stream().filter(k -> !seatKeys.containsKey(k)).forEach(k -> map.remove(flightKeys.get(k)));
    }

    private static LocalDateTime until(Flight flight) {
        LocalDateTime at = flight == null ? null : flight.arrivalTime != null ? flight.arrivalTime : flight.departureTime;
        return at == null ? null : at.plus(KEEP_AFTER_ARRIVAL);
    }

    /**
     * Records a traveller of a passenger or crew list and returns the booking earlier PNR pushes
     * attached to them, or null. The list's traveller (documents, birth date) replaces what a booking
     * said of them.
     */
    public Pnr recordListed(String flightKey, Flight flight, Traveller t, String sourceMessageId) {
        if (flight == null) {
            return null;
        }
        FlightIndex idx = index(flightKey, flight);
        synchronized (idx) {
            if (idx.gone) {
                return recordListed(flightKey, flight, t, sourceMessageId);
            }
            if (!idx.flightListed || idx.flightWritten != flight) {
                writeFlight(idx, flightKey, flight, true);
            }
            String seatKey = seatKey(flightKey, t);
            int seat = idx.seats.find(seatKey);
            int bookingId = seat < 0 ? -1 : FlightIndex.booking(idx.seats.value(seat));
            writeSeat(idx, seatKey, t, bookingId < 0 ? null : idx.bookings.suffix(bookingId), sourceMessageId, true);
            if (seat < 0) {
                idx.seats.add(seatKey, FlightIndex.seatValue(-1, true));
            } else {
                idx.seats.value(seat, FlightIndex.seatValue(bookingId, true));
            }
            if (bookingId < 0) {
                return null;
            }
            Pnr[] written = idx.written;
            Pnr known = written == null || bookingId >= written.length ? null : written[bookingId];
            if (known != null) {
                return known; // pushed through this process: no need to read it back
            }
            if (bookingId != idx.lastReadId) {
                idx.lastRead = read(idx, idx.bookings.key(bookingId), Pnr.class);
                idx.lastReadId = bookingId;
            }
            return idx.lastRead;
        }
    }

    /**
     * Records a traveller of a PNR push and returns the traveller as a passenger list gave them when
     * one did (documents, birth date: screen that one with this booking), or null.
     */
    public Traveller recordBooked(String flightKey, Flight flight, Traveller t, Pnr pnr, String sourceMessageId) {
        if (flight == null) {
            return null;
        }
        FlightIndex idx = index(flightKey, flight);
        synchronized (idx) {
            if (idx.gone) {
                return recordBooked(flightKey, flight, t, pnr, sourceMessageId);
            }
            if (!idx.flightListed && idx.flightWritten != flight) {
                writeFlight(idx, flightKey, flight, false);
            }
            String seatKey = seatKey(flightKey, t);
            int seat = idx.seats.find(seatKey);
            String locator = pnr.recordLocator != null ? pnr.recordLocator : "#" + travellerKey(t);
            int bookingId = writeBooking(idx, bookingKey(flightKey, locator), pnr);
            if (seat < 0) {
                writeSeat(idx, seatKey, t, locator, sourceMessageId, false);
                idx.seats.add(seatKey, FlightIndex.seatValue(bookingId, false));
                return null;
            }
            int value = idx.seats.value(seat);
            if (!FlightIndex.listed(value)) {
                // known from a booking only: this push's traveller is the latest word
                writeSeat(idx, seatKey, t, locator, sourceMessageId, false);
                idx.seats.value(seat, FlightIndex.seatValue(bookingId, false));
                return null;
            }
            // a list named them: keep its traveller, attach this booking (rewritten only if another one)
            StoredSeat was = read(idx, seatKey, StoredSeat.class);
            if (FlightIndex.booking(value) != bookingId) {
                writeSeat(idx, seatKey, was.traveller, locator, was.source, true);
                idx.seats.value(seat, FlightIndex.seatValue(bookingId, true));
            }
            return was.traveller;
        }
    }

    /** The flight's index, made when it is first seen. */
    private FlightIndex index(String flightKey, Flight flight) {
        FlightIndex idx = flights.computeIfAbsent(flightKey, k -> new FlightIndex(k, until(flight)));
        if (idx.gone) {
            // cancelled or expired between the lookup and the lock: the caller retries with a new index
            flights.remove(flightKey, idx);
        }
        return idx;
    }

    private void writeFlight(FlightIndex idx, String flightKey, Flight flight, boolean fromManifest) {
        StoredFlight stored = new StoredFlight();
        stored.flight = flight;
        stored.fromManifest = fromManifest;
        idx.stage(flightEntry(flightKey), stored);
        idx.flightWritten = flight;
        idx.flightListed = fromManifest;
    }

    /** @param locator the booking key's last part (after the flight key), or null */
    private static void writeSeat(FlightIndex idx, String key, Traveller t, String locator, String source,
                                  boolean fromManifest) {
        StoredSeat seat = new StoredSeat();
        seat.traveller = t;
        // the booking key less its flight part, which the seat key already carries
        seat.booking = locator;
        seat.source = source;
        seat.fromManifest = fromManifest;
        idx.stage(key, seat);
    }

    /** Stages the booking's write unless this very PNR object was written last; returns its id in the flight's index. */
    private int writeBooking(FlightIndex idx, String key, Pnr pnr) {
        int id = idx.bookings.find(key);
        if (idx.lastWritten != pnr || id < 0) {
            idx.stage(key, pnr);
            if (id < 0) {
                id = idx.bookings.add(key, 0);
            } else if (id == idx.lastReadId) {
                idx.lastReadId = -1; // a newer push of the booking
                idx.lastRead = null;
            }
            idx.lastWritten = pnr;
            remember(idx, id, pnr);
        }
        return id;
    }

    /** Keeps a written booking on the heap while its flight is among the last few written. */
    private void remember(FlightIndex idx, int id, Pnr pnr) {
        if (id >= CACHED_BOOKINGS) {
            return;
        }
        Pnr[] written = idx.written;
        if (written == null) {
            written = new Pnr[Math.min(CACHED_BOOKINGS, Math.max(16, id + 1))];
            idx.written = written;
            FlightIndex oldest = null;
            synchronized (caching) {
                caching.addLast(idx);
                if (caching.size() > CACHED_FLIGHTS) {
                    oldest = caching.pollFirst();
                }
            }
            if (oldest != null) {
                oldest.written = null;
            }
        }
        if (id >= written.length) {
            written = Arrays.copyOf(written, Math.min(CACHED_BOOKINGS, Math.max(2 * written.length, id + 1)));
            idx.written = written;
        }
        written[id] = pnr;
    }

    private static void forget(FlightIndex idx, int id) {
        Pnr[] written = idx.written;
        if (written != null && id < written.length) {
            written[id] = null;
        }
    }

    /** A reservation cancelled (PAXLST XR) or a traveller not on board at flight close (CLNB): off the board. */
    public void remove(String flightKey, Traveller t) {
        FlightIndex idx = flights.get(flightKey);
        if (idx != null) {
            synchronized (idx) {
                String key = seatKey(flightKey, t);
                int seat = idx.seats.find(key);
                if (seat >= 0) {
                    idx.seats.remove(seat);
                    idx.stage(key, REMOVED);
                }
            }
        }
    }

    /** A cancelled PNR: its travellers known only from that booking leave the board; a manifest's stay. */
    public void cancelBooking(String flightKey, Pnr pnr) {
        FlightIndex idx = flights.get(flightKey);
        if (idx == null || pnr.recordLocator == null) {
            return;
        }
        String booking = bookingKey(flightKey, pnr.recordLocator);
        synchronized (idx) {
            int id = idx.bookings.find(booking);
            if (id < 0) {
                return; // no seat refers to a booking the flight does not have
            }
            boolean kept = false;
            for (int seat = 0; seat < idx.seats.ids(); seat++) {
                int value = idx.seats.live(seat) ? idx.seats.value(seat) : 0;
                if (FlightIndex.booking(value) != id) {
                    continue;
                }
                if (FlightIndex.listed(value)) {
                    kept = true;
                } else {
                    idx.stage(idx.seats.key(seat), REMOVED);
                    idx.seats.remove(seat);
                }
            }
            if (!kept) {
                idx.bookings.remove(id);
                idx.stage(booking, REMOVED);
                forget(idx, id);
                idx.lastWritten = null;
                idx.lastReadId = -1;
                idx.lastRead = null;
            }
        }
    }

    /** A cancelled flight (PAXLST XF): nobody of it is expected any more. */
    public void cancelFlight(String flightKey) {
        FlightIndex idx = flights.remove(flightKey);
        if (idx != null) {
            drop(flightKey, idx);
        }
    }

    private void drop(String flightKey, FlightIndex idx) {
        synchronized (idx) {
            delete(flightEntry(flightKey));
            // staged keys may be in the map (a removal staged) or not yet (a write staged): none stays
            idx.takeStaged().keySet().forEach(this::delete);
            idx.gone = true;
            deleteAll(idx.seats);
            deleteAll(idx.bookings);
            idx.seats.clear();
            idx.bookings.clear();
            idx.written = null;
            if (idx.flightStored) {
                idx.flightStored = false;
                flightEntries.decrementAndGet();
            }
        }
    }

    private void deleteAll(KeyIndex keys) {
        for (int id = 0; id < keys.ids(); id++) {
            if (keys.live(id)) {
                delete(keys.key(id));
            }
        }
    }

    /** What the board knows of this traveller of this flight, or null. */
    public Seat seat(String flightKey, Traveller t) {
        FlightIndex idx = flights.get(flightKey);
        if (idx == null) {
            return null;
        }
        synchronized (idx) {
            String key = seatKey(flightKey, t);
            return idx.seats.find(key) >= 0 ? seat(idx, key, flightKey, flight(idx, flightKey), new HashMap<>()) : null;
        }
    }

    private Flight flight(FlightIndex idx, String flightKey) {
        StoredFlight f = read(idx, flightEntry(flightKey), StoredFlight.class);
        return f == null ? null : f.flight;
    }

    private Seat seat(FlightIndex idx, String key, String flightKey, Flight flight, Map<String, Pnr> bookings) {
        StoredSeat s = read(idx, key, StoredSeat.class);
        if (s == null) {
            return null;
        }
        Pnr pnr = s.booking == null ? null
                : bookings.computeIfAbsent(bookingKey(flightKey, s.booking), k -> read(idx, k, Pnr.class));
        return new Seat(flight, s.traveller, pnr, s.source, s.fromManifest);
    }

    /** Whether a traveller of this flight is on the board (for tests and queries). */
    public boolean expects(String flightKey, Traveller t) {
        FlightIndex idx = flights.get(flightKey);
        if (idx == null) {
            return false;
        }
        synchronized (idx) {
            return idx.seats.find(seatKey(flightKey, t)) >= 0;
        }
    }

    /**
     * Travellers of flights still expected at {@code now} (local times compared as given); flights
     * past their time leave the board here.
     */
    public List<Seat> expected(LocalDateTime now) {
        List<Seat> out = new ArrayList<>();
        for (Map.Entry<String, FlightIndex> e : flights.entrySet()) {
            FlightIndex idx = e.getValue();
            if (idx.until != null && idx.until.isBefore(now)) {
                if (flights.remove(e.getKey(), idx)) {
                    drop(e.getKey(), idx);
                }
                continue;
            }
            synchronized (idx) {
                Map<String, Pnr> bookings = new HashMap<>();
                Flight flight = flight(idx, e.getKey());
                for (int id = 0; id < idx.seats.ids(); id++) {
                    Seat s = idx.seats.live(id) ? seat(idx, idx.seats.key(id), e.getKey(), flight, bookings) : null;
                    if (s != null) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    public int flights() {
        return flights.size();
    }

    /** Seats and bookings stored (the flights' own entries, one a flight, are not counted). */
    public long entries() {
        return map.longSize() + overflow.size() - flightEntries.get();
    }

    /** Entries over the number the map file was sized for (the store-fill gauge). */
    public double fill() {
        return (double) entries() / capacity;
    }

    /** Entries that did not fit the map and are kept on the heap instead. */
    public long overflowed() {
        return overflowed.get();
    }

    /**
     * Applies the flight's staged writes to the map. The record and cancel methods change the heap's
     * index at once and stage their map writes, so that a caller can screen and alert an input's
     * travellers before paying for the writes (about half of the screening thread's time).
     */
    public void flush(String flightKey) {
        FlightIndex idx = flights.get(flightKey);
        if (idx == null) {
            return;
        }
        synchronized (idx) {
            for (Map.Entry<String, Object> w : idx.takeStaged().entrySet()) {
                if (w.getValue() == REMOVED) {
                    delete(w.getKey());
                } else {
                    store(w.getKey(), w.getValue());
                    if (w.getValue() instanceof StoredFlight && !idx.flightStored) {
                        idx.flightStored = true;
                        flightEntries.incrementAndGet();
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- storage

    /**
     * Puts the value's bytes straight from the codec's buffer through a query context (a plain
     * {@code put} of a byte[] costs a copy of the bytes and a reference-counted wrapper per entry).
     */
    private void store(String key, Object value) {
        BoardCodec codec = BoardCodec.get();
        int length = codec.encode(value);
        try (ExternalMapQueryContext<String, byte[], ?> c = map.queryContext(key)) {
            c.updateLock().lock();
            Data<byte[]> bytes = codec.encodedValue();
            MapEntry<String, byte[]> entry = c.entry();
            if (entry != null) {
                c.replaceValue(entry, bytes);
            } else {
                c.insert(c.absentEntry(), bytes);
            }
        } catch (IllegalArgumentException | IllegalStateException full) {
            // too large for an entry, or the map is full: keep it, on the heap, and say so once in a while
            map.remove(key);
            overflow.put(key, codec.encodedCopy());
            if ((overflowed.incrementAndGet() & 1023) == 1) {
                LOG.warn("flight board {}: an entry of {} bytes kept on the heap ({}); raise board.expected_entries",
                        file == null ? "in memory" : file, length, full.getMessage());
            }
            return;
        }
        if (!overflow.isEmpty()) {
            overflow.remove(key);
        }
    }

    /** A flight's entry as its staged writes leave it, else as the map holds it. */
    private <T> T read(FlightIndex idx, String key, Class<T> type) {
        Object staged = idx.staged == null ? null : idx.staged.get(key);
        if (staged != null) {
            return staged == REMOVED ? null : type.cast(staged);
        }
        return stored(key, type);
    }

    private <T> T stored(String key, Class<T> type) {
        byte[] bytes = map.get(key);
        if (bytes == null) {
            bytes = overflow.get(key);
        }
        if (bytes == null) {
            return null;
        }
        return BoardCodec.get().read(bytes, type);
    }

    private void delete(String key) {
        map.remove(key);
        overflow.remove(key);
    }

    private static String flightEntry(String flightKey) {
        return "F" + SEP + flightKey + SEP;
    }

    private static String bookingKey(String flightKey, String locator) {
        return locator == null ? null : "P" + SEP + flightKey + SEP + locator;
    }

    private static String seatKey(String flightKey, Traveller t) {
        return "S" + SEP + flightKey + SEP + travellerKey(t);
    }

    static String travellerKey(Traveller t) {
        String given = t.givenNames == null ? "" : t.givenNames.trim().toUpperCase(Locale.ROOT);
        int space = given.indexOf(' ');
        return (t.surname == null ? "" : t.surname.trim().toUpperCase(Locale.ROOT)) + "|"
                + (space < 0 ? given : given.substring(0, space));
    }

    /**
     * Applies what is staged and closes the map; a board file closed here is marked clean (no recovery
     * at the next open).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        flights.keySet().forEach(this::flush);
        map.close();
        if (file != null) {
            try {
                Files.writeString(file.resolveSibling(CLEAN_MARK), "");
            } catch (IOException e) {
                LOG.warn("flight board closed but its clean mark could not be written: {}", e.getMessage());
            }
        }
    }
}
