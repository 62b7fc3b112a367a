package io.paxgate.engine.synth;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultTest {
    /** EDIFACT messages of a few flights without Type B (faults are applied before wrapping). */
    static List<SyntheticMessage> edifact() {
        return new TrafficGenerator(3, Plants.none()).day(TrafficGeneratorTest.DAY, 30).stream()
                .filter(f -> !f.typeB()).flatMap(f -> f.messages().stream()).filter(m -> !m.xml()).toList();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void everyFaultIsReportedAsAProblemOfEveryKindOfMessage(Fault fault) {
        for (SyntheticMessage.Kind kind : List.of(SyntheticMessage.Kind.PAXLST, SyntheticMessage.Kind.CREW,
                SyntheticMessage.Kind.PNRGOV)) {
            SyntheticMessage m = edifact().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
            byte[] faulty = fault.apply(m.bytes(), new SplittableRandom(5));
            DecodeResult r = new InputDecoder().decode(faulty);
            assertTrue(r.allProblems().stream().anyMatch(p -> p.severity() != Severity.INFO),
                    fault + " on " + kind + " left no problem: " + r.allProblems());
        }
    }

    @Test
    void aShareOfOneGivesEveryFlightOneFaultyFirstSendBeforeItsGoodCopy() {
        for (SyntheticFlight f : new TrafficGenerator(4, Plants.none(), 1).day(TrafficGeneratorTest.DAY, 20)) {
            List<SyntheticMessage> faults = f.messages().stream()
                    .filter(m -> m.kind() == SyntheticMessage.Kind.FAULT).toList();
            assertEquals(1, faults.size(), f.number());
            int at = f.messages().indexOf(faults.get(0));
            SyntheticMessage good = f.messages().get(at + 1);
            assertTrue(good.sentAt().isAfter(faults.get(0).sentAt()), f.number());
            assertFalse(new InputDecoder().decode(good.bytes()).hasErrors(), f.number());
        }
    }

    @Test
    void noShareMeansNoFaults() {
        for (SyntheticFlight f : new TrafficGenerator(4, Plants.none()).day(TrafficGeneratorTest.DAY, 20)) {
            assertEquals(List.of(), f.faults(), f.number());
        }
    }

    @Test
    void faultsDoNotChangeTheRestOfTheTraffic() {
        List<SyntheticFlight> clean = new TrafficGenerator(4, Plants.none()).day(TrafficGeneratorTest.DAY, 20);
        List<SyntheticFlight> faulty = new TrafficGenerator(4, Plants.none(), 1).day(TrafficGeneratorTest.DAY, 20);
        for (int i = 0; i < clean.size(); i++) {
            assertEquals(clean.get(i).people(), faulty.get(i).people(), clean.get(i).number());
        }
    }
}
