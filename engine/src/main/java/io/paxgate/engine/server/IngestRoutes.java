package io.paxgate.engine.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpMethod;
import io.paxgate.engine.ingest.IapiAnswer;
import io.paxgate.engine.ingest.Ingest;
import io.paxgate.engine.ingest.Intake;
import io.paxgate.engine.ingest.Receipt;
import io.paxgate.engine.ingest.SenderCheck;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.security.Access;
import io.paxgate.engine.security.Principal;
import io.paxgate.engine.security.Role;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine's built-in routes: message and iAPI ingestion, health and metrics.
 * <ul>
 * <li>{@code POST /v1/messages}: 202 {@code {"id","messages","travellers","problems"}}, 400 with the
 * same when rejected, the CONTRL instead with {@code Accept: application/edifact}</li>
 * <li>{@code POST /v1/iapi}: 200 with the CUSRES, 400 {@code {"error"}} when rejected</li>
 * <li>both 503 with {@code Retry-After: 1} while the pipeline (or the intake before it) is full</li>
 * <li>{@code GET /health}, {@code GET /metrics} (Prometheus text)</li>
 * <li>403 {@code application/problem+json} when the airline sends under a sender id or carrier not its own</li>
 * </ul>
 */
public final class IngestRoutes {
    private final Ingest ingest;
    private final Supplier<String> metrics;
    private final Function<Principal, SenderCheck> checks;
    private final Intake intake;

    private IngestRoutes(Ingest ingest, Supplier<String> metrics, Function<Principal, SenderCheck> checks, Intake intake) {
        this.ingest = ingest;
        this.metrics = metrics;
        this.checks = checks;
        this.intake = intake;
    }

    /** Adds the built-in routes to {@code server} (before it starts); no sender checks. */
    public static HttpServer install(HttpServer server, Ingest ingest, Supplier<String> metrics) {
        return install(server, ingest, metrics, p -> SenderCheck.NONE);
    }

    /**
     * The same, submissions open to airlines only, each checked with {@code checks} of its
     * principal; {@code /metrics} to analysts and admins; {@code /health} to anyone.
     */
    public static HttpServer install(HttpServer server, Ingest ingest, Supplier<String> metrics,
                                     Function<Principal, SenderCheck> checks) {
        return install(server, ingest, metrics, checks, Intake.DIRECT);
    }

    /**
     * The same, batch submissions decoded and journaled on {@code intake}'s thread (interactive
     * check-ins stay on the event loop, see {@link Ingest#iapi}).
     */
    public static HttpServer install(HttpServer server, Ingest ingest, Supplier<String> metrics,
                                     Function<Principal, SenderCheck> checks, Intake intake) {
        IngestRoutes routes = new IngestRoutes(ingest, metrics, checks, intake);
        return server.route(HttpMethod.POST, "/v1/messages", Access.roles(Role.AIRLINE), routes::messages)
                .route(HttpMethod.POST, "/v1/iapi", Access.roles(Role.AIRLINE), routes::iapi)
                .route(HttpMethod.GET, "/health", Access.ANYONE, req -> done(Response.json(200, Map.of("status", "up"))))
                .route(HttpMethod.GET, "/metrics", Access.roles(Role.ANALYST, Role.ADMIN),
                        req -> done(Response.text(200, Response.PROMETHEUS, routes.metrics.get())));
    }

    CompletableFuture<Response> messages(Request req) {
        if (!ingest.accepting()) {
            return done(busy());
        }
        boolean edifact = accepts(req, Response.EDIFACT);
        SenderCheck check = checks.apply(req.principal());
        CompletableFuture<Receipt> receipt = intake.submit(req.body().length,
                () -> ingest.submit(req.body(), "http", req.remote(), check));
        return receipt == null ? done(busy()) : receipt.thenApply(r -> receipt(r, edifact));
    }

    CompletableFuture<Response> iapi(Request req) {
        if (!ingest.accepting()) {
            return done(busy());
        }
        return ingest.iapi(req.body(), req.remote(), checks.apply(req.principal())).thenApply(IngestRoutes::iapiAnswer);
    }

    static Response receipt(Receipt r, boolean edifact) {
        if (r.refusal() != null) {
            return refused(r.refusal());
        }
        int status = r.rejected() ? 400 : 202;
        if (edifact && r.contrl() != null) {
            return Response.of(status, Response.EDIFACT, r.contrl());
        }
        // a tree, not a map: the mapper leaves out empty values, and "problems": [] is part of the answer
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("id", r.id());
        body.put("messages", r.messages());
        body.put("travellers", r.travellers());
        body.set("problems", Json.problems(r.problems() == null ? List.of() : r.problems()));
        return Response.json(status, body);
    }

    static Response iapiAnswer(IapiAnswer a) {
        if (a.refusal() != null) {
            return refused(a.refusal());
        }
        if (a.rejected() || a.cusres() == null) {
            return Response.error(400, a.error() == null ? "not a usable PAXLST" : a.error());
        }
        return Response.of(200, Response.EDIFACT, a.cusres());
    }

    /** 403 as a JSON problem (RFC 9457): the sender or carrier that is not the caller's. */
    private static Response refused(String detail) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", "urn:paxgate:problem:not-your-carrier");
        body.put("title", "the message is not the authenticated airline's");
        body.put("status", 403);
        body.put("detail", detail);
        body.put("error", detail);
        return Response.of(403, "application/problem+json", body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Response busy() {
        return Response.error(503, "the pipeline is full; retry shortly").withHeader("Retry-After", "1");
    }

    private static boolean accepts(Request req, String type) {
        String accept = req.header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(type);
    }

    private static CompletableFuture<Response> done(Response r) {
        return CompletableFuture.completedFuture(r);
    }
}
