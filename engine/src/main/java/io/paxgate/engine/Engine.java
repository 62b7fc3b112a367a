package io.paxgate.engine;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.paxgate.engine.alerts.AlertApi;
import io.paxgate.engine.alerts.AlertRouter;
import io.paxgate.engine.alerts.AlertStore;
import io.paxgate.engine.alerts.WebhookOutbox;
import io.paxgate.engine.analysis.RuleApi;
import io.paxgate.engine.analysis.RuleChangeLog;
import io.paxgate.engine.analysis.RuleSwitches;
import io.paxgate.engine.console.ConsoleRoutes;
import io.paxgate.engine.audit.AuditLog;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.FileWatcher;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.journal.LaneJournal;
import io.paxgate.engine.journal.Journal;
import io.paxgate.engine.journal.JournalOptions;
import io.paxgate.engine.pipeline.FlightBoard;
import io.paxgate.engine.pipeline.Pipeline;
import io.paxgate.engine.privacy.PrivacyConfig;
import io.paxgate.engine.privacy.RetentionJob;
import io.paxgate.engine.privacy.SealedStore;
import io.paxgate.engine.screening.ListEntryApi;
import io.paxgate.engine.screening.ScreeningSetup;
import io.paxgate.engine.ingest.Intake;
import io.paxgate.engine.ingest.SenderCheck;
import io.paxgate.engine.os.LatencySlice;
import io.paxgate.engine.security.Access;
import io.paxgate.engine.security.Principal;
import io.paxgate.engine.security.Role;
import io.paxgate.engine.security.Security;
import io.paxgate.engine.security.UserStore;
import io.paxgate.engine.server.HttpServer;
import io.paxgate.engine.server.Request;
import io.paxgate.engine.server.RouteInfo;
import io.paxgate.engine.server.SessionRoutes;
import io.paxgate.engine.server.StreamHandler;
import io.paxgate.engine.server.TcpGate;
import io.paxgate.engine.server.HttpServerConfiguration;
import io.paxgate.engine.server.IngestRoutes;
import io.paxgate.engine.server.Response;
import io.paxgate.engine.server.TcpEdifactServer;
import io.paxgate.engine.server.TcpServerConfiguration;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.rules.targeting.RuleLoadException;
import io.netty.handler.codec.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running system, assembled from config: screening core, journal, pipeline, alert store and
 * webhook outbox, HTTP and TCP servers. {@link #start} returns once both ports accept traffic
 * (after the journal's unprocessed inputs are replayed); {@link #close} stops taking traffic,
 * drains the ring and closes the stores in order.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private ScreeningSetup screening;
    private Journal journal;
    private AlertStore alerts;
    private Pipeline pipeline;
    private HttpServer http;
    private TcpEdifactServer tcp;
    private Security security;
    private int replayed;
    /** Where run-time rule switches are recorded besides the audit log (a log line by default). */
    private final RuleChangeLog ruleChanges;
    private PrivacyConfig privacy;
    private AuditLog audit;
    private RetentionJob retention;

    /** The file, beside the journal directory under data/rules/, holding rules switched at run time. */
    public static final String RULE_SWITCHES_FILE = "enabled.json";
    /** Batch inputs waiting for the intake thread before HTTP answers 503 (and four bodies' worth of bytes). */
    static final int INTAKE_MAX_INPUTS = 1024;

    private Engine(RuleChangeLog ruleChanges) {
        this.ruleChanges = ruleChanges;
    }

    public static Engine start(PaxgateConfig screeningConfig, EngineConfig config, Clock clock)
            throws IOException, RuleLoadException, InterruptedException {
        return start(screeningConfig, config, clock, RuleChangeLog.LOGGED);
    }

    /** As {@link #start(PaxgateConfig, EngineConfig, Clock)}, recording rule switches in {@code ruleChanges}. */
    public static Engine start(PaxgateConfig screeningConfig, EngineConfig config, Clock clock, RuleChangeLog ruleChanges)
            throws IOException, RuleLoadException, InterruptedException {
        Engine e = new Engine(ruleChanges);
        try {
            e.open(screeningConfig, config, clock);
            return e;
        } catch (IOException | RuleLoadException | InterruptedException | RuntimeException ex) {
            e.close();
            throw ex;
        }
    }

    private void open(PaxgateConfig screeningConfig, EngineConfig config, Clock clock)
            throws IOException, RuleLoadException, InterruptedException {
        privacy = PrivacyConfig.load(screeningConfig.file());
        audit = keep(AuditLog.open(config.auditDir(), clock));
        screening = keep(new ScreeningSetup(screeningConfig, clock));
        // rules an analyst switched on or off at run time, over what the rule files say
        RuleChangeLog audited = (actor, rule, what) -> {
            audit.record(actor, "rule_change", rule, what);
            ruleChanges.ruleChanged(actor, rule, what);
        };
        RuleSwitches switches = screening.rules() == null ? null : new RuleSwitches(
                config.journalDir().resolveSibling("rules").resolve(RULE_SWITCHES_FILE), screening.rules(), audited);
        // The journal keeps inputs as received (raw bytes, not maskable in place): whole days past the
        // depersonalisation period go, before the journal opens them (no tailer on them). What is kept
        // longer, to the retention period, are the alerts, masked.
        LocalDate expired = journalExpiry(clock);
        erasedJournalDays(LaneJournal.deleteCyclesBefore(config.journalDir(), expired), expired);
        journal = keep(LaneJournal.open(config.journalDir(), new JournalOptions(
                "group".equals(config.journalSync()) ? JournalOptions.SyncPolicy.GROUP : JournalOptions.SyncPolicy.NONE,
                Math.max(config.maxBodyBytes(), config.maxInterchangeBytes()))));
        alerts = keep(AlertStore.open(config.alertsDir()));
        AlertRouter router = new AlertRouter(config.posts());
        FlightBoard board = keep(FlightBoard.open(config.boardDir(), config.boardCapacity()));
        // before the pipeline's, intake's and servers' threads start: they ask for it as they do
        LatencySlice.configure(config.latencySliceNanos());
        LatencySlice.describe();
        pipeline = keep(new Pipeline(journal, () -> new InputDecoder(screeningConfig.parserLimits(), clock), screening::screener,
                alerts, router, config.pipeline(), meters, clock, board,
                audit));
        replayed = pipeline.start();
        if (pipeline.flightsOnBoard() > 0) {
            // lists or rules may have changed while the engine was down: the flights still expected
            // are screened with what is in force now (only new hits alert)
            pipeline.rescreen();
        }
        // batch inputs over HTTP are decoded and journaled off the event loop (closed before the pipeline)
        Intake intake = keep(Intake.thread(INTAKE_MAX_INPUTS, 4L * config.maxBodyBytes()));
        meters.gauge("paxgate.intake.waiting", intake, Intake::waiting);
        WebhookOutbox outbox = keep(new WebhookOutbox(alerts, config.posts(), config.alertsDir().resolve("webhooks"),
                Duration.ofSeconds(60), audit));
        SealedStore sealed = new SealedStore(config.alertsDir());
        retention = new RetentionJob(alerts, sealed, audit, privacy);
        keep(scheduleRetention(clock));
        meters.gauge("paxgate.outbox.backlog", outbox, o -> o.backlog().values().stream().mapToLong(Long::longValue).sum());
        meters.gauge("paxgate.board.flights", pipeline, Pipeline::flightsOnBoard);
        io.micrometer.core.instrument.Gauge.builder("paxgate.store.fill", board, FlightBoard::fill).tag("store", "board")
                .description("entries over the capacity the map was sized for (board.expected_entries)").register(meters);
        meters.more().counter("paxgate.board.overflowed", List.of(), board, FlightBoard::overflowed);
        // store fill: a document list nearing the capacity its map file was sized for must be seen before a reload fails
        if (screening.documents() != null) {
            for (var spec : screeningConfig.watchlists().documents()) {
                io.micrometer.core.instrument.Gauge.builder("paxgate.store.fill", screening,
                                s -> s.documents().get(spec.name()) == null ? 0
                                        : (double) s.documents().get(spec.name()).size() / spec.expectedEntries())
                        .tag("store", "documents:" + spec.name())
                        .description("entries over the capacity the map was sized for (expected_entries)")
                        .register(meters);
            }
        }

        AlertApi api = new AlertApi(alerts, clock, audit, sealed);
        ListEntryApi entries = new ListEntryApi(screening);
        RuleApi rulesApi = new RuleApi(screening, switches,
                screeningConfig.watchlists().documents().stream().map(d -> d.name()).toList(), alerts, journal,
                () -> new InputDecoder(screeningConfig.parserLimits(), clock), clock);
        HttpServerConfiguration hc = HttpServerConfiguration.defaults();
        hc = new HttpServerConfiguration(config.httpHost(), config.httpPort(), config.ioThreads().http(), config.maxBodyBytes(),
                hc.idleTimeout(), hc.sseKeepAlive(), hc.sseStallTimeout(), hc.sseMaxBufferedBytes());
        http = keep(new HttpServer(hc));
        if (config.security().enabled()) {
            security = new Security(config.security(), UserStore.open(config.security().dir()), clock, audit::record);
            http.authenticator(security::authenticate);
            SessionRoutes.install(http, security, java.util.concurrent.ForkJoinPool.commonPool());
        } else {
            LOG.warn("security.enabled is false: every HTTP route is open and airlines' carriers are not checked");
        }
        if (config.httpTls() != null) {
            http.tls(config.httpTls().serverContext());
        }
        IngestRoutes.install(http, pipeline, meters::scrape, security == null ? p -> SenderCheck.NONE : security::senderCheck,
                intake);
        ConsoleRoutes.install(http);
        Access watch = Access.roles(Role.OFFICER, Role.SUPERVISOR);
        Access analysts = Access.roles(Role.ANALYST, Role.ADMIN);
        http.route(HttpMethod.GET, "/v1/alerts", watch, req -> {
                    Response refused = postRefusal(req, req.query("post"));
                    return refused != null ? done(refused)
                            : answer(api.list(req.queryParams(), req.actor(), officerPosts(req)));
                })
                .route(HttpMethod.POST, "/v1/alerts/{id}/unmask", Access.roles(Role.SUPERVISOR),
                        req -> answer(api.unmask(req.pathParam("id"), req.body(), req.actor())))
                .route(HttpMethod.POST, "/v1/alerts/{id}/ack", watch, req -> {
                    Response refused = alertRefusal(req);
                    return refused != null ? done(refused) : answer(api.acknowledge(req.pathParam("id")));
                })
                .route(HttpMethod.POST, "/v1/alerts/{id}/disposition", watch, req -> {
                    Response refused = alertRefusal(req);
                    return refused != null ? done(refused) : answer(api.dispose(req.pathParam("id"), req.body(), req.actor()));
                })
                .route(HttpMethod.GET, "/v1/dispositions", Access.roles(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR),
                        req -> answer(api.dispositions()))
                // off the event loop: the first look-up in a new list version builds its id map
                .route(HttpMethod.GET, "/v1/lists/{list}/entries/{id}", Access.roles(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR),
                        req -> CompletableFuture.supplyAsync(() -> {
                            // a listed person is personal data too: who looked them up is recorded
                            audit.record(req.actor(), "consult", "list entry " + req.pathParam("list") + "/" + req.pathParam("id"),
                                    "alert detail");
                            return reply(entries.entry(req.pathParam("list"), req.pathParam("id")));
                        }))
                .route(HttpMethod.GET, "/v1/posts", Access.authenticated(), req -> CompletableFuture.completedFuture(Response.json(200,
                        java.util.Map.of("posts", config.posts().stream()
                                .map(p -> java.util.Map.of("id", p.id(), "name", p.name(), "airports", p.airports())).toList()))))
                .route(HttpMethod.GET, "/v1/rules", analysts, req -> answer(rulesApi.list()))
                .route(HttpMethod.POST, "/v1/rules/{id}/enable", analysts,
                        req -> CompletableFuture.supplyAsync(() -> switchRule(rulesApi, req, true)))
                .route(HttpMethod.POST, "/v1/rules/{id}/disable", analysts,
                        req -> CompletableFuture.supplyAsync(() -> switchRule(rulesApi, req, false)))
                .route(HttpMethod.POST, "/v1/backtest", analysts,
                        req -> CompletableFuture.supplyAsync(() -> reply(rulesApi.backtest(req.body()))))
                .route(HttpMethod.POST, "/v1/admin/reload", analysts,
                        req -> CompletableFuture.supplyAsync(() -> reload(screeningConfig)))
                .stream("/v1/alerts/stream", watch, StreamHandler.checked(req -> postRefusal(req, req.query("post")),
                        (req, events) -> {
                            // a browser's EventSource sends Last-Event-ID itself only when it reconnects: the
                            // console gives the last alert it loaded as last_event_id on the first connect
                            String last = req.header("Last-Event-ID") != null ? req.header("Last-Event-ID")
                                    : req.query("last_event_id");
                            Runnable stop = api.follow(req.query("post"), officerPosts(req), last,
                                    (id, event, data) -> events.send(id, event, data), req.actor());
                            events.onClose(stop);
                        }));
        http.start();
        if (config.watchFiles()) {
            Set<Path> files = new HashSet<>();
            screeningConfig.watchlists().lists().forEach(l -> files.add(l.path()));
            screeningConfig.watchlists().documents().forEach(d -> files.add(d.path()));
            Set<Path> dirs = Files.isDirectory(screeningConfig.rulesDirectory()) ? Set.of(screeningConfig.rulesDirectory()) : Set.of();
            keep(new FileWatcher(files, dirs, Duration.ofMillis(500), () -> reload(screeningConfig)));
        }
        TcpServerConfiguration tc = TcpServerConfiguration.defaults();
        tc = new TcpServerConfiguration(config.tcpHost(), config.tcpPort(), config.ioThreads().tcp(), config.maxInterchangeBytes(),
                Duration.ofSeconds(config.idleTimeoutSeconds()), tc.maxInFlight(), tc.resumePoll());
        tcp = keep(new TcpEdifactServer(tc, pipeline));
        if (config.tcpTls() != null) {
            tcp.tls(config.tcpTls().serverContext());
        }
        if (security != null) {
            tcp.gate(tcpGate(security, config));
            if (config.tcpTls() == null && !config.security().plainTcp()) {
                LOG.warn("EDIFACT over TCP takes no connection: security.plain_tcp is refuse and server.tcp.tls is not set");
            }
        }
        tcp.start();
        LOG.info("Paxgate engine up: HTTP {}:{}, EDIFACT over TCP {}:{}, {} post(s), {} input(s) replayed",
                config.httpHost(), http.port(), config.tcpHost(), tcp.port(), config.posts().size(), replayed);
    }

    /** Lists and rules from their files again, then the travellers of flights not yet arrived screened again. */
    private Response reload(PaxgateConfig screeningConfig) {
        List<String> report = screening.reload(screeningConfig);
        audit.record("system", "list_change", "watchlists", "reload: " + report);
        audit.record("system", "rule_change", "targeting rules", "reload: " + report);
        int travellers = pipeline.rescreen().join();
        var body = io.paxgate.engine.json.Json.MAPPER.createObjectNode();
        body.putPOJO("reloaded", report);
        body.put("rescreened_travellers", travellers);
        LOG.info("reload: {}; {} traveller(s) of flights not yet arrived screened again", report, travellers);
        return Response.json(200, body);
    }

    /** A rule switched on or off; the flights not yet arrived are screened again under the new set. */
    private Response switchRule(RuleApi rulesApi, io.paxgate.engine.server.Request req, boolean enabled) {
        AlertApi.Answer a = rulesApi.setEnabled(req.pathParam("id"), enabled, req.body(), req.actor());
        if (a.status() == 200) {
            pipeline.rescreen();
        }
        return reply(a);
    }

    /** The retention job now and then every {@code privacy.run_every_hours}, on one daemon thread. */
    /** The journal keeps raw inputs (not maskable in place) to the depersonalisation date: days before this go. */
    private LocalDate journalExpiry(Clock clock) {
        return LocalDate.ofInstant(clock.instant().minus(privacy.depersonaliseAfter()), ZoneOffset.UTC);
    }

    private void erasedJournalDays(List<Path> gone, LocalDate expired) {
        for (Path p : gone) {
            audit.record("system", "erase", "journal " + p.getFileName(), "depersonalisation: raw inputs received before " + expired);
        }
    }

    private AutoCloseable scheduleRetention(Clock clock) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "paxgate-retention");
            t.setDaemon(true);
            return t;
        });
        long every = privacy.runEvery().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                RetentionJob.Report r = retention.run(clock.instant());
                // a long-running engine drops its journal's old days itself (no restart needed)
                LocalDate expired = journalExpiry(clock);
                erasedJournalDays(((LaneJournal) journal).deleteDaysBefore(expired), expired);
                if (!r.masked().isEmpty() || !r.erased().isEmpty()) {
                    LOG.info("retention: {} alert(s) depersonalised, {} erased, {} held open", r.masked().size(),
                            r.erased().size(), r.held().size());
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("retention job failed: {}", e.toString());
            }
        }, 0, every, TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }

    /** Who may send over the EDIFACT port: the airline of the client certificate, or a plain connection by policy. */
    private static TcpGate tcpGate(Security security, EngineConfig config) {
        return cert -> {
            if (cert != null) {
                Principal airline = security.airline(cert);
                return airline == null
                        ? TcpGate.Admission.refused("the client certificate (" + cert.getSubjectX500Principal().getName()
                        + ") is not registered to an airline: ./paxgate users add-airline NAME --carriers XX --certificate CN")
                        : new TcpGate.Admission(airline.name(), security.senderCheck(airline), null);
            }
            return config.security().plainTcp() ? new TcpGate.Admission("plain TCP (security.plain_tcp: allow)", SenderCheck.NONE, null)
                    : TcpGate.Admission.refused("this port takes only TLS connections with an airline's client certificate"
                    + " (security.plain_tcp: refuse)");
        };
    }

    /** An officer's posts (alerts are filtered to them); null for everyone else. */
    private static Set<String> officerPosts(Request req) {
        Principal p = req.principal();
        return p != null && p.role() == Role.OFFICER ? p.posts() : null;
    }

    /** 403 when an officer names a post that is not theirs. */
    private static Response postRefusal(Request req, String post) {
        Principal p = req.principal();
        if (p != null && post != null && !p.seesPost(post)) {
            return Response.error(403, "post " + post + " is not one of your posts " + new java.util.TreeSet<>(p.posts()));
        }
        return null;
    }

    /** 403 when an officer acts on an alert of another post. */
    private Response alertRefusal(Request req) {
        Principal p = req.principal();
        if (p == null || p.role() != Role.OFFICER) {
            return null;
        }
        var alert = alerts.get(req.pathParam("id"));
        return alert.isPresent() && !p.seesPost(alert.get().post)
                ? Response.error(403, "alert " + req.pathParam("id") + " is for post " + alert.get().post
                + ", not one of your posts " + new java.util.TreeSet<>(p.posts()))
                : null;
    }

    private static CompletableFuture<Response> done(Response r) {
        return CompletableFuture.completedFuture(r);
    }

    private static CompletableFuture<Response> answer(AlertApi.Answer a) {
        return CompletableFuture.completedFuture(reply(a));
    }

    private static Response reply(AlertApi.Answer a) {
        return Response.of(a.status(), Response.JSON, a.json().getBytes(StandardCharsets.UTF_8));
    }

    private <T extends AutoCloseable> T keep(T resource) {
        resources.add(resource);
        return resource;
    }

    /** Users, sessions and keys; null when security is off. */
    public Security security() {
        return security;
    }

    /** Every HTTP route with who may call it. */
    public List<RouteInfo> routes() {
        return http.routes();
    }

    public int httpPort() {
        return http.port();
    }

    public int tcpPort() {
        return tcp.port();
    }

    public AlertStore alerts() {
        return alerts;
    }

    public Journal journal() {
        return journal;
    }

    public ScreeningSetup screening() {
        return screening;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Depersonalisation and deletion of the alert store (also run on a timer). */
    public RetentionJob retention() {
        return retention;
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** Inputs the last start found journaled but unprocessed, and replayed. */
    public int replayed() {
        return replayed;
    }

    /** Stops the servers, drains the ring, then closes the stores: newest resource first. */
    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ex) {
                LOG.warn("closing {} failed: {}", resources.get(i).getClass().getSimpleName(), ex.toString());
            }
        }
        resources.clear();
        meters.close();
    }
}
