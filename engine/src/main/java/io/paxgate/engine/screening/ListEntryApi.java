package io.paxgate.engine.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.alerts.AlertApi.Answer;
import io.paxgate.engine.json.Json;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedDocument;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.Watchlist;
import io.paxgate.rules.watchlist.WatchlistEntry;
import io.paxgate.rules.watchlist.WatchlistRegistry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /v1/lists/{list}/entries/{id}}: one person-list entry as listed, for the officer to
 * set beside the traveller. Lists hold up to a million entries in a List, so each list version gets
 * an id map built once, on the first look-up after it came into force; a reload makes a new one.
 */
public final class ListEntryApi {
    private final ScreeningSetup screening;
    /** Per list name: the id map of the version it was built from (compared by identity). */
    private final Map<String, IdMap> maps = new ConcurrentHashMap<>();

    private record IdMap(Watchlist list, Map<String, WatchlistEntry> byId) {
        static IdMap of(Watchlist list) {
            Map<String, WatchlistEntry> byId = new HashMap<>(list.entries().size() * 4 / 3 + 1);
            for (WatchlistEntry e : list.entries()) {
                byId.put(e.id(), e);
            }
            return new IdMap(list, byId);
        }
    }

    public ListEntryApi(ScreeningSetup screening) {
        this.screening = screening;
    }

    /** The entry {@code id} of the person list {@code list} in force; 404 with the reason otherwise. */
    public Answer entry(String list, String id) {
        WatchlistRegistry.LoadedList<NameIndex> loaded = screening.watchlists().snapshot().get(list);
        if (loaded == null) {
            if (screening.documents() != null && screening.documents().get(list) != null) {
                ObjectNode body = Json.MAPPER.createObjectNode();
                body.put("error", list + " is a document list: its hits are a listed document (the alert's entry is the"
                        + " document key), there is no listed person to show");
                body.put("kind", "document_list");
                return answer(404, body);
            }
            return error(404, "no person list " + list + " is loaded; lists in force: "
                    + new java.util.TreeSet<>(screening.watchlists().snapshot().lists().keySet()));
        }
        Watchlist current = loaded.list();
        IdMap map = maps.compute(list, (k, had) -> had != null && had.list() == current ? had : IdMap.of(current));
        WatchlistEntry e = map.byId().get(id);
        if (e == null) {
            return error(404, "list " + list + " (version " + current.version() + ") has no entry " + id
                    + "; it may have been removed by a reload");
        }
        return answer(200, json(e, current));
    }

    private static ObjectNode json(WatchlistEntry e, Watchlist list) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("list", list.name());
        n.put("list_version", list.version());
        n.put("type", e.type().name().toLowerCase(Locale.ROOT));
        n.put("category", e.category());
        n.put("severity", e.severity());
        n.put("sex", e.sex());
        n.put("source_reference", e.sourceReference());
        n.put("name", e.primaryName().full());
        ArrayNode names = n.putArray("names");
        for (ListedName ln : e.names()) {
            ObjectNode o = names.addObject();
            o.put("full", ln.full());
            o.put("surname", ln.surname());
            o.put("given", ln.given());
            o.put("quality", ln.quality().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode births = n.putArray("birth_dates");
        for (BirthDate b : e.birthDates()) {
            ObjectNode o = births.addObject();
            o.put("precision", b.precision().name().toLowerCase(Locale.ROOT));
            o.put("from", b.from().toString());
            o.put("to", b.to().toString());
            o.put("text", text(b));
        }
        ArrayNode nats = n.putArray("nationalities");
        e.nationalities().forEach(nats::add);
        ArrayNode docs = n.putArray("documents");
        for (ListedDocument d : e.documents()) {
            ObjectNode o = docs.addObject();
            o.put("type", d.type());
            o.put("number", d.number());
            o.put("issuing_country", d.issuingCountry());
        }
        return n;
    }

    /** The date as an officer reads it: a day, a month, a year, or a range. */
    static String text(BirthDate b) {
        return switch (b.precision()) {
            case EXACT -> b.from().toString();
            case MONTH -> b.from().toString().substring(0, 7);
            case YEAR -> String.valueOf(b.from().getYear());
            case APPROXIMATE -> "about " + (b.from().getYear() + b.to().getYear()) / 2;
            case RANGE -> b.from() + " to " + b.to();
        };
    }

    private static Answer error(int status, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", message);
        return answer(status, body);
    }

    private static Answer answer(int status, ObjectNode body) {
        try {
            return new Answer(status, Json.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
