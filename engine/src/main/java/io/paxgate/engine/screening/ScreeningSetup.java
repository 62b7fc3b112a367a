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

    public Screener screener() {
        return screener;
    }

    public WatchlistRegistry<NameIndex> watchlists() {
        return watchlists;
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
