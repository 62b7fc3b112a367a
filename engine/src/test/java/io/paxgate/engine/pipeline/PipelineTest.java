package io.paxgate.engine.pipeline;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.alerts.AlertRouter;
import io.paxgate.engine.alerts.AlertStore;
import io.paxgate.engine.alerts.Post;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.ingest.IapiAnswer;
import io.paxgate.engine.ingest.Receipt;
import io.paxgate.engine.journal.JournalOptions;
import io.paxgate.engine.journal.LaneJournal;
import io.paxgate.engine.screening.ScreeningSetup;
import io.paxgate.parsers.InputDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    @TempDir
    Path dir;

    ScreeningSetup screening;
    MemoryJournal journal;
    AlertStore alerts;
    Pipeline pipeline;

    static final List<Post> POSTS = List.of(new Post("GYD", "Baku airport", List.of("GYD"), null),
            new Post("KVD", "Ganja airport", List.of("KVD"), null));

    private final List<FlightBoard> boards = new java.util.ArrayList<>();

    /** The ring's layout under test: two screening handlers ({@link ParallelMatchersPipelineTest}: parallel matchers). */
    Pipeline.Shape shape() {
        return new Pipeline.Shape(64, "blocking", 2, false);
    }

    @BeforeEach
    void setUp() throws Exception {
        screening = new ScreeningSetup(PaxgateConfig.load(ShippedConfig.copyTo(dir)), Clock.systemUTC());
        journal = new MemoryJournal();
        alerts = AlertStore.open(dir.resolve("alerts"));
        pipeline = newPipeline();
    }

    /** A pipeline with a new, in-memory board: a restart rebuilds it from the journal. */
    private Pipeline newPipeline() {
        return newPipeline(journal);
    }

    private Pipeline newPipeline(io.paxgate.engine.journal.Journal on) {
        FlightBoard board = FlightBoard.inMemory(10_000);
        boards.add(board);
        return new Pipeline(on, InputDecoder::new, screening::screener, alerts, new AlertRouter(POSTS), shape(),
                new SimpleMeterRegistry(), Clock.systemUTC(), board);
    }

    @AfterEach
    void tearDown() {
        pipeline.close();
        boards.forEach(FlightBoard::close);
        alerts.close();
        screening.close();
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("..", "config", "samples", name));
    }

    private List<Alert> awaitAlerts(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (alerts.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return alerts.list(null, null, 1000);
    }

    private void awaitProcessed(long count) throws InterruptedException {
        awaitProcessed(journal, count);
    }

    private static void awaitProcessed(MemoryJournal on, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (on.processedCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, on.processedCount(), "inputs processed");
    }

    @Test
    void plantedTravellersAreAlertedToThePostOfTheArrivalAirport() throws Exception {
        pipeline.start();
        Receipt r = pipeline.submit(sample("paxlst_gyd_planted_hits.edi"), "http", "127.0.0.1").get(10, TimeUnit.SECONDS);
        assertEquals(1, r.messages());
        assertFalse(r.rejected());
        assertNotNull(r.contrl());
        assertTrue(new String(r.contrl(), StandardCharsets.ISO_8859_1).contains("UCI+"), "a CONTRL");
        awaitProcessed(1);
        List<Alert> found = alerts.list("GYD", null, 100);
        assertFalse(found.isEmpty(), "no alert for the planted travellers");
        for (Alert a : found) {
            assertEquals("GYD", a.arrivalAirport);
            assertFalse(a.reasons.isEmpty());
            assertEquals("0", a.sourceMessageId);
        }
    }

    @Test
    void anInputWhoseScreeningFailsIsLeftForReplayAndTheNextOnesFlowOn() throws Exception {
        pipeline.close();
        java.util.concurrent.atomic.AtomicBoolean boom = new java.util.concurrent.atomic.AtomicBoolean(true);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FlightBoard board = FlightBoard.inMemory(10_000);
        boards.add(board);
        pipeline = new Pipeline(journal, InputDecoder::new, () -> {
            if (boom.getAndSet(false)) {
                throw new IllegalStateException("screening core broken for one input");
            }
            return screening.screener();
        }, alerts, new AlertRouter(POSTS), new Pipeline.Shape(64, "blocking", 1, shape().parallelMatchers()), meters,
                Clock.systemUTC(), board);
        pipeline.start();
        byte[] bytes = sample("paxlst_gyd_planted_hits.edi");
        pipeline.submit(bytes, "http", "a").get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (meters.counter("paxgate.inputs.failed").count() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1.0, meters.counter("paxgate.inputs.failed").count(), "the failure is counted");
        // the same interchange again: the failed copy released its claim, so this one is screened
        pipeline.submit(bytes, "http", "a").get(10, TimeUnit.SECONDS);
        awaitProcessed(1);
        assertFalse(alerts.list("GYD", null, 100).isEmpty(), "the handler survived and alerted the next input");
        assertEquals(2, journal.appendedCount());
        assertEquals(1, journal.processedCount(), "the failed input stays unprocessed, for replay after a restart");
    }

    @Test
    void aRescreeningScreensTheTravellersOfFlightsNotYetArrivedAgainAndAlertsNothingTwice() throws Exception {
        pipeline.close();
        FlightBoard board = FlightBoard.inMemory(10_000);
        boards.add(board);
        // the day before the planted sample's flight lands
        pipeline = new Pipeline(journal, InputDecoder::new, screening::screener, alerts, new AlertRouter(POSTS), shape(),
                new SimpleMeterRegistry(), Clock.fixed(java.time.Instant.parse("2026-11-23T12:00:00Z"), java.time.ZoneOffset.UTC),
                board);
        pipeline.start();
        Receipt r = pipeline.submit(sample("paxlst_gyd_planted_hits.edi"), "http", "a").get(10, TimeUnit.SECONDS);
        awaitProcessed(1);
        long alerted = alerts.size();
        assertTrue(alerted > 0, "the planted travellers are alerted");
        assertEquals(r.travellers(), pipeline.rescreen().get(10, TimeUnit.SECONDS), "every traveller screened again");
        assertEquals(alerted, alerts.size(), "the same hits are not alerted again");
    }

    @Test
    void theSameInterchangeTwiceIsAcknowledgedTwiceButAlertedOnce() throws Exception {
        pipeline.start();
        byte[] bytes = sample("paxlst_gyd_planted_hits.edi");
        pipeline.submit(bytes, "http", "a").get(10, TimeUnit.SECONDS);
        awaitProcessed(1);
        long first = alerts.size();
        assertTrue(first > 0);
        Receipt again = pipeline.submit(bytes, "tcp", "b").get(10, TimeUnit.SECONDS);
        assertEquals("1", again.id());
        awaitProcessed(2);
        assertEquals(first, alerts.size(), "a duplicate interchange was alerted again");
    }

    @Test
    void undecodableInputIsJournaledAndRejected() throws Exception {
        pipeline.start();
        Receipt r = pipeline.submit("this is not EDIFACT".getBytes(StandardCharsets.US_ASCII), "http", "x")
                .get(10, TimeUnit.SECONDS);
        assertTrue(r.rejected());
        assertFalse(r.problems().isEmpty());
        assertEquals(1, journal.appendedCount());
        awaitProcessed(1);
    }

    @Test
    void theBoardWritesRunOnAPublishingThreadOfTheirOwn() throws Exception {
        pipeline.start();
        pipeline.submit(sample("paxlst_gyd_planted_hits.edi"), "http", "127.0.0.1").get(10, TimeUnit.SECONDS);
        awaitProcessed(1);
        // per-thread CPU (benchmarks/thread-cpu.sh) tells the screening from the board writes by name
        List<String> names = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
        assertTrue(names.contains("paxgate-publish"), names.toString());
        assertTrue(names.contains("paxgate-pipeline"), names.toString());
    }

    @Test
    void interactiveApiAnswersWithACusresPerTraveller() throws Exception {
        pipeline.start();
        IapiAnswer a = pipeline.iapi(sample("paxlst_d12b_2pax.edi"), "x").get(10, TimeUnit.SECONDS);
        assertFalse(a.rejected(), a.error());
        String cusres = new String(a.cusres(), StandardCharsets.ISO_8859_1);
        assertTrue(cusres.contains("CUSRES"), cusres);
        IapiAnswer bad = pipeline.iapi("UNA:+.? 'UNB+UNOA:4+X+Y+260101:1200+1'UNZ+0+1'".getBytes(StandardCharsets.US_ASCII), "x")
                .get(10, TimeUnit.SECONDS);
        assertTrue(bad.rejected());
    }

    @Test
    void aCheckInWhoseJournalSyncIsStillToComeIsAnsweredOnceSynced() throws Exception {
        // group sync: the append completes on the syncer's thread, and the iAPI thread screens it
        try (LaneJournal synced = LaneJournal.open(dir.resolve("journal"),
                JournalOptions.defaults().withSync(JournalOptions.SyncPolicy.GROUP))) {
            Pipeline p = newPipeline(synced);
            try {
                p.start();
                IapiAnswer a = p.iapi(sample("paxlst_d12b_2pax.edi"), "x").get(10, TimeUnit.SECONDS);
                assertFalse(a.rejected(), a.error());
                assertTrue(new String(a.cusres(), StandardCharsets.ISO_8859_1).contains("CUSRES"));
                assertEquals(1, synced.processedCount(), "marked processed in the check-in lane");
                assertEquals(0, synced.unprocessedCount());
            } finally {
                p.close();
            }
        }
    }

    @Test
    void whatWasJournaledButNotProcessedIsReplayedOnStart() throws Exception {
        // journaled before a crash, never processed: the next start screens and alerts it
        byte[] bytes = sample("paxlst_gyd_planted_hits.edi");
        journal.append(0, "http", "a", bytes).get();
        assertEquals(1, pipeline.start());
        awaitProcessed(1);
        assertFalse(awaitAlerts(1).isEmpty());
        long alerted = alerts.size();
        // a second restart replays nothing and alerts nothing more
        pipeline.close();
        pipeline = newPipeline();
        assertEquals(0, pipeline.start());
        assertEquals(alerted, alerts.size());
    }

    @Test
    void concurrentSubmitsFromManyThreadsEachGetTheirOwnDecodeAndAlerts() throws Exception {
        // the servers call submit from several event loops at once: decoders are per thread
        pipeline.start();
        String sample = new String(sample("paxlst_gyd_planted_hits.edi"), StandardCharsets.ISO_8859_1);
        int n = 48;
        java.util.Map<String, String> flightOf = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Receipt>> receipts = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] m = sample.replace("J2000000731", String.format("J2%09d", 700_000 + i))
                        .replace("J2028", "J2" + (6000 + i)).getBytes(StandardCharsets.ISO_8859_1);
                receipts.add(pool.submit(() -> pipeline.submit(m, "http", "t").get(30, TimeUnit.SECONDS)));
            }
            for (int i = 0; i < n; i++) {
                Receipt r = receipts.get(i).get(60, TimeUnit.SECONDS);
                assertEquals(1, r.messages());
                assertFalse(r.rejected());
                flightOf.put(r.id(), "J2" + (6000 + i));
            }
        } finally {
            pool.shutdown();
        }
        awaitProcessed(n);
        java.util.Map<String, Long> perInput = new java.util.HashMap<>();
        for (Alert a : alerts.list(null, null, 10_000)) {
            perInput.merge(a.sourceMessageId, 1L, Long::sum);
            assertEquals(flightOf.get(a.sourceMessageId), a.flight.replace(" ", ""),
                    "an alert carries the flight of its own input");
        }
        assertEquals(n, perInput.size(), "every input alerted");
        assertEquals(1, perInput.values().stream().distinct().count(), "the same number of alerts per input: " + perInput);
    }

    @Test
    void cancelledReservationsFlightsAndBookingsLeaveTheBoardAndAreNotAlerted() throws Exception {
        pipeline.start();
        String planted = new String(sample("paxlst_gyd_planted_hits.edi"), StandardCharsets.ISO_8859_1);
        byte[] list = planted.getBytes(StandardCharsets.ISO_8859_1);
        io.paxgate.parsers.envelope.DecodeResult decoded = new InputDecoder().decode(list);
        String flight = Pipeline.flightKey(decoded);
        io.paxgate.parsers.model.Traveller first = ((io.paxgate.parsers.model.PaxlstMessage) decoded.messages().get(0)).travellers.get(0);

        pipeline.submit(list, "http", "a").get(10, TimeUnit.SECONDS);
        awaitProcessed(1);
        long alerted = alerts.size();
        assertTrue(pipeline.board().expects(flight, first));

        // the same list as a reservation cancellation (BGM function XR): off the board, nothing alerted
        submitAs(planted, "+XR", "J2000000732", 2);
        assertFalse(pipeline.board().expects(flight, first), "a cancelled reservation is not expected");
        assertEquals(alerted, alerts.size());

        // back on the list, then the flight cancelled (XF): the flight leaves the board
        submitAs(planted, "", "J2000000733", 3);
        assertTrue(pipeline.board().expects(flight, first));
        submitAs(planted, "+XF", "J2000000734", 4);
        assertFalse(pipeline.board().expects(flight, first), "a cancelled flight expects nobody");
    }

    /** The manifest again with BGM function {@code function} and control reference {@code ref}; waits until processed. */
    private void submitAs(String manifest, String function, String ref, int processed) throws Exception {
        byte[] bytes = manifest.replace("BGM+745'", "BGM+745" + function + "'").replace("J2000000731", ref)
                .getBytes(StandardCharsets.ISO_8859_1);
        pipeline.submit(bytes, "http", "a").get(10, TimeUnit.SECONDS);
        awaitProcessed(processed);
    }

    @Test
    void aBookingOfATravellerTheManifestGaveIsScreenedAsThatTravellerAndNotAlertedTwice() throws Exception {
        pipeline.start();
        var plants = io.paxgate.engine.synth.Plants.fromConfig(dir.resolve("config"));
        var day = new io.paxgate.engine.synth.TrafficGenerator(11, plants).day(java.time.LocalDate.of(2026, 11, 25), 40);
        var flight = day.stream().filter(f -> !f.pnrgov().isEmpty()
                && f.planted().stream().anyMatch(p -> p.expected().startsWith("list:"))).findFirst().orElseThrow();
        int n = 0;
        for (var m : flight.messages()) {
            pipeline.submit(m.bytes(), "http", "a").get(10, TimeUnit.SECONDS);
            n++;
        }
        awaitProcessed(n);
        for (var planted : flight.planted()) {
            if (!planted.expected().startsWith("list:")) {
                continue;
            }
            long alertsForThem = alerts.list(null, null, 1000).stream()
                    .filter(a -> a.traveller.name.toUpperCase(java.util.Locale.ROOT).startsWith(planted.surname().toUpperCase(java.util.Locale.ROOT)))
                    .count();
            assertEquals(1, alertsForThem, "one alert for " + planted.expected() + " across the manifest and its PNR push");
        }
    }

    @Test
    void anInputIsMarkedProcessedOnlyOnceItsBoardWritesAreInTheMap() throws Exception {
        // the board's writes are applied after the alerts: a crash before them must leave the input for replay
        long[] entriesAtMark = {-1};
        journal.beforeMark(() -> entriesAtMark[0] = pipeline.board().entries());
        pipeline.start();
        Receipt r = pipeline.submit(sample("paxlst_gyd_planted_hits.edi"), "http", "a").get(10, TimeUnit.SECONDS);
        awaitProcessed(1);
        assertTrue(r.travellers() > 0);
        assertEquals(r.travellers(), entriesAtMark[0], "every traveller's seat stored when the input is marked");
    }

    @Test
    void aFlightsPushesAndListsTwiceInOneInputAreAlertedAsWhenEachCameAlone() throws Exception {
        var plants = io.paxgate.engine.synth.Plants.fromConfig(dir.resolve("config"));
        var day = new io.paxgate.engine.synth.TrafficGenerator(11, plants).day(java.time.LocalDate.of(2026, 11, 25), 40);
        var flight = day.stream().filter(f -> !f.pnrgov().isEmpty() && !f.planted().isEmpty()
                && f.messages().stream().allMatch(m -> new String(m.bytes(), 0, 3, StandardCharsets.ISO_8859_1).matches("UN[AB]")))
                .findFirst().orElseThrow();
        // one input: every push and list of the flight, then all of them again (each traveller in several messages)
        java.io.ByteArrayOutputStream twice = new java.io.ByteArrayOutputStream();
        for (int round = 0; round < 2; round++) {
            flight.messages().forEach(m -> twice.writeBytes(m.bytes()));
        }
        pipeline.start();
        Receipt r = pipeline.submit(twice.toByteArray(), "http", "a").get(10, TimeUnit.SECONDS);
        assertEquals(2 * flight.messages().size(), r.messages());
        awaitProcessed(1);

        MemoryJournal aloneJournal = new MemoryJournal();
        FlightBoard aloneBoard = FlightBoard.inMemory(10_000);
        boards.add(aloneBoard);
        try (AlertStore aloneAlerts = AlertStore.open(dir.resolve("alerts-alone"));
             Pipeline alone = new Pipeline(aloneJournal, InputDecoder::new, screening::screener, aloneAlerts,
                     new AlertRouter(POSTS), shape(), new SimpleMeterRegistry(), Clock.systemUTC(), aloneBoard)) {
            alone.start();
            for (var m : flight.messages()) {
                alone.submit(m.bytes(), "http", "a").get(10, TimeUnit.SECONDS);
            }
            awaitProcessed(aloneJournal, flight.messages().size());
            List<String> expected = summaries(aloneAlerts);
            assertFalse(expected.isEmpty(), "the flight's planted travellers are alerted");
            assertEquals(expected, summaries(alerts));
            assertEquals(aloneBoard.entries(), pipeline.board().entries(), "the same seats and bookings stored");
        }
    }

    /** Each alert as the post sees it, less its ids and times, sorted. */
    private static List<String> summaries(AlertStore store) {
        return store.list(null, null, 10_000).stream().map(a -> String.join("|", a.post, a.flight, a.flightDate,
                a.traveller.name, a.traveller.birthDate, a.traveller.document, a.decision, String.valueOf(a.score),
                a.reasons.stream().map(x -> x.kind + ":" + x.source + ":" + x.entry + ":" + x.score).sorted().toList().toString()))
                .sorted().toList();
    }
}
