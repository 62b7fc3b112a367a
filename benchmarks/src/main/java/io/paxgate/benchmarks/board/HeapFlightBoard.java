package io.paxgate.benchmarks.board;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.Traveller;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The peer of {@code FlightBoardBenchmark}: the flight board as it was before it moved off the heap
 * (commit 3f1ce83), unchanged but for its name and package. Travellers of the flights that have not yet arrived, so that a watchlist or rules reload can
 * screen them again without re-reading the journal. One entry per traveller and flight, merged
 * across messages: the passenger list's traveller (documents, birth date) is kept, and the latest
 * PNR push naming them is attached. A flight leaves the board {@link #KEEP_AFTER_ARRIVAL} after its
 * scheduled arrival (or departure when no arrival is given).
 *
 * <p>Held on the heap: a country's traffic of a day is some hundred thousand travellers.
 * Thread-safe.
 */
public final class HeapFlightBoard {
    static final Duration KEEP_AFTER_ARRIVAL = Duration.ofHours(6);

    /** One traveller of one flight as last known. */
    /** @param fromManifest a passenger or crew list named the traveller (not only a booking) */
    public record Seat(Flight flight, Traveller traveller, Pnr pnr, String sourceMessageId, boolean fromManifest) {
    }

    private static final class FlightState {
        final LocalDateTime until;
        final Map<String, Seat> seats = new LinkedHashMap<>();

        FlightState(LocalDateTime until) {
            this.until = until;
        }
    }

    private final Map<String, FlightState> flights = new ConcurrentHashMap<>();

    /** Records a screened traveller of a flight. */
    public void record(String flightKey, Flight flight, Traveller t, Pnr pnr, String sourceMessageId) {
        if (flight == null) {
            return;
        }
        LocalDateTime at = flight.arrivalTime != null ? flight.arrivalTime : flight.departureTime;
        FlightState state = flights.computeIfAbsent(flightKey,
                k -> new FlightState(at == null ? null : at.plus(KEEP_AFTER_ARRIVAL)));
        synchronized (state) {
            String key = travellerKey(t);
            Seat was = state.seats.get(key);
            if (was == null || pnr == null) {
                // a passenger list (or the first message naming them) gives the traveller
                state.seats.put(key, new Seat(flight, t, pnr != null ? pnr : was == null ? null : was.pnr(), sourceMessageId,
                        pnr == null || was != null && was.fromManifest()));
            } else {
                // a later PNR push: keep the passenger list's traveller, attach the booking
                state.seats.put(key, new Seat(was.flight(), was.traveller(), pnr, was.sourceMessageId(), was.fromManifest()));
            }
        }
    }

    /** A reservation cancelled (PAXLST XR) or a traveller not on board at flight close (CLNB): off the board. */
    public void remove(String flightKey, Traveller t) {
        FlightState state = flights.get(flightKey);
        if (state != null) {
            synchronized (state) {
                state.seats.remove(travellerKey(t));
            }
        }
    }

    /** A cancelled PNR: its travellers known only from that booking leave the board; a manifest's stay. */
    public void cancelBooking(String flightKey, Pnr pnr) {
        FlightState state = flights.get(flightKey);
        if (state == null || pnr.recordLocator == null) {
            return;
        }
        synchronized (state) {
            state.seats.values().removeIf(seat -> !seat.fromManifest() && seat.pnr() != null
                    && pnr.recordLocator.equals(seat.pnr().recordLocator));
        }
    }

    /** A cancelled flight (PAXLST XF): nobody of it is expected any more. */
    public void cancelFlight(String flightKey) {
        flights.remove(flightKey);
    }

    /** What the board knows of this traveller of this flight, or null. */
    public Seat seat(String flightKey, Traveller t) {
        FlightState state = flights.get(flightKey);
        if (state == null) {
            return null;
        }
        synchronized (state) {
            return state.seats.get(travellerKey(t));
        }
    }

    /** Whether a traveller of this flight is on the board (for tests and queries). */
    public boolean expects(String flightKey, Traveller t) {
        FlightState state = flights.get(flightKey);
        if (state == null) {
            return false;
        }
        synchronized (state) {
            return state.seats.containsKey(travellerKey(t));
        }
    }

    /** Travellers of flights still expected at {@code now} (local times compared as given). */
    public List<Seat> expected(LocalDateTime now) {
        List<Seat> out = new ArrayList<>();
        flights.entrySet().removeIf(e -> e.getValue().until != null && e.getValue().until.isBefore(now));
        for (FlightState s : flights.values()) {
            synchronized (s) {
                out.addAll(s.seats.values());
            }
        }
        return out;
    }

    public int flights() {
        return flights.size();
    }

    static String travellerKey(Traveller t) {
        String given = t.givenNames == null ? "" : t.givenNames.trim().toUpperCase(Locale.ROOT);
        int space = given.indexOf(' ');
        return (t.surname == null ? "" : t.surname.trim().toUpperCase(Locale.ROOT)) + "|"
                + (space < 0 ? given : given.substring(0, space));
    }
}
