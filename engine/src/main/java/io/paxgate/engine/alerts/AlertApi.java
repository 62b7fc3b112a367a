package io.paxgate.engine.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.audit.AuditLog;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.privacy.SealedStore;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The officers' side of the HTTP API, independent of the server: list alerts of a post, follow a
 * post's stream (with resume), acknowledge, record a disposition, and per list or rule how
 * officers judged its alerts (analysts read precision from it).
 */
public final class AlertApi {
    public static final List<String> STATUSES = List.of("new", "acknowledged", "closed");

    /** An HTTP answer: status and JSON body. */
    public record Answer(int status, String json) {
    }

    /** Where a stream's events go: SSE {@code id}, {@code event} and {@code data}. */
    public interface Sink {
        void send(String id, String event, String data);
    }

    private final AlertStore store;
    private final Clock clock;
    /** Consultations, disclosures and unmaskings are recorded here; null: not recorded. */
    private final AuditLog audit;
    /** What masking took out of alerts; null: nothing can be unmasked. */
    private final SealedStore sealed;

    public AlertApi(AlertStore store, Clock clock) {
        this(store, clock, null, null);
    }

    public AlertApi(AlertStore store, Clock clock, AuditLog audit, SealedStore sealed) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.sealed = sealed;
    }

    /** {@code GET /v1/alerts?post=P&status=S&limit=N}: newest first. */
    public Answer list(Map<String, List<String>> query) {
        return list(query, "system", null);
    }

    /**
     * The same, only alerts of {@code posts} (an officer's; null: every post), recording that
     * {@code actor} consulted the alerts answered (their ids).
     */
    public Answer list(Map<String, List<String>> query, String actor, java.util.Set<String> posts) {
        String post = first(query, "post");
        String status = first(query, "status");
        if (status != null && !STATUSES.contains(status)) {
            return error(400, "status must be one of " + STATUSES + ", was \"" + status + "\"");
        }
        int limit = 100;
        String l = first(query, "limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 10_000) {
                return error(400, "limit must be a number from 1 to 10000, was \"" + l + "\"");
            }
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode arr = body.putArray("alerts");
        StringBuilder ids = new StringBuilder();
        List<Alert> found = posts == null || post != null ? store.list(post, status, limit)
                : store.list(null, status, Integer.MAX_VALUE).stream().filter(a -> posts.contains(a.post)).limit(limit).toList();
        for (Alert a : found) {
            arr.add(Json.MAPPER.valueToTree(a));
            ids.append(ids.length() == 0 ? "" : ",").append(a.id);
        }
        if (audit != null && ids.length() > 0) {
            audit.record(actor, "consult", "alerts " + ids, "alert list post=" + (post == null ? "all" : post)
                    + (status == null ? "" : " status=" + status));
        }
        return new Answer(200, body.toString());
    }

    /** {@code POST /v1/alerts/{id}/ack}. */
    public Answer acknowledge(String id) {
        return found(id, store.acknowledge(id, clock.instant()));
    }

    /** {@code POST /v1/alerts/{id}/disposition} with {@code {"outcome": ..., "note": ...}}. */
    public Answer dispose(String id, byte[] body, String by) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return error(400, "the body must be JSON: {\"outcome\": \"confirmed\" | \"false_positive\" | \"no_action\", \"note\": \"...\"}");
        }
        if (n == null || !n.isObject()) {
            return error(400, "the body must be a JSON object with \"outcome\" and \"note\"");
        }
        String outcome = n.path("outcome").asText(null);
        if (outcome == null || !AlertStore.OUTCOMES.contains(outcome)) {
            return error(400, "outcome must be one of " + AlertStore.OUTCOMES + ", was " + n.path("outcome"));
        }
        String note = n.path("note").isMissingNode() || n.path("note").isNull() ? null : n.path("note").asText();
        return found(id, store.dispose(id, outcome, note, by, clock.instant()));
    }

    /**
     * {@code POST /v1/alerts/{id}/unmask} with {@code {"justification": "..."}}: the personal data the
     * retention job masked, for a supervisor with a reason (the role is checked by the router). The
     * request is recorded in the audit log with the justification before anything is answered.
     */
    public Answer unmask(String id, byte[] body, String actor) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            n = null;
        }
        String why = n == null || !n.isObject() ? null : n.path("justification").asText("").trim();
        if (why == null || why.length() < 10) {
            return error(400, "the body must be JSON {\"justification\": \"...\"}: why the masked data is needed "
                    + "(at least 10 characters; a court order or approval reference)");
        }
        Optional<Alert> a = store.get(id);
        if (a.isEmpty()) {
            return error(404, "no alert " + id);
        }
        if (!a.get().masked) {
            return error(409, "alert " + id + " is not masked");
        }
        Optional<JsonNode> original = sealed == null ? Optional.empty() : sealed.get(id);
        if (original.isEmpty()) {
            return error(410, "the masked data of alert " + id + " is no longer kept");
        }
        if (audit != null) {
            audit.record(actor, "unmask", "alert " + id, "justification: " + why);
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id);
        out.set("original", original.get());
        return new Answer(200, out.toString());
    }

    /** {@code GET /v1/dispositions}: per list or rule, outcomes counted. */
    public Answer dispositions() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("by_source", Json.MAPPER.valueToTree(store.dispositionsBySource()));
        return new Answer(200, body.toString());
    }

    /**
     * {@code GET /v1/alerts/stream?post=P}: first every alert of the post after {@code lastEventId}
     * (the SSE {@code Last-Event-ID} a reconnecting post sends; null for a new one: nothing missed
     * to send), then each new one as it is stored. Nothing falls between the two: the backlog is
     * read and the listener registered under the store's lock. Returns what unsubscribes.
     */
    public Runnable follow(String post, String lastEventId, Sink sink) {
        return follow(post, null, lastEventId, sink, "system");
    }

    /**
     * The same, only alerts of {@code posts} (an officer's; null: every post), recording each alert
     * sent to {@code actor}'s stream as a disclosure.
     */
    public Runnable follow(String post, java.util.Set<String> posts, String lastEventId, Sink delivered, String actor) {
        Sink sink = audit == null ? delivered : (id, event, data) -> {
            delivered.send(id, event, data);
            audit.record(actor, "disclose", "alert A" + id, "sse post=" + (post == null ? "all" : post));
        };
        long after = Long.MAX_VALUE;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                after = Long.parseLong(lastEventId.trim());
            } catch (NumberFormatException e) {
                after = 0; // an id we never sent: replay the post's whole stream rather than miss alerts
            }
        }
        Consumer<Alert> listener = a -> {
            if ((post == null || post.equals(a.post)) && (posts == null || posts.contains(a.post))) {
                sink.send(String.valueOf(a.seq), "alert", json(a));
            }
        };
        synchronized (store) {
            if (after != Long.MAX_VALUE) {
                for (Alert a : store.since(post, after)) {
                    if (posts == null || posts.contains(a.post)) {
                        sink.send(String.valueOf(a.seq), "alert", json(a));
                    }
                }
            }
            store.subscribe(listener);
        }
        return () -> store.unsubscribe(listener);
    }

    private static String json(Alert a) {
        return Json.MAPPER.valueToTree(a).toString();
    }

    private static Answer found(String id, Optional<Alert> a) {
        return a.map(alert -> new Answer(200, json(alert))).orElseGet(() -> error(404, "no alert " + id));
    }

    static Answer error(int status, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", message);
        return new Answer(status, body.toString());
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0);
    }
}
