package io.paxgate.engine.screening;

import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.TrafficGenerator;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.risk.Decision;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.screening.Screener;
import io.paxgate.rules.screening.Screening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matchers one by one (the pipeline's parallel stages) decide exactly what {@link Screener#screen} decides. */
class ScreenerStagesTest {
    @TempDir
    Path dir;

    @Test
    void namesDocumentsAndRulesApartThenDecidedMakeTheSameScreening() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        try (ScreeningSetup setup = new ScreeningSetup(PaxgateConfig.load(cfg), Clock.systemUTC())) {
            Screener s = setup.screener();
            InputDecoder decoder = new InputDecoder();
            int screened = 0;
            int alerting = 0;
            // a generated day with the shipped lists' planted hits: PAXLST and PNRGOV of 8 flights
            for (SyntheticFlight f : new TrafficGenerator(5, Plants.fromConfig(cfg.getParent())).day(LocalDate.of(2026, 11, 25), 8)) {
                List<byte[]> inputs = new ArrayList<>(f.paxlst());
                inputs.addAll(f.pnrgov());
                for (byte[] input : inputs) {
                    for (DecodedMessage m : decoder.decode(input).messages()) {
                        if (m instanceof PaxlstMessage p) {
                            for (Traveller t : p.travellers) {
                                alerting += same(s, p.flight, t, null);
                                screened++;
                            }
                        } else if (m instanceof PnrgovMessage p) {
                            for (Pnr pnr : p.pnrs) {
                                for (Traveller t : pnr.travellers) {
                                    alerting += same(s, p.flight, t, pnr);
                                    screened++;
                                }
                            }
                        }
                    }
                }
            }
            assertTrue(screened > 1000, "travellers screened: " + screened);
            assertTrue(alerting > 0, "the planted hits are among them");
        }
    }

    /** Asserts that both ways agree; 1 when the traveller is not cleared. */
    private static int same(Screener s, io.paxgate.parsers.model.Flight flight, Traveller t, Pnr pnr) {
        Screening whole = s.screen(flight, t, pnr);
        List<Hit> hits = new ArrayList<>(s.nameHits(t));
        hits.addAll(s.documentHits(t));
        hits.addAll(s.ruleHits(flight, t, pnr));
        Screening staged = s.decide(flight, t, pnr, hits);
        assertEquals(whole.hits(), staged.hits(), t.surname);
        assertEquals(whole.assessment(), staged.assessment(), t.surname);
        return whole.assessment().decision() == Decision.CLEAR ? 0 : 1;
    }
}
