package io.paxgate.engine.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.journal.Journal;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.screening.Travellers;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.rules.targeting.RuleHit;
import io.paxgate.rules.targeting.RuleSet;
import io.paxgate.rules.targeting.ScreeningSubject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A draft rule set over the inputs journaled in the last hours: every traveller decoded again and
 * evaluated, nothing stored or alerted. Answers hits, distinct travellers and flights, and the first
 * examples with names masked.
 */
final class DraftBacktest {
    /** Examples returned with a backtest's counts. */
    static final int EXAMPLES = 20;
    /** Inputs one backtest decodes at most: bounds its memory and time on a busy engine. */
    static final int MAX_INPUTS = 200_000;

    private final Supplier<InputDecoder> decoders;
    private final Clock clock;

    DraftBacktest(Supplier<InputDecoder> decoders, Clock clock) {
        this.decoders = decoders;
        this.clock = clock;
    }

    ObjectNode run(RuleSet draft, Journal journal, int hours) {
        long t0 = System.nanoTime();
        InputDecoder decoder = decoders.get();
        List<DecodedMessage> messages = new ArrayList<>();
        int[] inputs = {0};
        journal.forEachSince(clock.millis() - hours * 3_600_000L, entry -> {
            if (inputs[0] < MAX_INPUTS) {
                messages.addAll(decoder.decode(entry.bytes()).messages());
                inputs[0]++;
            }
        });
        LocalDate today = LocalDate.now(clock);
        long[] travellers = {0};
        long[] hits = {0};
        Set<String> flights = new HashSet<>();
        Set<String> who = new HashSet<>();
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode examples = Json.MAPPER.createArrayNode();
        Travellers.forEach(messages, (flight, t, pnr) -> {
            travellers[0]++;
            List<RuleHit> fired = draft.evaluate(ScreeningSubject.of(flight, t, pnr, clock), today);
            if (fired.isEmpty()) {
                return;
            }
            hits[0]++;
            String designator = flight == null ? "?" : flight.designator();
            String date = flight == null || flight.departureTime == null ? "" : flight.departureTime.toLocalDate().toString();
            flights.add(designator + " " + date);
            who.add(designator + date + "|" + t.surname + "|" + t.givenNames + "|" + t.birthDate);
            if (examples.size() < EXAMPLES) {
                ObjectNode x = examples.addObject();
                x.put("flight", designator);
                x.put("flight_date", date);
                x.put("traveller", Travellers.masked(t));
                x.put("evidence", fired.get(0).explanation().stream().map(Object::toString).collect(Collectors.joining(", ")));
            }
        });
        out.put("hours", hours);
        out.put("inputs", inputs[0]);
        out.put("inputs_capped", inputs[0] >= MAX_INPUTS);
        out.put("travellers", travellers[0]);
        out.put("hits", hits[0]);
        out.put("distinct_travellers", who.size());
        out.put("flights", flights.size());
        out.put("millis", (System.nanoTime() - t0) / 1_000_000);
        out.set("examples", examples);
        return out;
    }
}
