package io.paxgate.engine.alerts;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.screening.Screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which border post an alert goes to: the post covering the flight's arrival airport, and for a
 * traveller in transit cleared elsewhere, also the post of that clearance airport. An airport no
 * post covers sends its alerts to {@link #UNROUTED} (visible in the API, counted in the metrics).
 */
public final class AlertRouter {
    public static final String UNROUTED = "unrouted";

    private final Map<String, Post> byAirport = new HashMap<>();
    private final List<Post> posts;

    public AlertRouter(List<Post> posts) {
        this.posts = List.copyOf(posts);
        for (Post p : posts) {
            for (String a : p.airports()) {
                byAirport.put(a, p);
            }
        }
    }

    public List<Post> posts() {
        return posts;
    }

    /** Post ids for a traveller of this flight. */
    public Set<String> postsFor(Flight flight, Traveller t) {
        Set<String> out = new LinkedHashSet<>();
        String arrival = flight == null ? null : flight.arrivalAirport;
        out.add(postOf(arrival));
        if (t.clearanceAirport != null && !t.clearanceAirport.equals(arrival)) {
            out.add(postOf(t.clearanceAirport));
        }
        return out;
    }

    private String postOf(String airport) {
        Post p = airport == null ? null : byAirport.get(airport.toUpperCase(Locale.ROOT));
        return p == null ? UNROUTED : p.id();
    }

    /** One alert per post concerned; ids and sequence numbers are assigned by the store. */
    public List<Alert> alertsFor(Screening s, String sourceMessageId, Instant now) {
        List<Alert> out = new ArrayList<>(1);
        for (String post : postsFor(s.flight(), s.traveller())) {
            out.add(alert(s, post, sourceMessageId, now));
        }
        return out;
    }

    static Alert alert(Screening s, String post, String sourceMessageId, Instant now) {
        Alert a = new Alert();
        a.post = post;
        Flight f = s.flight();
        if (f != null) {
            a.flight = f.designator();
            a.flightDate = f.departureTime == null ? null : f.departureTime.toLocalDate().toString();
            a.departureAirport = f.departureAirport;
            a.arrivalAirport = f.arrivalAirport;
        }
        Traveller t = s.traveller();
        Alert.AlertTraveller at = new Alert.AlertTraveller();
        at.name = ((t.surname == null ? "" : t.surname) + ", " + (t.givenNames == null ? "" : t.givenNames)).trim();
        at.birthDate = t.birthDate == null ? null : t.birthDate.toString();
        at.nationality = t.nationality;
        at.role = t.role == null ? null : t.role.json();
        if (t.documents != null && !t.documents.isEmpty()) {
            TravelDocument d = t.documents.get(0);
            at.document = (d.type == null ? "" : d.type + " ") + (d.number == null ? "" : d.number)
                    + (d.issuingCountry == null ? "" : " " + d.issuingCountry);
        }
        a.traveller = at;
        a.decision = s.assessment().decision().name().toLowerCase(Locale.ROOT);
        a.score = s.assessment().score();
        a.reasons = new ArrayList<>();
        for (Hit h : s.assessment().hits()) {
            Alert.Reason r = new Alert.Reason();
            r.kind = h.kind().name().toLowerCase(Locale.ROOT);
            r.source = h.source();
            r.entry = h.entryId();
            r.score = h.score();
            r.severity = h.severity();
            r.summary = h.summary();
            r.explanation = h.explanation();
            a.reasons.add(r);
        }
        a.sourceMessageId = sourceMessageId;
        a.createdAt = now.toString();
        a.status = "new";
        return a;
    }
}
