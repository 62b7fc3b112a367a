package io.paxgate.engine.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.alerts.AlertApi.Answer;
import io.paxgate.engine.alerts.AlertStore;
import io.paxgate.engine.journal.Journal;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.screening.ScreeningSetup;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.rules.targeting.Rule;
import io.paxgate.rules.targeting.RuleError;
import io.paxgate.rules.targeting.RuleLoadException;
import io.paxgate.rules.targeting.RuleSet;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The analysts' side of the HTTP API: the rules with how often they alerted and how officers
 * judged those alerts (precision per rule and per list), switching a rule on or off, and a
 * backtest of a draft rule over recent journaled traffic before it is saved.
 */
public final class RuleApi {
    /** The longest look back a backtest takes: a week of traffic. */
    static final int MAX_HOURS = 7 * 24;

    private final ScreeningSetup screening;
    private final RuleSwitches switches;
    private final AlertStore alerts;
    private final Journal journal;
    private final DraftBacktest backtest;
    private final List<String> documentLists;

    /**
     * @param switches      null when no rules directory is configured
     * @param documentLists the configured document lists' names
     * @param decoders      a new decoder per backtest (decoders are not shared between threads)
     */
    public RuleApi(ScreeningSetup screening, RuleSwitches switches, List<String> documentLists, AlertStore alerts,
                   Journal journal, Supplier<InputDecoder> decoders, Clock clock) {
        this.screening = screening;
        this.documentLists = List.copyOf(documentLists);
        this.switches = switches;
        this.alerts = alerts;
        this.journal = journal;
        this.backtest = new DraftBacktest(decoders, clock);
    }

    /** {@code GET /v1/rules}: every rule (disabled ones too) and every list, with alerts, outcomes and precision. */
    public Answer list() {
        Map<String, Integer> hits = alerts.alertsBySource();
        Map<String, Map<String, Integer>> outcomes = alerts.dispositionsBySource();
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode rules = body.putArray("rules");
        if (screening.rules() != null) {
            RuleSet set = screening.rules().current();
            body.put("version", set.version());
            for (Rule r : set.rules().values()) {
                ObjectNode n = rules.addObject();
                n.put("id", r.id());
                n.put("description", r.description());
                n.put("expression", r.expression());
                n.putPOJO("severity", r.severity());
                n.putPOJO("weight", r.weight());
                n.put("enabled", r.enabled());
                n.putPOJO("tags", r.tags());
                tally(n, "rule:" + r.id(), hits, outcomes);
            }
        }
        ArrayNode lists = body.putArray("lists");
        Set<String> keys = new LinkedHashSet<>();
        screening.watchlists().snapshot().lists().keySet().forEach(name -> keys.add("name_list:" + name));
        documentLists.forEach(name -> keys.add("document_list:" + name));
        hits.keySet().stream().filter(k -> !k.startsWith("rule:")).forEach(keys::add);
        for (String k : keys) {
            ObjectNode n = lists.addObject();
            int colon = k.indexOf(':');
            n.put("kind", k.substring(0, colon));
            n.put("name", k.substring(colon + 1));
            tally(n, k, hits, outcomes);
        }
        return new Answer(200, body.toString());
    }

    /** Alerts, outcomes, and precision: confirmed over confirmed and false positives (null before any). */
    private static void tally(ObjectNode n, String key, Map<String, Integer> hits, Map<String, Map<String, Integer>> outcomes) {
        n.put("alerts", hits.getOrDefault(key, 0));
        Map<String, Integer> o = outcomes.getOrDefault(key, Map.of());
        ObjectNode d = n.putObject("dispositions");
        for (String outcome : AlertStore.OUTCOMES) {
            d.put(outcome, o.getOrDefault(outcome, 0));
        }
        int confirmed = o.getOrDefault("confirmed", 0);
        int judged = confirmed + o.getOrDefault("false_positive", 0);
        if (judged == 0) {
            n.putNull("precision");
        } else {
            n.put("precision", Math.round(1000.0 * confirmed / judged) / 1000.0);
        }
    }

    /** {@code POST /v1/rules/{id}/enable|disable} with an optional {@code {"reason": "..."}}. */
    public Answer setEnabled(String id, boolean enabled, byte[] body, String actor) {
        if (switches == null) {
            return error(404, "no rules are configured (rules.directory is not a directory)");
        }
        String reason = null;
        if (body.length > 0) {
            JsonNode n = readObject(body);
            if (n == null) {
                return error(400, "the body must be empty or a JSON object {\"reason\": \"...\"}");
            }
            reason = n.path("reason").asText(null);
        }
        try {
            if (!switches.set(id, enabled, actor, reason)) {
                return error(404, "no rule " + id);
            }
        } catch (RuleLoadException e) {
            return error(409, "the switch is saved but the rule files do not load, so the rule set in force stays: "
                    + e.errors().get(0));
        }
        Rule now = screening.rules().current().rules().get(id);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id);
        out.put("enabled", now != null && now.enabled());
        out.put("version", screening.rules().current().version());
        return new Answer(200, out.toString());
    }

    /**
     * {@code POST /v1/backtest} with {@code {"expression": "...", "description": "...", "severity": 3,
     * "weight": 0.4, "hours": 24}}: the draft rule over the inputs journaled in the last hours, nothing saved.
     */
    public Answer backtest(byte[] body) {
        JsonNode n = readObject(body);
        if (n == null) {
            return error(400, "the body must be a JSON object {\"expression\": \"...\", \"hours\": 24, \"severity\": 3}");
        }
        String expression = n.path("expression").asText("");
        if (expression.isBlank()) {
            return error(400, "\"expression\" is missing: the draft rule's CEL expression");
        }
        int hours = n.path("hours").asInt(24);
        if (hours < 1 || hours > MAX_HOURS) {
            return error(400, "\"hours\" must be 1 to " + MAX_HOURS + ", was " + n.path("hours"));
        }
        int severity = n.path("severity").asInt(3);
        if (severity < 1 || severity > 5) {
            return error(400, "\"severity\" must be 1 to 5, was " + n.path("severity"));
        }
        Map<String, List<String>> lists = screening.rules() == null ? Map.of() : screening.rules().current().lists();
        Rule draft = new Rule("draft", n.path("description").asText("draft rule"), expression, severity,
                n.path("weight").isNumber() ? n.path("weight").asDouble() : null, true, null, null, List.of(),
                "draft", 1, 1, 1, true);
        RuleSet set;
        try {
            set = RuleSet.of(List.of(draft), lists, 0);
        } catch (RuleLoadException e) {
            ObjectNode out = Json.MAPPER.createObjectNode();
            out.put("error", "the draft rule does not compile");
            ArrayNode errors = out.putArray("errors");
            for (RuleError re : e.errors()) {
                ObjectNode x = errors.addObject();
                x.put("line", re.line());
                x.put("column", re.column());
                x.put("message", re.message());
            }
            return new Answer(400, out.toString());
        }
        return new Answer(200, backtest.run(set, journal, hours).toString());
    }

    private static JsonNode readObject(byte[] body) {
        try {
            JsonNode n = Json.MAPPER.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Answer error(int status, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", message);
        return new Answer(status, body.toString());
    }
}
