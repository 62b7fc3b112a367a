package io.paxgate.engine.synth;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrafficGeneratorTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final Plants SHIPPED = Plants.fromConfig(Path.of("..", "config"));

    static List<SyntheticFlight> day(long seed) {
        return new TrafficGenerator(seed, SHIPPED).day(DAY, 30);
    }

    static List<Problem> errors(DecodeResult r) {
        return r.allProblems().stream().filter(Problem::isError).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20261124})
    void everyPaxlstDecodesWithoutErrorsAndCountsItsPeople(long seed) {
        for (SyntheticFlight f : day(seed)) {
            int travellers = 0;
            for (byte[] list : f.paxlst()) {
                DecodeResult r = new InputDecoder().decode(list);
                assertEquals(List.of(), errors(r), f.number());
                assertEquals(1, r.messages().size(), f.number());
                travellers += r.travellerCount();
            }
            assertEquals(f.people().size(), travellers, f.number());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20261124})
    void everyPnrgovDecodesWithoutErrorsAndHoldsEveryPassenger(long seed) {
        for (SyntheticFlight f : day(seed)) {
            for (byte[] push : f.pnrgov()) {
                DecodeResult r = new InputDecoder().decode(push);
                assertEquals(List.of(), errors(r), f.number());
                assertEquals(f.passengers(), r.travellerCount(), f.number());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        List<SyntheticFlight> a = day(7);
        List<SyntheticFlight> b = day(7);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).messages().size(), b.get(i).messages().size());
            for (int k = 0; k < a.get(i).messages().size(); k++) {
                assertArrayEquals(a.get(i).messages().get(k).bytes(), b.get(i).messages().get(k).bytes());
            }
            assertEquals(a.get(i).planted(), b.get(i).planted());
        }
    }

    @Test
    void anotherSeedGivesOtherTraffic() {
        assertFalse(Arrays.equals(day(7).get(0).paxlst().get(0), day(8).get(0).paxlst().get(0)));
    }

    @Test
    void interchangeControlReferencesAreUniqueAcrossTheDay() {
        Pattern unb = Pattern.compile("UNB\\+[^+]+\\+([^+:]+)[^+]*\\+[^+]+\\+[^+]+\\+([^+']+)");
        Set<String> seen = new HashSet<>();
        int interchanges = 0;
        for (SyntheticFlight f : day(3)) {
            for (SyntheticMessage sent : f.messages()) {
                if (sent.xml()) {
                    continue;
                }
                byte[] b = sent.bytes();
                Matcher m = unb.matcher(new String(b, StandardCharsets.US_ASCII).replace("\r\n", ""));
                assertTrue(m.find(), f.number());
                interchanges++;
                assertTrue(seen.add(m.group(1) + "/" + m.group(2)), "repeated control reference " + m.group(2));
            }
        }
        assertTrue(interchanges > 30);
    }

    @Test
    void flightsArriveInAzerbaijanInDepartureOrder() {
        List<SyntheticFlight> flights = day(5);
        assertEquals(30, flights.size());
        Set<String> carriers = new HashSet<>();
        for (SyntheticFlight f : flights) {
            assertTrue(Set.of("GYD", "KVD", "NAJ").contains(f.to()), f.to());
            assertTrue(f.arrival().isAfter(f.departure().minusHours(2)), f.number());
            carriers.add(f.carrier());
        }
        assertTrue(carriers.size() >= 8, carriers.toString());
        for (int i = 1; i < flights.size(); i++) {
            assertFalse(utc(flights.get(i)).isBefore(utc(flights.get(i - 1))), flights.get(i).number());
        }
    }

    private static java.time.Instant utc(SyntheticFlight f) {
        return f.departure().toInstant(java.time.ZoneOffset.ofTotalSeconds(Route.utcOffsetMinutes(f.from()) * 60));
    }

    @Test
    void aShareOfFlightsHasPnrgovAndAShareIsTypeB() {
        List<SyntheticFlight> flights = new ArrayList<>(day(11));
        flights.addAll(day(12));
        long pnr = flights.stream().filter(f -> !f.pnrgov().isEmpty()).count();
        long typeB = flights.stream().filter(SyntheticFlight::typeB).count();
        assertTrue(pnr > 10 && pnr < 55, "flights with PNRGOV: " + pnr);
        assertTrue(typeB > 3 && typeB < 40, "Type B flights: " + typeB);
        for (SyntheticFlight f : flights) {
            String text = new String(f.paxlst().get(0), StandardCharsets.US_ASCII);
            assertEquals(f.typeB(), text.startsWith("QU "), f.number());
        }
    }

    @Test
    void everyFlightCarriesCrewAndPassengersWithDocuments() {
        for (SyntheticFlight f : day(13)) {
            assertTrue(f.crew() >= 3, f.number());
            assertTrue(f.passengers() >= 25, f.number());
            for (Person p : f.people()) {
                assertTrue(p.documentNumber() != null && p.documentExpiry() != null && p.birthDate() != null);
            }
        }
    }

    @Test
    void shippedPlantsHoldListedPeopleDocumentsAndRules() {
        assertTrue(SHIPPED.people().size() >= 3, SHIPPED.toString());
        assertTrue(SHIPPED.documents().size() >= 2, SHIPPED.toString());
        assertTrue(SHIPPED.rules().size() >= 2, SHIPPED.toString());
    }

    @Test
    void noPlantsMeansNothingPlanted() {
        for (SyntheticFlight f : new TrafficGenerator(1, Plants.none()).day(DAY, 30)) {
            assertEquals(List.of(), f.planted());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20261124})
    void plantedTravellersAreInTheMessagesAsPlanted(long seed) {
        int planted = 0;
        for (SyntheticFlight f : day(seed)) {
            List<Traveller> travellers = new ArrayList<>();
            for (byte[] list : f.paxlst()) {
                for (DecodedMessage m : new InputDecoder().decode(list).messages()) {
                    travellers.addAll(((PaxlstMessage) m).travellers);
                }
            }
            for (PlantedHit h : f.planted()) {
                planted++;
                assertEquals(f.number(), h.flight());
                assertTrue(travellers.stream().anyMatch(t -> h.surname().equals(t.surname)
                        && h.givenNames().equals(t.givenNames) && h.birthDate().equals(t.birthDate)
                        && t.documents.stream().anyMatch(d -> h.documentNumber().equals(d.number))), h.toString());
            }
        }
        int expectedRules = SHIPPED.rules().size();
        assertTrue(planted >= SHIPPED.people().size() + SHIPPED.documents().size() + expectedRules - 1,
                "planted " + planted);
    }

    @Test
    void aBusyDayGivesEveryFlightItsOwnDesignator() {
        List<SyntheticFlight> flights = new TrafficGenerator(9, Plants.none()).day(DAY, 120);
        assertEquals(120, flights.size());
        assertEquals(120, flights.stream().map(SyntheticFlight::number).distinct().count());
    }

    @Test
    void listedPeopleArePlantedUnderAnotherSpellingThanTheList() {
        int listed = 0;
        for (SyntheticFlight f : day(21)) {
            for (PlantedHit h : f.planted()) {
                if (!h.expected().startsWith("list:")) {
                    continue;
                }
                listed++;
                String id = h.expected().substring(h.expected().lastIndexOf(':') + 1);
                Plants.ListedPerson p = SHIPPED.people().stream().filter(x -> x.entryId().equals(id)).findFirst().orElseThrow();
                assertFalse(p.surname().equals(h.surname()) && p.givenNames().equals(h.givenNames()), h.toString());
            }
        }
        assertEquals(SHIPPED.people().size(), listed);
    }

    @Test
    void zeroFlightsGiveAnEmptyDay() {
        assertEquals(List.of(), new TrafficGenerator(1, SHIPPED).day(DAY, 0));
    }

    @Test
    void theDecoderHasNothingToWarnAbout() {
        for (SyntheticFlight f : day(17)) {
            for (SyntheticMessage sent : f.messages()) {
                byte[] b = sent.bytes();
                List<Problem> notInfo = new InputDecoder().decode(b).allProblems().stream()
                        .filter(p -> p.severity() != Severity.INFO).toList();
                assertEquals(List.of(), notInfo, f.number());
            }
        }
    }
    @Test
    void aBigFlightSendsItsPassengerListInPartsThatJoinIntoOne() {
        int split = 0;
        for (SyntheticFlight f : day(23)) {
            List<byte[]> parts = f.messages().stream().filter(m -> m.kind() == SyntheticMessage.Kind.PAXLST)
                    .map(SyntheticMessage::bytes).toList();
            if (parts.size() < 2) {
                continue;
            }
            split++;
            List<DecodedMessage> decoded = new ArrayList<>();
            for (byte[] part : parts) {
                decoded.addAll(new InputDecoder().decode(part).messages());
            }
            List<DecodedMessage> joined = io.paxgate.parsers.multipart.MultipartAssembler.assemble(decoded);
            assertEquals(1, joined.size(), f.number());
            assertEquals(List.of(), joined.get(0).problems.stream().filter(Problem::isError).toList(), f.number());
            assertEquals(f.passengers(), ((PaxlstMessage) joined.get(0)).travellers.size(), f.number());
        }
        assertTrue(split >= 3, "flights with a passenger list in parts: " + split);
    }

    @Test
    void aShareOfPnrPushesIsXmlAndNeverTypeB() {
        long xml = 0;
        for (long seed = 1; seed <= 4; seed++) {
            for (SyntheticFlight f : day(seed)) {
                for (SyntheticMessage m : f.messages()) {
                    if (m.xml()) {
                        xml++;
                        assertEquals(SyntheticMessage.Kind.PNRGOV, m.kind());
                        assertFalse(f.typeB(), f.number());
                    }
                }
            }
        }
        assertTrue(xml >= 4, "PNRGOV XML pushes: " + xml);
    }

    @Test
    void aFlightsMessagesAreInSendOrder() {
        for (SyntheticFlight f : day(29)) {
            for (int i = 1; i < f.messages().size(); i++) {
                assertFalse(f.messages().get(i).sentAt().isBefore(f.messages().get(i - 1).sentAt()), f.number());
            }
        }
    }

    @Test
    void iapiRequestsHoldOneToThreeTravellersOfTheDaysFlightsAndDecode() {
        TrafficGenerator.Day d = new TrafficGenerator(31, SHIPPED).day(DAY, 30, 200);
        assertEquals(200, d.iapi().size());
        Set<String> flights = new HashSet<>();
        d.flights().forEach(f -> flights.add(f.number()));
        Set<String> references = new HashSet<>();
        for (IapiRequest q : d.iapi()) {
            DecodeResult r = new InputDecoder().decode(q.bytes());
            assertEquals(List.of(), errors(r), q.flight());
            assertTrue(r.travellerCount() >= 1 && r.travellerCount() <= 3, q.flight());
            assertTrue(flights.contains(q.flight()), q.flight());
            assertTrue(references.add(r.interchanges().get(0).controlReference()), "repeated control reference");
        }
        for (int i = 1; i < d.iapi().size(); i++) {
            assertFalse(d.iapi().get(i).sentAt().isBefore(d.iapi().get(i - 1).sentAt()));
        }
    }

    @Test
    void theFlightsDoNotDependOnHowManyIapiRequestsAreAsked() {
        List<SyntheticFlight> without = new TrafficGenerator(31, SHIPPED).day(DAY, 10, 0).flights();
        List<SyntheticFlight> with = new TrafficGenerator(31, SHIPPED).day(DAY, 10, 50).flights();
        for (int i = 0; i < without.size(); i++) {
            assertArrayEquals(without.get(i).messages().get(0).bytes(), with.get(i).messages().get(0).bytes());
        }
    }
}
