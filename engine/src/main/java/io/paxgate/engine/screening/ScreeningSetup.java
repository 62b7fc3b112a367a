package io.paxgate.engine.screening;

import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.rules.documents.DocumentListRegistry;
import io.paxgate.rules.documents.DocumentListSpec;
import io.paxgate.rules.names.NameIndex;
import io.paxgate.rules.risk.RiskDecider;
import io.paxgate.rules.screening.Screener;
import io.paxgate.rules.targeting.RuleLoadException;
import io.paxgate.rules.targeting.RuleRegistry;
import io.paxgate.rules.watchlist.ListSpec;
import io.paxgate.rules.watchlist.WatchlistRegistry;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what the config declares (person lists with their name indexes, document lists, rules)
 * and puts a {@link Screener} over it. Used by the CLI commands and the engine alike.
 */
public final class ScreeningSetup implements AutoCloseable {
    private final WatchlistRegistry<NameIndex> watchlists = new WatchlistRegistry<>(NameIndex::build);
    private final DocumentListRegistry documents;
    private final RuleRegistry rules;
    private final Screener screener;
    private final List<String> report = new ArrayList<>();

    public ScreeningSetup(PaxgateConfig config, Clock clock) throws RuleLoadException {
        for (ListSpec spec : config.watchlists().lists()) {
            var r = watchlists.reload(spec);
            report.add(String.format("list %s: %d entries (version %d, %d ms)", r.list(), r.entries(), r.version(),
                    r.elapsed().toMillis()));
        }
        List<DocumentListSpec> docs = config.watchlists().documents();
        documents = docs.isEmpty() ? null : new DocumentListRegistry(config.watchlists().documentsDataDir());
        for (DocumentListSpec spec : docs) {
            var r = documents.reload(spec);
            report.add(String.format("document list %s: %d documents (version %d)", r.list(), r.documents(), r.version()));
        }
        if (Files.isDirectory(config.rulesDirectory())) {
            rules = new RuleRegistry(config.rulesDirectory(), clock);
            var r = rules.reload();
            report.add(String.format("rules: %d (version %d) from %s", rules.current().rules().size(), r.version(),
                    config.rulesDirectory()));
        } else {
            rules = null;
            report.add("rules: none (" + config.rulesDirectory() + " is not a directory)");
        }
        screener = new Screener(watchlists, documents, rules, new RiskDecider(config.risk()), config.nameThreshold(), clock);
    }

    /**
     * Reloads every list and the rules from their files (the config's declarations as at start).
     * Each list and the rule set swap on their own; a bad file leaves its previous version in force
     * and is reported. Returns one line per list and rule set.
     */
    public synchronized List<String> reload(PaxgateConfig config) {
        List<String> out = new ArrayList<>();
        for (ListSpec spec : config.watchlists().lists()) {
            try {
                var r = watchlists.reload(spec);
                out.add(String.format("list %s: version %d, %d entries (+%d -%d ~%d)", r.list(), r.version(), r.entries(),
                        r.added(), r.removed(), r.changed()));
            } catch (RuntimeException e) {
                out.add("list " + spec.name() + ": not reloaded, the previous version stays: " + e.getMessage());
            }
        }
        if (documents != null) {
            for (DocumentListSpec spec : config.watchlists().documents()) {
                try {
                    var r = documents.reload(spec);
                    out.add(String.format("document list %s: version %d, %d documents (+%d -%d)", r.list(), r.version(),
                            r.documents(), r.added(), r.removed()));
                } catch (RuntimeException e) {
                    out.add("document list " + spec.name() + ": not reloaded, the previous version stays: " + e.getMessage());
                }
            }
        }
        if (rules != null) {
            try {
                var r = rules.reload();
                out.add(String.format("rules: version %d (+%d -%d ~%d)", r.version(), r.added().size(), r.removed().size(),
                        r.changed().size()));
            } catch (RuleLoadException e) {
                out.add("rules: not reloaded, the rule set in force stays: " + e.getMessage());
            }
        }
        return out;
    }

    public Screener screener() {
        return screener;
    }

    public WatchlistRegistry<NameIndex> watchlists() {
        return watchlists;
    }

    /** Null when no document list is configured. */
    public DocumentListRegistry documents() {
        return documents;
    }

    /** Null when no rules directory is configured. */
    public RuleRegistry rules() {
        return rules;
    }

    /** One line per list and rule set loaded. */
    public List<String> report() {
        return report;
    }

    @Override
    public void close() {
        if (documents != null) {
            documents.close();
        }
    }
}
