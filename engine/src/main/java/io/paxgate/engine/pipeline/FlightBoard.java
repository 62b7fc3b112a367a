package io.paxgate.engine.pipeline;

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
 * Travellers of the flights that have not yet arrived, so that a watchlist or rules reload can
 * screen them again without re-reading the journal. One entry per traveller and flight, merged
 * across messages: the passenger list's traveller (documents, birth date) is kept, and the latest
 * PNR push naming them is attached. A flight leaves the board {@link #KEEP_AFTER_ARRIVAL} after its
 * scheduled arrival (or departure when no arrival is given).
 *
 * <p>Held on the heap: a country's traffic of a day is some hundred thousand travellers.
 * Thread-safe.
 */
public final class FlightBoard {
    static final Duration KEEP_AFTER_ARRIVAL = Duration.ofHours(6);

    /** One traveller of one flight as last known. */
    public record Seat(Flight flight, Traveller traveller, Pnr pnr, String sourceMessageId) {
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
                state.seats.put(key, new Seat(flight, t, pnr != null ? pnr : was == null ? null : was.pnr(), sourceMessageId));
            } else {
                // a later PNR push: keep the passenger list's traveller, attach the booking
                state.seats.put(key, new Seat(was.flight(), was.traveller(), pnr, was.sourceMessageId()));
            }
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
