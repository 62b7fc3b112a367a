package io.paxgate.engine.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.synth.PlantedRecall;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * One open-loop load run against a running engine: batch inputs at {@code rate} per second and iAPI
 * requests at {@code iapiRate}, each due at its place in a fixed schedule and sent at that time by
 * the event loop that holds its connections; every latency counts from the intended time. The first {@code warmup} of the
 * schedule is sent but not measured. Ends at warm-up + duration + drain at the latest, whatever the
 * engine does.
 */
public final class LoadRun {
    /**
     * @param tcpPort  0: no TCP; else every {@code tcpEvery}-th interchange goes over TCP
     */
    public record Options(String host, int port, String tcpHost, int tcpPort, int tcpEvery, double rate, double iapiRate,
                          long warmupNanos, long durationNanos, int connections, int iapiConnections, long timeoutNanos,
                          long drainNanos) {
    }

    private final Options o;
    private final LoadInput input;
    private final PrintWriter out;
    private String sendAuthorization;
    private String watchAuthorization;
    private final Latency ack = new Latency("ack");
    private final Latency tcpAck = new Latency("tcp ack");
    private final Latency iapi = new Latency("iapi");
    private final Latency alert = new Latency("alert");
    /** Batch sends: from the intended time to the send starting here (the load generator's own lateness). */
    private final Latency sendStarted = new Latency("started");
    /** Batch sends: from the intended time to the request's last byte written (lateness, a free connection, the write). */
    private final Latency written = new Latency("written");
    /** Ack and alert latency by input shape ({@link InterchangeTemplate#shape}), HTTP sends only. */
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    private static final class Shape {
        /** From the intended send time to the request's last byte handed to the socket. */
        final Latency written = new Latency("written");
        final Latency ack = new Latency("ack");
        final Latency alert = new Latency("alert");
        final LongAdder sent = new LongAdder();
        final LongAdder travellers = new LongAdder();
    }
    private final LongAdder sent = new LongAdder();
    private final LongAdder warmupSent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder travellers = new LongAdder();
    private final LongAdder tcpSent = new LongAdder();
    private final LongAdder tcpAcked = new LongAdder();
    private final LongAdder iapiSent = new LongAdder();
    private final LongAdder iapiAnswered = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final String nonce;
    /** References handed out (the batch and iAPI loops both take them). */
    private final AtomicLong seq = new AtomicLong();
    private volatile long measureFrom;
    private AlertFollower alerts;
    private volatile EngineHistogram engineBefore;

    public LoadRun(Options o, LoadInput input, PrintWriter out) {
        this.o = o;
        this.input = input;
        this.out = out;
        // references unique to this run: six base-36 digits of the second it started, then a counter
        String n = Long.toString(System.currentTimeMillis() / 1000 % 2_176_782_336L, 36).toUpperCase(Locale.ROOT);
        this.nonce = "0".repeat(6 - n.length()) + n;
    }

    /**
     * Credentials for an engine with security on: {@code send} on every batch and iAPI request (an
     * airline's {@code ApiKey ...}), {@code watch} on the alert stream and {@code /metrics} (a
     * supervisor's {@code Bearer ...}). Null: none.
     */
    public LoadRun authorize(String send, String watch) {
        this.sendAuthorization = send;
        this.watchAuthorization = watch;
        return this;
    }

