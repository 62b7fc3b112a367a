package io.paxgate.engine.synth;

import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.screening.ScreeningSetup;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.risk.Decision;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.screening.Screening;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planted travellers are found by the screening core over the shipped config; ordinary ones rarely are. */
class PlantedScreeningTest {
    /** Most ordinary travellers allowed a decision other than clear (homonyms of listed people, organic rule hits). */
    static final double ORDINARY_FLAGGED_MAX = 0.01;

    @TempDir
    static Path dir;
    static ScreeningSetup setup;

    @BeforeAll
    static void load() throws Exception {
        setup = new ScreeningSetup(PaxgateConfig.load(ShippedConfig.copyTo(dir)), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        setup.close();
    }

    /** Every screening of one traveller of a flight (from the PAXLST and from their PNR), by name and birth date. */
    static Map<String, List<Screening>> screen(SyntheticFlight f) {
        Map<String, List<Screening>> by = new HashMap<>();
        List<DecodedMessage> messages = new ArrayList<>();
        for (SyntheticMessage m : f.messages()) {
            messages.addAll(new InputDecoder().decode(m.bytes()).messages());
        }
        for (DecodedMessage m : messages) {
            if (m instanceof PaxlstMessage p) {
                for (Traveller t : p.travellers) {
                    by.computeIfAbsent(key(t), k -> new ArrayList<>()).add(setup.screener().screen(p.flight, t, null));
                }
            } else if (m instanceof PnrgovMessage p) {
                for (Pnr pnr : p.pnrs) {
                    for (Traveller t : pnr.travellers) {
                        by.computeIfAbsent(key(t), k -> new ArrayList<>()).add(setup.screener().screen(p.flight, t, pnr));
                    }
                }
            }
        }
        return by;
    }

    static String key(Traveller t) {
        return t.surname + "|" + t.givenNames + "|" + t.birthDate;
    }

    static boolean flagged(List<Screening> s) {
        return s.stream().anyMatch(x -> x.assessment().decision() != Decision.CLEAR);
    }

    static boolean found(List<Screening> screenings, String expected) {
        return screenings.stream().flatMap(s -> s.hits().stream()).anyMatch(h -> PlantedRecall.matches(h, expected));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261124})
    void plantedTravellersAreFlaggedByWhatWasPlantedAndOrdinaryOnesRarely(long seed) {
        int ordinary = 0;
        int ordinaryFlagged = 0;
        for (SyntheticFlight f : TrafficGeneratorTest.day(seed)) {
            Map<String, List<Screening>> by = screen(f);
            List<String> plantedKeys = new ArrayList<>();
            for (PlantedHit h : f.planted()) {
                String k = h.surname() + "|" + h.givenNames() + "|" + h.birthDate();
                plantedKeys.add(k);
                List<Screening> s = by.getOrDefault(k, List.of());
                assertTrue(flagged(s), "planted " + h + " was cleared: " + s.stream().map(x -> x.assessment()).toList());
                assertTrue(found(s, h.expected()), "planted " + h + " not found by " + h.expected() + ": "
                        + s.stream().flatMap(x -> x.hits().stream()).map(Hit::summary).toList());
            }
            for (Map.Entry<String, List<Screening>> e : by.entrySet()) {
                if (!plantedKeys.contains(e.getKey())) {
                    ordinary++;
                    ordinaryFlagged += flagged(e.getValue()) ? 1 : 0;
                }
            }
        }
        assertTrue(ordinary > 1000, "ordinary travellers " + ordinary);
        assertTrue(ordinaryFlagged <= ordinary * ORDINARY_FLAGGED_MAX,
                ordinaryFlagged + " of " + ordinary + " ordinary travellers flagged");
    }
}
