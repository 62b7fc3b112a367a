package io.paxgate.engine.pipeline;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paxgate.engine.alerts.AlertRouter;
import io.paxgate.engine.alerts.AlertStore;
import io.paxgate.engine.audit.AuditLog;
import io.paxgate.engine.ingest.IapiAnswer;
import io.paxgate.engine.ingest.Ingest;
import io.paxgate.engine.ingest.Receipt;
import io.paxgate.engine.ingest.SenderCheck;
import io.paxgate.engine.journal.Journal;
import io.paxgate.engine.os.LatencySlice;
import io.paxgate.engine.privacy.SensitiveFilter;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.encode.BoardingDecision;
import io.paxgate.parsers.encode.ContrlEncoder;
import io.paxgate.parsers.encode.CusresEncoder;
import io.paxgate.parsers.encode.EnvelopeIds;
import io.paxgate.parsers.encode.TravellerDecision;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.envelope.Interchange;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.risk.Decision;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.screening.Screener;
import io.paxgate.rules.screening.Screening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import com.lmax.disruptor.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine's processing path: journal, then one Disruptor ring of preallocated events through
 * screening handlers (a flight always goes to the same one, so its messages stay in order); the
 * handler that screened an input also turns its non-clear decisions into alerts, each as soon as it
 * is made. A publishing handler after it (sharded the same way) applies the input's flight board
 * writes, which screening only staged, then marks it processed in the journal and answers an
 * interactive API request: the next input is screened while the writes of the last are applied, and
 * an input whose writes a crash lost is replayed.
 *
 * <p>With {@link Shape#parallelMatchers} the ring has three stages instead: the flight board
 * (sharded by flight: the input applied to the board, its travellers listed), then the name,
 * document and rule matchers, each a handler of its own running beside the other two, then the
 * decision (sharded by flight again: combine the hits, alert, mark processed).
 *
 * <p>{@link #submit} decodes on the caller's thread (the receipt needs the counts, problems and
 * CONTRL), journals, and completes once the journal has the bytes; only then is the input
 * published to the ring. On start, inputs journaled but never marked processed are replayed
 * first. An interchange seen before (same sender and control reference, or the same bytes) is
 * acknowledged again but never alerted twice.
 */
public final class Pipeline implements Ingest, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** How far back a restart reads the journal to rebuild the flight board (flights announced days ahead). */
    static final java.time.Duration BOARD_REBUILD = java.time.Duration.ofDays(4);

    /** One ring slot, reused. */
    static final class Event {
        long index;
        DecodeResult decoded;
        String key;
        /** {@link #flightKey(DecodeResult)} of the input: the board's flight it changes (null: none). */
        String flightKey;
        long receivedNanos;
        boolean duplicate;
        int shard;
        CompletableFuture<IapiAnswer> iapi;
        /** A re-screening after a reload: these travellers, not a journaled input. */
        List<FlightBoard.Seat> rescreen;
        CompletableFuture<Integer> rescreened;
        /** Screening failed: nothing more is done with the input but say so. */
        RuntimeException failure;
        final List<Screening> screenings = new ArrayList<>();
        /** Parallel matchers: the screening core every stage uses for this input, and its travellers. */
        Screener screener;
        final List<Subject> subjects = new ArrayList<>();
        /** A matcher stage failed (any of the three may set it; the board stage sets {@link #failure}). */
        RuntimeException matcherFailure;

        void clear() {
            rescreen = null;
            rescreened = null;
            failure = null;
            screener = null;
            subjects.clear();
            matcherFailure = null;
            decoded = null;
            key = null;
            flightKey = null;
            iapi = null;
            duplicate = false;
            screenings.clear();
        }
    }

    private final Journal journal;
    /** Decoders keep scratch state: one per thread (Netty event loops, the replay). */
    private final ThreadLocal<InputDecoder> decoder;
    private final Supplier<Screener> screener;
    private final AlertStore alerts;
    private final AlertRouter router;
    private final Clock clock;
    private final Disruptor<Event> disruptor;
    private final RingBuffer<Event> ring;
    private final int shards;
    private final ContrlEncoder contrl;
    private final CusresEncoder cusres;
    private final AtomicLong answerReference = new AtomicLong();
    private final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
    private final FlightBoard board;
    /**
     * Interactive API requests whose journal sync completes later (group sync), screened apart from
     * the ring and off the syncer thread; a bounded queue (a full one fails the request).
     */
    private final java.util.concurrent.ThreadPoolExecutor interactive = new java.util.concurrent.ThreadPoolExecutor(1, 1,
            0, TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(4096), r -> {
                Thread t = new Thread(LatencySlice.around(r), "paxgate-iapi");
                t.setDaemon(true);
                return t;
            });
    private final Timer receiptToAlert;
    private final Timer receiptToProcessed;
    private final Counter travellersScreened;
    private final MeterRegistry meters;
    private final Counter sensitiveRemoved;
    /** Where each accepted input is recorded as a collection; null: not recorded (unit tests). */
    private final AuditLog audit;
    private volatile boolean started;

    /** One traveller of an input on its way through the parallel matchers; each matcher sets its own hits. */
    static final class Subject {
        final Flight flight;
        final Traveller traveller;
        final Pnr pnr;
        final String source;
        List<Hit> names = List.of();
        List<Hit> documents = List.of();
        List<Hit> rules = List.of();

        Subject(Flight flight, Traveller traveller, Pnr pnr, String source) {
            this.flight = flight;
            this.traveller = traveller;
            this.pnr = pnr;
            this.source = source;
        }
    }

    /**
     * How the ring is laid out.
     *
     * @param ringSize         slots, a power of two
     * @param waitStrategy     {@code blocking}, {@code sleeping}, {@code yielding} or {@code busy_spin}
     * @param shards           screening and publishing handlers, or with parallel matchers board and
     *                         decision handlers (each); a flight always goes to the same one
     * @param parallelMatchers the name, document and rule matchers as handlers of their own between the
     *                         board and the decision, instead of one after the other in the screening handler
     */
    public record Shape(int ringSize, String waitStrategy, int shards, boolean parallelMatchers) {
    }

    /**
     * @param decoders makes a decoder for each thread that decodes
     * @param screener the current screening core (lists and rules reload behind it)
     * @param board    travellers of flights not yet arrived (the caller opens and closes it)
     */
    public Pipeline(Journal journal, Supplier<InputDecoder> decoders, Supplier<Screener> screener, AlertStore alerts,
                    AlertRouter router, Shape shape, MeterRegistry meters, Clock clock, FlightBoard board) {
        this(journal, decoders, screener, alerts, router, shape, meters, clock, board, null);
    }

    /** The same, recording each accepted input in {@code audit} (a collection: ids and counts, no names). */
    public Pipeline(Journal journal, Supplier<InputDecoder> decoders, Supplier<Screener> screener, AlertStore alerts,
                    AlertRouter router, Shape shape, MeterRegistry meters, Clock clock, FlightBoard board,
                    AuditLog audit) {
        this.journal = journal;
        this.audit = audit;
        this.board = board;
        this.decoder = ThreadLocal.withInitial(decoders);
        this.screener = screener;
        this.alerts = alerts;
        this.router = router;
        this.clock = clock;
        this.shards = shape.shards();
        this.meters = meters;
        this.contrl = new ContrlEncoder(clock);
        this.cusres = new CusresEncoder(clock);
        WaitStrategy wait = waitStrategy(shape.waitStrategy());
        this.disruptor = new Disruptor<>(Event::new, shape.ringSize(), r -> {
            Thread t = new Thread(r, "paxgate-pipeline");
            t.setDaemon(true);
            return t;
        }, ProducerType.MULTI, wait);
        if (shape.parallelMatchers()) {
            // board -> {names | documents | rules} -> decision; each handler wakes the next stage itself
            disruptor.handleEventsWith(byShard(wait, null, this::toBoard, false))
                    .then(StageWaitStrategy.stage(wait, e -> match(e, s -> s.names = e.screener.nameHits(s.traveller))),
                            StageWaitStrategy.stage(wait, e -> match(e, s -> s.documents = e.screener.documentHits(s.traveller))),
                            StageWaitStrategy.stage(wait, e -> match(e, s -> s.rules = e.screener.ruleHits(s.flight, s.traveller, s.pnr))))
                    .then(byShard(wait, "paxgate-publish", this::decide, true));
        } else {
            // screening -> publishing: the input's board writes and its processed mark on a stage of their
            // own, so that the next input is screened and alerted while they are applied
            disruptor.handleEventsWith(byShard(wait, null, this::screen, false))
                    .then(byShard(wait, "paxgate-publish", e -> { }, true));
        }
        this.ring = disruptor.getRingBuffer();
        this.receiptToAlert = Timer.builder("paxgate.receipt.to.alert").description("receipt of the input to the alert")
                .publishPercentileHistogram().publishPercentiles(0.5, 0.99, 0.999).register(meters);
        this.receiptToProcessed = Timer.builder("paxgate.receipt.to.processed")
                .description("receipt of the input to its travellers screened and alerts published")
                .publishPercentileHistogram().register(meters);
        this.travellersScreened = Counter.builder("paxgate.travellers.screened").register(meters);
        this.sensitiveRemoved = Counter.builder("paxgate.sensitive.removed")
                .description("sensitive segments or elements deleted on receipt, before the journal").register(meters);
        meters.gauge("paxgate.ring.occupancy", ring, r -> r.getBufferSize() - r.remainingCapacity());
        meters.gauge("paxgate.journal.lag", journal, j -> j.appendedCount() - j.processedCount());
        meters.gauge("paxgate.alerts.stored", alerts, AlertStore::size);
    }

    static WaitStrategy waitStrategy(String name) {
        return switch (name) {
            case "sleeping" -> new SleepingWaitStrategy();
            case "yielding" -> new YieldingWaitStrategy();
            case "busy_spin" -> new BusySpinWaitStrategy();
            default -> new StageWaitStrategy();
        };
    }

    /**
     * One handler per shard, each taking the events of its own flights, on threads named {@code thread}
     * (null: the ring's name); {@code last}: the stage that publishes (and so ends) the input, whether
     * it was screened or failed.
     */
    private EventHandler<Event>[] byShard(WaitStrategy wait, String thread, Consumer<Event> body, boolean last) {
        @SuppressWarnings("unchecked")
        EventHandler<Event>[] handlers = new EventHandler[shards];
        for (int i = 0; i < shards; i++) {
            final int shard = i;
            Consumer<Event> mine = e -> {
                if (e.shard != shard) {
                    return;
                }
                try {
                    body.accept(e);
                } catch (RuntimeException failure) {
                    // never lose the handler: the input stays unprocessed (replayed on restart), the rest flows on
                    e.failure = failure;
                }
                if (last) {
                    publish(e);
                }
            };
            handlers[i] = StageWaitStrategy.stage(wait, thread, mine);
        }
        return handlers;
    }

    /** Starts the ring and replays what the journal holds unprocessed; returns how many inputs were replayed. */
    public int start() {
        if (board.reopened()) {
            LOG.info("flight board reopened: {} flight(s), {} entries", board.flights(), board.entries());
        } else {
            // no board file (first start, or it was removed): the board as it stood, from every input of
            // the last days applied again, nothing screened (what was not processed is replayed
            // through the ring below and screened then)
            int[] rebuilt = {0};
            journal.forEachSince(clock.millis() - BOARD_REBUILD.toMillis(), entry -> {
                DecodeResult r = decoder.get().decode(entry.bytes());
                String flightKey = flightKey(r);
                onBoard(r, flightKey, String.valueOf(entry.index()), (flight, t, pnr, source) -> { });
                board.flush(flightKey);
                rebuilt[0]++;
            });
            if (rebuilt[0] > 0) {
                LOG.info("flight board rebuilt from {} journaled input(s): {} flight(s) not yet arrived", rebuilt[0],
                        board.flights());
            }
        }
        disruptor.start();
        int[] replayed = {0};
        journal.forEachUnprocessed(entry -> {
            DecodeResult r = decoder.get().decode(entry.bytes());
            publishToRing(entry.index(), r, key(r, entry.bytes()), System.nanoTime(), null);
            replayed[0]++;
        });
        if (replayed[0] > 0) {
            LOG.info("replayed {} journaled input(s) not processed before the last stop", replayed[0]);
        }
        started = true;
        return replayed[0];
    }

    @Override
    public boolean accepting() {
        return started && ring.remainingCapacity() > Math.max(1, ring.getBufferSize() / 8);
    }

    @Override
    public CompletableFuture<Receipt> submit(byte[] bytes, String channel, String remote, SenderCheck check) {
        long t0 = System.nanoTime();
        long receivedAt = clock.millis();
        Received in = receive(bytes, channel, remote, check);
        if (in.refusal() != null) {
            return CompletableFuture.completedFuture(Receipt.refused(in.refusal()));
        }
        DecodeResult r = in.decoded();
        String key = key(r, in.bytes());
        count(r, channel);
        return journal.append(receivedAt, channel, remote, in.bytes(), in.removed()).thenApply(index -> {
            collected(index, channel, remote, in);
            publishToRing(index, r, key, t0, null);
            return receipt(index, r);
        });
    }

    /**
     * An input as the journal keeps it: sensitive data deleted, and decoded again if any was; or,
     * with {@code refusal}, another airline's traffic, not to be collected at all.
     */
    private record Received(byte[] bytes, DecodeResult decoded, int removed, String refusal) {
    }

    /**
     * Decodes; refuses a sender or carrier that is not the authenticated airline's; when the decoders
     * flagged sensitive data (meal and medical SSRs, health or religion in free text), deletes it from
     * the bytes and decodes what is left, so that neither the journal nor screening nor a replay ever
     * sees it.
     */
    private Received receive(byte[] bytes, String channel, String remote, SenderCheck check) {
        DecodeResult r = decoder.get().decode(bytes);
        String refusal = check.refusal(r);
        if (refusal != null) {
            // not journaled: counted, logged and audited
            refused(channel, remote, refusal);
            return new Received(bytes, r, 0, refusal);
        }
        SensitiveFilter.Filtered f = SensitiveFilter.filter(bytes, r);
        if (f.missed() > 0) {
            LOG.warn("{} sensitive item(s) flagged by the decoder could not be located in the input to delete",
                    f.missed());
        }
        if (f.removed() == 0) {
            return new Received(bytes, r, 0, null);
        }
        sensitiveRemoved.increment(f.removed());
        return new Received(f.bytes(), decoder.get().decode(f.bytes()), f.removed(), null);
    }

    /** Input from a sender or carrier not the authenticated airline's: refused before the journal. */
    private void refused(String channel, String remote, String refusal) {
        meters.counter("paxgate.refused", "channel", channel).increment();
        LOG.warn("refused an input over {} from {}: {}", channel, remote, refusal);
        if (audit != null) {
            audit.record("system", "refuse", "input over " + channel, "remote=" + remote + ": " + refusal);
        }
    }

    private void collected(long index, String channel, String remote, Received in) {
        if (audit == null) {
            return;
        }
        DecodeResult r = in.decoded();
        String sender = r.interchanges().isEmpty() || r.interchanges().get(0).sender() == null ? "-"
                : r.interchanges().get(0).sender();
        audit.record("system", "collect", "input " + index, "channel=" + channel + " remote=" + remote + " sender="
                + sender + " messages=" + r.messages().size() + " travellers=" + r.travellerCount()
                + " sensitive_removed=" + in.removed());
    }

    @Override
    public CompletableFuture<IapiAnswer> iapi(byte[] bytes, String remote, SenderCheck check) {
        long t0 = System.nanoTime();
        long receivedAt = clock.millis();
        Received in = receive(bytes, "iapi", remote, check);
        if (in.refusal() != null) {
            return CompletableFuture.completedFuture(new IapiAnswer(null, true, in.refusal(), in.refusal()));
        }
        DecodeResult r = in.decoded();
        PaxlstMessage request = null;
        for (DecodedMessage m : r.messages()) {
            if (m instanceof PaxlstMessage p && !p.travellers.isEmpty()) {
                request = p;
                break;
            }
        }
        count(r, "iapi");
        if (request == null || r.interchanges().isEmpty()) {
            String why = r.allProblems().isEmpty() ? "no PAXLST with travellers in the request"
                    : "no PAXLST with travellers in the request: " + r.allProblems().get(0);
            return CompletableFuture.completedFuture(new IapiAnswer(null, true, why));
        }
        CompletableFuture<IapiAnswer> answer = new CompletableFuture<>();
        String key = key(r, in.bytes());
        // The check-in waits: an iAPI request does not queue behind batch manifests in the ring. When
        // the journal has it at once (sync none: the mapped write) it is screened right here, on the
        // thread that received it: a hand-off to another thread costs more than screening a few
        // travellers. When its sync is still to come (group), it is screened on the iAPI thread once
        // the sync completes, never on the journal's syncer thread.
        CompletableFuture<Long> appended = journal.append(receivedAt, "iapi", remote, in.bytes(), in.removed());
        if (appended.isDone() && !appended.isCompletedExceptionally()) {
            long index = appended.join();
            collected(index, "iapi", remote, in);
            screenInteractive(index, r, key, t0, answer);
            return answer;
        }
        return appended.thenCompose(index -> {
            collected(index, "iapi", remote, in);
            try {
                interactive.execute(() -> screenInteractive(index, r, key, t0, answer));
            } catch (java.util.concurrent.RejectedExecutionException full) {
                answer.completeExceptionally(full);
            }
            return answer;
        });
    }

    /** Screens one journaled (and collected) iAPI request and completes {@code answer} with its CUSRES. */
    private void screenInteractive(long index, DecodeResult r, String key, long t0, CompletableFuture<IapiAnswer> answer) {
        Event e = new Event();
        e.index = index;
        e.decoded = r;
        e.key = key;
        e.flightKey = flightKey(r);
        e.receivedNanos = t0;
        // a repeated request is answered again (screened), but not alerted twice
        e.duplicate = journal.processedBefore(key) || inFlight.putIfAbsent(key, Boolean.TRUE) != null;
        e.iapi = answer;
        try {
            screenTravellers(e);
        } catch (RuntimeException failure) {
            e.failure = failure;
        }
        publish(e);
    }

    private void count(DecodeResult r, String channel) {
        for (DecodedMessage m : r.messages()) {
            meters.counter("paxgate.messages", "type", m.type == null ? "unknown" : m.type, "channel", channel,
                    "carrier", carrier(m), "outcome", m.hasErrors() ? "errors" : "ok").increment();
        }
        if (r.messages().isEmpty()) {
            meters.counter("paxgate.messages", "type", "none", "channel", channel, "carrier", "unknown",
                    "outcome", "undecodable").increment();
        }
    }

    private static String carrier(DecodedMessage m) {
        Flight f = m instanceof PaxlstMessage p ? p.flight : m instanceof PnrgovMessage p ? p.flight : null;
        return f == null || f.carrier == null ? "unknown" : f.carrier;
    }

    private void publishToRing(long index, DecodeResult r, String key, long t0, CompletableFuture<IapiAnswer> iapi) {
        boolean duplicate = journal.processedBefore(key) || inFlight.putIfAbsent(key, Boolean.TRUE) != null;
        long seq = ring.next(); // blocks only when the ring is full: the servers stop reading before that
        try {
            Event e = ring.get(seq);
            e.clear();
            e.index = index;
            e.decoded = r;
            e.key = key;
            e.receivedNanos = t0;
            e.duplicate = duplicate;
            e.iapi = iapi;
            e.flightKey = flightKey(r);
            e.shard = Math.floorMod(e.flightKey.hashCode(), shards);
        } finally {
            ring.publish(seq);
        }
    }

    /** Carrier + number + date of the first flight in the input: one flight's inputs go to one handler. */
    static String flightKey(DecodeResult r) {
        for (DecodedMessage m : r.messages()) {
            Flight f = m instanceof PaxlstMessage p ? p.flight : m instanceof PnrgovMessage p ? p.flight : null;
            if (f != null) {
                return flightKey(f);
            }
        }
        return "";
    }

    static String flightKey(Flight f) {
        return f.designator() + "/" + (f.departureTime == null ? "" : f.departureTime.toLocalDate());
    }

    /** Sender + control reference of each interchange, or a hash of the bytes when there is none (XML). */
    static String key(DecodeResult r, byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (Interchange i : r.interchanges()) {
            if (i.sender() == null || i.controlReference() == null) {
                sb.setLength(0);
                break;
            }
            sb.append(sb.length() == 0 ? "" : ",").append(i.sender()).append(':').append(i.controlReference());
        }
        if (sb.length() > 0) {
            return sb.toString();
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Receipt receipt(long index, DecodeResult r) {
        byte[] answer = null;
        if (!r.interchanges().isEmpty()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < r.interchanges().size(); i++) {
                String ref = String.valueOf(answerReference.incrementAndGet());
                out.writeBytes(contrl.encode(r, i, ref).getBytes(StandardCharsets.ISO_8859_1));
            }
            answer = out.toByteArray();
        }
        boolean rejected = r.messages().isEmpty();
        return new Receipt(String.valueOf(index), r.messages().size(), r.travellerCount(), r.allProblems(), rejected,
                answer);
    }

    // ---------------------------------------------------------------- handlers

    private void screen(Event e) {
        if (!e.duplicate) {
            screenTravellers(e);
        }
    }

    /** Parallel matchers, first stage: the input applied to the board and its travellers to screen listed. */
    private void toBoard(Event e) {
        if (e.duplicate) {
            return;
        }
        e.screener = screener.get();
        eachTraveller(e, (flight, t, pnr, source) -> e.subjects.add(new Subject(flight, t, pnr, source)));
    }

    /** Parallel matchers, a matcher stage: its hits for every traveller of the input. */
    private static void match(Event e, Consumer<Subject> matcher) {
        if (e.failure != null) {
            return;
        }
        try {
            for (Subject s : e.subjects) {
                matcher.accept(s);
            }
        } catch (RuntimeException failure) {
            e.matcherFailure = failure;
        }
    }

    /** Parallel matchers, last stage: each traveller's hits combined into its decision, and alerted. */
    private void decide(Event e) {
        if (e.matcherFailure != null) {
            throw e.matcherFailure;
        }
        if (e.failure != null) {
            return;
        }
        for (Subject s : e.subjects) {
            List<Hit> hits = new ArrayList<>(s.names.size() + s.documents.size() + s.rules.size());
            hits.addAll(s.names);
            hits.addAll(s.documents);
            hits.addAll(s.rules);
            Screening screening = e.screener.decide(s.flight, s.traveller, s.pnr, hits);
            e.screenings.add(screening);
            alert(e, screening, s.source);
        }
        travellersScreened.increment(e.screenings.size());
    }

    private void screenTravellers(Event e) {
        Screener s = screener.get();
        eachTraveller(e, (flight, t, pnr, source) -> {
            Screening screening = s.screen(flight, t, pnr);
            e.screenings.add(screening);
            alert(e, screening, source);
        });
        travellersScreened.increment(e.screenings.size());
    }

    /**
     * Each traveller the event screens, with the message it came from: the seats of a re-screening,
     * or the input's travellers as {@link #onBoard} applies it to the board.
     */
    private void eachTraveller(Event e, Visitor visitor) {
        if (e.rescreen == null) {
            onBoard(e.decoded, e.flightKey, String.valueOf(e.index), visitor);
            return;
        }
        for (FlightBoard.Seat seat : e.rescreen) {
            visitor.traveller(seat.flight(), seat.traveller(), seat.pnr(), seat.sourceMessageId());
        }
    }

    /**
     * Alerts one screening as soon as it is made, not once the whole input is screened: a listed
     * traveller early in a 300-passenger PNR push reaches the post without waiting for the other 299.
     * A repeated input is screened (for its answer) but never alerted again.
     */
    private void alert(Event e, Screening s, String source) {
        if (e.duplicate || s.assessment().decision() == Decision.CLEAR) {
            return;
        }
        for (var alert : router.alertsFor(s, source, clock.instant())) {
            if (alerts.addIfNew(alert) == null) {
                // the post already has this traveller with these reasons (PAXLST, then a PNR push)
                meters.counter("paxgate.alerts.repeated", "post", alert.post).increment();
                continue;
            }
            receiptToAlert.record(System.nanoTime() - e.receivedNanos, TimeUnit.NANOSECONDS);
            meters.counter("paxgate.alerts", "post", alert.post, "decision", alert.decision).increment();
        }
    }

    /** What {@link #onBoard} hands on for each traveller to screen, with the message it came from. */
    private interface Visitor {
        void traveller(Flight flight, Traveller t, Pnr pnr, String source);
    }

    /**
     * Applies one input to the flight board and hands each traveller to screen to {@code visitor},
     * merged with what the board knows: a manifest traveller with the booking earlier PNR pushes gave,
     * a PNR traveller the manifest already gave as that traveller (birth date, documents) with this
     * booking. Cancellations apply: XF removes the flight, XR and CLNB travellers leave it unscreened,
     * a cancelled PNR drops travellers known only from it. The board's map writes are only staged
     * here: {@link #publish} applies them once the travellers are screened and alerted.
     */
    private void onBoard(DecodeResult decoded, String flightKey, String source, Visitor visitor) {
        for (DecodedMessage m : decoded.messages()) {
            if (m instanceof PaxlstMessage p) {
                String function = p.functionCode == null ? "" : p.functionCode;
                if (function.equals("XF")) {
                    board.cancelFlight(flightKey);
                    continue;
                }
                boolean gone = function.equals("XR") || function.equals("CLNB");
                for (Traveller t : p.travellers) {
                    if (gone) {
                        board.remove(flightKey, t);
                        continue;
                    }
                    visitor.traveller(p.flight, t, board.recordListed(flightKey, p.flight, t, source), source);
                }
            } else if (m instanceof PnrgovMessage p) {
                for (Pnr pnr : p.pnrs) {
                    if (pnr.cancelled) {
                        board.cancelBooking(flightKey, pnr);
                        continue;
                    }
                    for (Traveller t : pnr.travellers) {
                        Traveller listed = board.recordBooked(flightKey, p.flight, t, pnr, source);
                        visitor.traveller(p.flight, listed != null ? listed : t, pnr, source);
                    }
                }
            }
        }
    }

    /**
     * Screens again every traveller of the flights not yet arrived (after a watchlist or rules
     * reload), through the same ring so that each flight stays in order with its messages; only
     * new reasons or stronger decisions are alerted. Completes with the number of travellers
     * screened.
     */
    public CompletableFuture<Integer> rescreen() {
        List<FlightBoard.Seat> seats = board.expected(LocalDateTime.now(clock));
        Map<String, List<FlightBoard.Seat>> byFlight = new java.util.LinkedHashMap<>();
        for (FlightBoard.Seat seat : seats) {
            byFlight.computeIfAbsent(flightKey(seat.flight()), k -> new ArrayList<>()).add(seat);
        }
        List<CompletableFuture<Integer>> parts = new ArrayList<>();
        for (Map.Entry<String, List<FlightBoard.Seat>> f : byFlight.entrySet()) {
            CompletableFuture<Integer> done = new CompletableFuture<>();
            parts.add(done);
            long seq = ring.next();
            try {
                Event e = ring.get(seq);
                e.clear();
                e.index = -1;
                e.rescreen = f.getValue();
                e.rescreened = done;
                e.receivedNanos = System.nanoTime();
                e.shard = Math.floorMod(f.getKey().hashCode(), shards);
            } finally {
                ring.publish(seq);
            }
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture[0]))
                .thenApply(v -> parts.stream().mapToInt(CompletableFuture::join).sum());
    }

    /** Flights with travellers kept for re-screening. */
    public int flightsOnBoard() {
        return board.flights();
    }

    /** The travellers kept for re-screening. */
    public FlightBoard board() {
        return board;
    }

    private void publish(Event e) {
        try {
            if (e.flightKey != null) {
                // before the processed mark: an input that crashes before it is replayed and writes again
                board.flush(e.flightKey);
            }
            if (e.failure != null) {
                throw e.failure;
            }
            if (e.rescreen != null) {
                e.rescreened.complete(e.screenings.size());
                return;
            }
            journal.markProcessed(e.index, e.key);
            if (!e.duplicate) {
                // only the copy that claimed the key releases it: a duplicate leaves the original's claim
                inFlight.remove(e.key);
            }
            receiptToProcessed.record(System.nanoTime() - e.receivedNanos, TimeUnit.NANOSECONDS);
            if (e.iapi != null) {
                e.iapi.complete(answer(e));
            }
        } catch (RuntimeException ex) {
            // never lose the ring: the input stays unprocessed in the journal and is replayed on restart
            LOG.error("input {} failed in the pipeline: {}", e.index, ex.toString());
            meters.counter("paxgate.inputs.failed").increment();
            if (!e.duplicate && e.key != null) {
                inFlight.remove(e.key); // a retransmission gets its own try
            }
            if (e.iapi != null) {
                e.iapi.completeExceptionally(ex);
            }
            if (e.rescreened != null) {
                e.rescreened.completeExceptionally(ex);
            }
        } finally {
            e.clear();
        }
    }

    /** The CUSRES: a decision per traveller of the request. */
    private IapiAnswer answer(Event e) {
        PaxlstMessage request = null;
        for (DecodedMessage m : e.decoded.messages()) {
            if (m instanceof PaxlstMessage p && !p.travellers.isEmpty()) {
                request = p;
                break;
            }
        }
        List<TravellerDecision> decisions = new ArrayList<>();
        for (Screening s : e.screenings) {
            if (request != null && request.travellers.contains(s.traveller())) {
                decisions.add(new TravellerDecision(s.traveller(), boarding(s)));
            }
        }
        Interchange received = e.decoded.interchanges().get(0);
        EnvelopeIds ids = EnvelopeIds.replyTo(received, ContrlEncoder.DEFAULT_SENDER_ID,
                String.valueOf(answerReference.incrementAndGet()));
        return new IapiAnswer(cusres.encodeBytes(request, decisions, ids, "1"), false, null);
    }

    /**
     * Do not board only from the do-not-board threshold; a referral lets the traveller board (the
     * arrival post is alerted and looks at them); a traveller without any travel document cannot be
     * checked and gets "insufficient data".
     */
    static BoardingDecision boarding(Screening s) {
        if (s.assessment().decision() == Decision.DO_NOT_BOARD) {
            return BoardingDecision.DO_NOT_BOARD;
        }
        Traveller t = s.traveller();
        if (t.documents == null || t.documents.isEmpty()) {
            return BoardingDecision.INSUFFICIENT_DATA;
        }
        return BoardingDecision.OK_TO_BOARD;
    }

    /** Drains the ring (everything already accepted is processed) and stops its threads. */
    @Override
    public void close() {
        started = false;
        interactive.shutdown();
        try {
            interactive.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            disruptor.shutdown(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("the pipeline did not drain within 30 s; unprocessed inputs stay in the journal for replay");
            disruptor.halt();
        }
    }
}