    /** Runs the load and returns the report (also what {@code --json} writes). */
    public ObjectNode run() throws IOException, InterruptedException {
        String base = "http://" + o.host() + ":" + o.port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        check(http, base);
        List<LoadInput.Item> iapiItems = input.iapi();
        if (o.iapiRate() > 0 && iapiItems.isEmpty()) {
            throw new IllegalArgumentException("--iapi-rate needs iAPI requests: INPUT has no iapi/ files");
        }
        // one loop for every batch connection and the TCP sender: it also sends on schedule (see below)
        EventLoopGroup group = Transport.group(1, "loadgen-io");
        EventLoop batchLoop = group.next();
        // Check-ins get an event loop of their own, which also sends them on schedule: a 500 KB manifest
        // being written or an answer being read on a batch connection never delays an iAPI request, and
        // no thread hand-off sits between a request's send time and its send.
        EventLoopGroup iapiGroup = o.iapiRate() > 0 ? Transport.group(1, "loadgen-iapi") : null;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loadgen-progress");
            t.setDaemon(true);
            return t;
        });
        HttpPool batch = new HttpPool(group, o.host(), o.port(), o.connections(), o.timeoutNanos(), sendAuthorization);
        HttpPool iapiPool = o.iapiRate() > 0
                ? new HttpPool(iapiGroup, o.host(), o.port(), o.iapiConnections(), o.timeoutNanos(), sendAuthorization) : null;
        TcpSender tcp = null;
        long started = System.nanoTime();
        long end;
        try {
            alerts = new AlertFollower(o.host(), o.port(), alert, input.recall(), watchAuthorization);
            if (o.tcpPort() > 0) {
                tcp = new TcpSender(group, o.tcpHost(), o.tcpPort(), new TcpSender.Acks() {
                    @Override
                    public void acknowledged(long intended, long now) {
                        if (intended >= measureFrom) {
                            tcpAcked.increment();
                            tcpAck.record(now - intended);
                        }
                    }

                    @Override
                    public void failed(String kind, long now) {
                        error("tcp " + kind); // warm-up sends too: the TCP stream does not say which failed
                    }
                });
            }
            long total = o.warmupNanos() + o.durationNanos();
            long sends = new Schedule(0, o.rate(), total).count(); // the batch schedule's, before its start is known
            long t0 = System.nanoTime();
            int passes = input.prepare(sends);
            out.printf(Locale.ROOT, "loadgen: %d pass(es) of input ready for %,d sends in %.1f s%n", passes, sends,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            engineBefore = engineHistogram(http, base);
            Thread.sleep(200); // connections up before the first send is due
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            measureFrom = start + o.warmupNanos();
            Schedule batchSchedule = new Schedule(start, o.rate(), total);
            Schedule iapiSchedule = o.iapiRate() > 0 ? new Schedule(start, o.iapiRate(), total) : null;
            long[] lastTick = {start};
            ticker.scheduleAtFixedRate(() -> progress(batch, lastTick), 1, 1, TimeUnit.SECONDS);
            // the engine's histogram again as the measured part begins: its figures are of that part only
            ticker.schedule(() -> {
                engineBefore = engineHistogram(http, base);
            }, measureFrom - System.nanoTime(), TimeUnit.NANOSECONDS);

            PassCursor batchInputs = new PassCursor(input);
            CompletableFuture<Void> iapiDone = iapiSchedule == null ? CompletableFuture.completedFuture(null)
                    : sendOnSchedule(iapiGroup.next(), iapiSchedule, i -> {
                        LoadInput.Item item = iapiItems.get((int) (i % iapiItems.size()));
                        long ti = iapiSchedule.intended(i);
                        if (ti >= measureFrom) {
                            iapiSent.increment();
                        }
                        iapiPool.submit(new HttpPool.Request("/v1/iapi", item.template().withReference(nextReference()),
                                iapiCallback(ti)));
                    });
            // Batch sends are made on the event loop that holds every batch connection, from its own
            // timer: no hand-off between a scheduler thread and the loop, so one wake-up per send (on
            // two shared cores each wake-up may wait for a core, and that wait counts as latency).
            long[] edifact = {0};
            TcpSender tcpOut = tcp;
            CompletableFuture<Void> batchDone = sendOnSchedule(batchLoop, batchSchedule, b -> {
                long tb = batchSchedule.intended(b);
                if (tb >= measureFrom) {
                    sendStarted.record(System.nanoTime() - tb);
                }
                LoadInput.Item item = batchInputs.next();
                byte[] bytes = item.template().withReference(nextReference());
                if (tcpOut != null && item.edifact() && ++edifact[0] % o.tcpEvery() == 0) {
                    count(tb, tcpSent);
                    tcpOut.send(bytes, tb);
                } else {
                    count(tb, sent);
                    Shape shape = shapes.computeIfAbsent(item.template().shape(), k -> new Shape());
                    if (tb >= measureFrom) {
                        shape.sent.increment();
                    }
                    batch.submit(new HttpPool.Request("/v1/messages", bytes, batchCallback(tb, shape)));
                }
            });
            batchDone.join();
            iapiDone.join();
            end = System.nanoTime();
            // drain: answers still due, then alerts until the stream is quiet for a second
            long deadline = end + o.drainNanos();
            while (System.nanoTime() < deadline && (batch.outstanding() > 0
                    || (iapiPool != null && iapiPool.outstanding() > 0) || (tcp != null && tcp.outstanding() > 0))) {
                Thread.sleep(20);
            }
            while (System.nanoTime() < deadline && System.nanoTime() - alerts.lastAt() < TimeUnit.SECONDS.toNanos(1)) {
                Thread.sleep(50);
            }
            batch.abandon("unanswered");
            if (iapiPool != null) {
                iapiPool.abandon("unanswered");
            }
            if (tcp != null) {
                tcp.abandon("unanswered");
            }
        } finally {
            ticker.shutdownNow();
            batch.close();
            if (iapiPool != null) {
                iapiPool.close();
            }
            if (tcp != null) {
                tcp.close();
            }
            if (alerts != null) {
                alerts.close();
            }
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            if (iapiGroup != null) {
                iapiGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            }
        }
        EngineHistogram after = engineHistogram(http, base);
        return report(after.since(engineBefore == null ? new EngineHistogram() : engineBefore).json(), (end - started) / 1e9);
    }

    /**
     * Runs {@code send} for each entry of {@code schedule} at its intended time, on {@code loop}'s
     * own timer; completes after the last.
     */
    private static CompletableFuture<Void> sendOnSchedule(EventLoop loop, Schedule schedule, LongConsumer send) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long n = schedule.count();
        Runnable step = new Runnable() {
            long next;

            @Override
            public void run() {
                try {
                    for (long now = System.nanoTime(); next < n && schedule.intended(next) <= now; next++) {
                        send.accept(next);
                    }
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                    return;
                }
                if (next < n) {
                    loop.schedule(this, schedule.intended(next) - System.nanoTime(), TimeUnit.NANOSECONDS);
                } else {
                    done.complete(null);
                }
            }
        };
        loop.execute(step);
        return done;
    }

    private void count(long intended, LongAdder measured) {
        if (intended >= measureFrom) {
            measured.increment();
        } else {
            warmupSent.increment();
        }
    }

    private String nextReference() {
        return nonce + Long.toString(seq.getAndIncrement(), 36).toUpperCase(Locale.ROOT);
    }

    private HttpPool.Callback batchCallback(long intended, Shape shape) {
        boolean measured = intended >= measureFrom;
        return new HttpPool.Callback() {
            @Override
            public void answered(int status, String body, long now) {
                String id = null;
                if (status == 202 || status == 400) {
                    try {
                        JsonNode n = Json.MAPPER.readTree(body);
                        id = n.path("id").asText(null);
                        if (measured && status == 202) {
                            messages.add(n.path("messages").asLong());
                            travellers.add(n.path("travellers").asLong());
                            shape.travellers.add(n.path("travellers").asLong());
                        }
                    } catch (IOException e) {
                        id = null;
                    }
                }
                if (id != null) {
                    alerts.acknowledged(id, intended, measured, shape.alert);
                }
                if (!measured) {
                    return;
                }
                if (status == 202) {
                    accepted.increment();
                    ack.record(now - intended);
                    shape.ack.record(now - intended);
                } else {
                    error("http " + status);
                }
            }

            @Override
            public void failed(String kind, long now) {
                if (measured) {
                    error(kind);
                }
            }

            @Override
            public void written(long now) {
                if (measured) {
                    written.record(now - intended);
                    shape.written.record(now - intended);
                }
            }
        };
    }

    private HttpPool.Callback iapiCallback(long intended) {
        boolean measured = intended >= measureFrom;
        return new HttpPool.Callback() {
            @Override
            public void answered(int status, String body, long now) {
                if (!measured) {
                    return;
                }
                if (status == 200) {
                    iapiAnswered.increment();
                    iapi.record(now - intended);
                } else {
                    error("iapi http " + status);
                }
            }

            @Override
            public void failed(String kind, long now) {
                if (measured) {
                    error("iapi " + kind);
                }
            }
        };
    }

    private void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private void progress(HttpPool batch, long[] lastTick) {
        long now = System.nanoTime();
        Histogram a = ack.interval();
        Histogram al = alert.interval();
        Histogram ia = iapi.interval();
        tcpAck.interval();
        double secs = (now - lastTick[0]) / 1e9;
        lastTick[0] = now;
        long errs = errors.values().stream().mapToLong(LongAdder::sum).sum();
        String phase = now < measureFrom ? "warm-up " : "";
        synchronized (out) {
            out.printf(Locale.ROOT, "%s%6.0f acks/s  ack p99 %7.2f ms  alert p99 %7.2f ms  %s queued %d  errors %d%n",
                    phase, a.getTotalCount() / secs, Latency.ms(a.getValueAtPercentile(99)),
                    Latency.ms(al.getValueAtPercentile(99)),
                    ia.getTotalCount() > 0 ? String.format(Locale.ROOT, "iapi p99 %6.2f ms ", Latency.ms(ia.getValueAtPercentile(99))) : "",
                    batch.waiting(), errs);
            out.flush();
        }
    }

    private void check(HttpClient http, String base) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalArgumentException("the engine at " + base + " answered /health with " + r.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("no engine at " + base + " (start one with ./paxgate serve): " + e);
        }
    }

    /**
     * The engine's own receipt-to-alert histogram from {@code /metrics}; empty when it cannot be read
     * (with security on, {@code /metrics} is for analysts and admins: a supervisor's session gets 403).
     */
    private EngineHistogram engineHistogram(HttpClient http, String base) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/metrics")).timeout(Duration.ofSeconds(5));
            if (watchAuthorization != null) {
                b.header("Authorization", watchAuthorization);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? EngineHistogram.parse(r.body()) : new EngineHistogram();
        } catch (IOException | RuntimeException e) {
            return new EngineHistogram();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EngineHistogram();
        }
    }

    private ObjectNode report(ObjectNode engine, double elapsed) {
        double secs = o.durationNanos() / 1e9;
        ObjectNode r = Json.MAPPER.createObjectNode();
        ObjectNode cfg = r.putObject("options");
        cfg.put("target", "http://" + o.host() + ":" + o.port());
        cfg.put("tcp", o.tcpPort() > 0 ? o.tcpHost() + ":" + o.tcpPort() : null);
        cfg.put("rate", o.rate());
        cfg.put("iapi_rate", o.iapiRate());
        cfg.put("warmup_s", o.warmupNanos() / 1e9);
        cfg.put("duration_s", secs);
        cfg.put("connections", o.connections());
        cfg.put("input", input.describe());
        r.put("elapsed_s", Latency.round(elapsed));
        ObjectNode counts = r.putObject("counts");
        counts.put("warmup_sent", warmupSent.sum());
        counts.put("http_sent", sent.sum());
        counts.put("http_accepted", accepted.sum());
        counts.put("messages", messages.sum());
        counts.put("travellers", travellers.sum());
        counts.put("tcp_sent", tcpSent.sum());
        counts.put("tcp_acknowledged", tcpAcked.sum());
        counts.put("iapi_sent", iapiSent.sum());
        counts.put("iapi_answered", iapiAnswered.sum());
        counts.put("alerts_seen", alerts.seen());
        counts.put("alerts_timed", alert.total().getTotalCount());
        counts.put("alerts_of_warmup", alerts.warmup());
        counts.put("alerts_untimed", alerts.untimed());
        ObjectNode tp = r.putObject("throughput");
        tp.put("offered_per_s", o.rate());
        tp.put("accepted_per_s", Latency.round((accepted.sum() + tcpAcked.sum()) / secs));
        tp.put("messages_per_s", Latency.round(messages.sum() / secs));
        tp.put("travellers_per_s", Latency.round(travellers.sum() / secs));
        tp.put("iapi_per_s", Latency.round(iapiAnswered.sum() / secs));
        r.set("started", Latency.json(sendStarted.total()));
        r.set("written", Latency.json(written.total()));
        r.set("ack", Latency.json(ack.total()));
        r.set("tcp_ack", Latency.json(tcpAck.total()));
        r.set("receipt_to_alert", Latency.json(alert.total()));
        r.set("iapi", Latency.json(iapi.total()));
        ObjectNode byShape = r.putObject("by_shape");
        new TreeMap<>(shapes).forEach((k, v) -> {
            ObjectNode n = byShape.putObject(k);
            n.put("http_sent", v.sent.sum());
            n.put("travellers", v.travellers.sum());
            n.set("written", Latency.json(v.written.total()));
            n.set("ack", Latency.json(v.ack.total()));
            n.set("receipt_to_alert", Latency.json(v.alert.total()));
        });
        ObjectNode errs = r.putObject("errors");
        new TreeMap<>(errors).forEach((k, v) -> errs.put(k, v.sum()));
        r.set("engine_receipt_to_alert", engine);
        PlantedRecall recall = input.recall();
        if (recall != null) {
            ObjectNode p = r.putObject("planted");
            p.put("planted", recall.planted());
            p.put("alerted", recall.found());
            p.put("recall", Latency.round(recall.recall()));
            var missed = p.putArray("missed");
            recall.missed().forEach(e -> missed.add(PlantedRecall.masked(e)));
        }
        return r;
    }

    /** Timed alerts from which the p99 rests on ten of them or more. */
    static final long FIRM_P99 = 1_000;

    /** How many of {@code count} values are at or above the p99 (HdrHistogram's value at rank ceil(0.99 x count)). */
    static long atOrAbove99(long count) {
        return count - (long) Math.ceil(0.99 * count) + 1;
    }

    /** One row of the latency table: {@code label}, then {@link Latency#json}'s count and milliseconds. */
    private static void latencyRow(StringBuilder sb, String label, JsonNode h) {
        sb.append(String.format(Locale.ROOT, "  %-34s %9d %9.2f %9.2f %9.2f %9.2f%n", label, h.path("count").asLong(),
                h.path("p50_ms").asDouble(), h.path("p99_ms").asDouble(), h.path("p99_9_ms").asDouble(),
                h.path("max_ms").asDouble()));
    }

    /** The report as a table for people. */
    public static String text(ObjectNode r) {
        StringBuilder sb = new StringBuilder();
        JsonNode c = r.path("counts");
        JsonNode t = r.path("throughput");
        sb.append(String.format(Locale.ROOT, "Input: %s%n", r.path("options").path("input").asText()));
        sb.append(String.format(Locale.ROOT, "Measured %.0f s after %.0f s warm-up (%d sends); offered %.0f inputs/s%n",
                r.path("options").path("duration_s").asDouble(), r.path("options").path("warmup_s").asDouble(),
                c.path("warmup_sent").asLong(), t.path("offered_per_s").asDouble()));
        sb.append(String.format(Locale.ROOT, "Throughput: %.1f inputs/s acknowledged, %.1f messages/s, %.0f travellers/s"
                        + " (HTTP 202 counts), %.1f iAPI answers/s%n", t.path("accepted_per_s").asDouble(),
                t.path("messages_per_s").asDouble(), t.path("travellers_per_s").asDouble(), t.path("iapi_per_s").asDouble()));
        sb.append(String.format(Locale.ROOT, "Sent: HTTP %d (202: %d), TCP %d (CONTRL: %d), iAPI %d (answered: %d)%n",
                c.path("http_sent").asLong(), c.path("http_accepted").asLong(), c.path("tcp_sent").asLong(),
                c.path("tcp_acknowledged").asLong(), c.path("iapi_sent").asLong(), c.path("iapi_answered").asLong()));
        sb.append(String.format(Locale.ROOT, "Alerts: %d seen, %d timed, %d of warm-up inputs, %d untimed (TCP inputs or not this run's)%n",
                c.path("alerts_seen").asLong(), c.path("alerts_timed").asLong(), c.path("alerts_of_warmup").asLong(),
                c.path("alerts_untimed").asLong()));
        sb.append(String.format(Locale.ROOT, "  %-34s %9s %9s %9s %9s %9s%n", "latency from intended send (ms)", "count", "p50",
                "p99", "p99.9", "max"));
        for (String[] row : new String[][] {{"started", "batch send started"}, {"written", "HTTP request written"}, {"ack", "HTTP 202"}, {"tcp_ack", "TCP CONTRL"},
                {"receipt_to_alert", "receipt-to-alert (SSE)"}, {"iapi", "iAPI round trip"}}) {
            JsonNode h = r.path(row[0]);
            if (h.path("count").asLong() == 0) {
                sb.append(String.format(Locale.ROOT, "  %-34s %9s%n", row[1], "none"));
            } else {
                latencyRow(sb, row[1], h);
            }
        }
        r.path("by_shape").fields().forEachRemaining(en -> {
            JsonNode v = en.getValue();
            latencyRow(sb, "  " + en.getKey() + " written", v.path("written"));
            latencyRow(sb, "  " + en.getKey() + " ack (" + v.path("http_sent").asLong() + " sent)", v.path("ack"));
            if (v.path("receipt_to_alert").path("count").asLong() > 0) {
                latencyRow(sb, "  " + en.getKey() + " alert", v.path("receipt_to_alert"));
            }
        });
        JsonNode e = r.path("engine_receipt_to_alert");
        sb.append(String.format(Locale.ROOT, "  %-34s %9s %9s %9s %9s %9s%n", "engine's own, at most (/metrics)",
                e.path("count").asText("-"), e.path("p50_ms_at_most").asText("-"), e.path("p99_ms_at_most").asText("-"),
                e.path("p99_9_ms_at_most").asText("-"), e.path("recent_max_ms").asText("-")));
        sb.append("  (the engine's from receipt to alert stored, its buckets' upper bounds; max: its recent window)\n");
        long alerts = r.path("receipt_to_alert").path("count").asLong();
        if (alerts > 0 && alerts < FIRM_P99) {
            sb.append(String.format(Locale.ROOT, "  (receipt-to-alert p99 rests on the %d slowest of %d alerts: a longer --duration, with"
                    + " %,d alerts or more, gives a firmer p99)%n", atOrAbove99(alerts), alerts, FIRM_P99));
        }
        sb.append("Errors: ").append(r.path("errors").isEmpty() ? "none" : r.path("errors").toString()).append('\n');
        JsonNode p = r.path("planted");
        if (!p.isMissingNode()) {
            sb.append(String.format(Locale.ROOT, "Planted travellers alerted (by what was expected): %d of %d (recall %.3f)%s%n",
                    p.path("alerted").asInt(), p.path("planted").asInt(), p.path("recall").asDouble(),
                    p.path("missed").isEmpty() ? "" : "; missed: " + p.path("missed")));
        }
        return sb.toString();
    }
}
