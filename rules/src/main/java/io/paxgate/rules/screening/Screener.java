package io.paxgate.rules.screening;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.documents.DocumentListRegistry;
import io.paxgate.rules.documents.DocumentRecord;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.names.NameMatch;
import io.paxgate.rules.names.NameQuery;
import io.paxgate.rules.names.NameScorer;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.risk.RiskDecider;
import io.paxgate.rules.targeting.RuleHit;
import io.paxgate.rules.targeting.RuleRegistry;
import io.paxgate.rules.targeting.ScreeningSubject;
import io.paxgate.rules.watchlist.WatchlistEntry;
import io.paxgate.rules.watchlist.WatchlistRegistry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Screens one traveller against everything in force: every person list (name index), every
 * document list, and the targeting rules; then the risk decision. Reads the current snapshot of
 * each registry once per traveller, so a reload in between never mixes versions within one
 * list. Thread-safe.
 */
public final class Screener {
    /** Most hits kept per list for one traveller: an officer reads them, not a machine. */
    static final int MAX_HITS_PER_LIST = 5;

    private final WatchlistRegistry<NameIndex> watchlists;
    private final DocumentListRegistry documents;
    private final RuleRegistry rules;
    private final RiskDecider decider;
    private final double nameThreshold;
    private final Clock clock;

    /**
     * @param documents null when no document list is configured
     * @param rules     null when no rules are configured
     */
    public Screener(WatchlistRegistry<NameIndex> watchlists, DocumentListRegistry documents, RuleRegistry rules,
                    RiskDecider decider, double nameThreshold, Clock clock) {
        this.watchlists = watchlists;
        this.documents = documents;
        this.rules = rules;
        this.decider = decider;
        this.nameThreshold = nameThreshold;
        this.clock = clock;
    }

    public Screening screen(Flight flight, Traveller traveller, Pnr pnr) {
        List<Hit> hits = new ArrayList<>(4);
        names(traveller, hits);
        documents(traveller, hits);
        rules(flight, traveller, pnr, hits);
        return decide(flight, traveller, pnr, hits);
    }

    /*
     * The matchers one by one, for a pipeline that runs them on threads of their own: each reads its
     * registry's current snapshot, and the hits of nameHits, documentHits and ruleHits, in that order,
     * given to decide, make the same Screening as screen.
     */

    /** Hits of the traveller's name in every person list. */
    public List<Hit> nameHits(Traveller traveller) {
        List<Hit> hits = new ArrayList<>(2);
        names(traveller, hits);
        return hits;
    }

    /** Hits of the traveller's documents in every document list. */
    public List<Hit> documentHits(Traveller traveller) {
        List<Hit> hits = new ArrayList<>(1);
        documents(traveller, hits);
        return hits;
    }

    /** Hits of the targeting rules. */
    public List<Hit> ruleHits(Flight flight, Traveller traveller, Pnr pnr) {
        List<Hit> hits = new ArrayList<>(1);
        rules(flight, traveller, pnr, hits);
        return hits;
    }

    /** The risk decision on {@code hits}: the screening of one traveller. */
    public Screening decide(Flight flight, Traveller traveller, Pnr pnr, List<Hit> hits) {
        return new Screening(flight, traveller, pnr, hits, decider.assess(hits));
    }

    private void rules(Flight flight, Traveller traveller, Pnr pnr, List<Hit> hits) {
        if (rules != null) {
            for (RuleHit h : rules.evaluate(ScreeningSubject.of(flight, traveller, pnr, clock))) {
                hits.add(ruleHit(h));
            }
        }
    }

    private void names(Traveller t, List<Hit> hits) {
        if (t.surname == null && t.givenNames == null) {
            return;
        }
        // normalised once, and its part keys computed once, for every list
        NameScorer.PreparedQuery q = NameScorer.DEFAULT.prepare(NameQuery.fromTraveller(t));
        List<WatchlistRegistry.LoadedList<NameIndex>> inForce = watchlists.snapshot().inForce();
        for (int l = 0; l < inForce.size(); l++) {
            WatchlistRegistry.LoadedList<NameIndex> list = inForce.get(l);
            if (list.index() == null) {
                continue;
            }
            for (NameMatch m : list.index().search(q, nameThreshold, MAX_HITS_PER_LIST)) {
                WatchlistEntry e = m.entry();
                hits.add(new Hit(Hit.Kind.NAME_LIST, list.spec().name(), e.id(), clamp(m.score()), e.severity(), 1.0,
                        list.spec().name() + " entry " + e.id() + " (" + e.category() + "), alias '" + m.alias().full()
                                + "', score " + String.format(Locale.ROOT, "%.2f", m.score()),
                        m.explanation().toString()));
            }
        }
    }

    private void documents(Traveller t, List<Hit> hits) {
        if (documents == null || t.documents == null) {
            return;
        }
        for (TravelDocument d : t.documents) {
            if (d.number == null) {
                continue;
            }
            for (DocumentRecord r : documents.lookup(d.number, d.issuingCountry, d.type)) {
                String reason = r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                hits.add(new Hit(Hit.Kind.DOCUMENT_LIST, r.list(), r.key().toString(), 1.0, 5, 1.0,
                        r.list() + ": document " + d.type + " issued by " + d.issuingCountry + " is listed as " + reason,
                        "exact match on normalised number, issuing country and type"
                                + (r.sourceReference() == null ? "" : "; source " + r.sourceReference())));
            }
        }
    }

    private static Hit ruleHit(RuleHit h) {
        int severity = h.severity() == null ? 3 : h.severity();
        double weight = h.weight() == null ? 1.0 : h.weight();
        StringBuilder why = new StringBuilder();
        for (RuleHit.Evidence ev : h.explanation()) {
            if (why.length() > 0) {
                why.append(", ");
            }
            why.append(ev);
        }
        return new Hit(Hit.Kind.RULE, h.ruleId(), h.ruleId(), 1.0, severity, weight,
                "rule " + h.ruleId() + ": " + h.description(), why.toString());
    }

    private static double clamp(double s) {
        return s < 0 ? 0 : s > 1 ? 1 : s;
    }
}
