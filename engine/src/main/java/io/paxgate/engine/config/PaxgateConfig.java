package io.paxgate.engine.config;

import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.rules.config.ConfigNode;
import io.paxgate.rules.config.ListsConfig;
import io.paxgate.rules.names.MatchThresholds;
import io.paxgate.rules.risk.Decision;
import io.paxgate.rules.risk.RiskPolicy;

import java.nio.file.Path;

/**
 * Everything {@code config/paxgate.yaml} says, read once and checked: every bad value fails
 * with the file and the key. Sections: {@code parser} (input limits), {@code risk} (decision
 * thresholds), {@code names} (matching threshold), {@code rules} (targeting rule files),
 * {@code lists} and {@code documents} (watchlists).
 */
public record PaxgateConfig(Path file, ParserLimits parserLimits, RiskPolicy risk, double nameThreshold,
                            Path rulesDirectory, ListsConfig watchlists) {

    public static final Path DEFAULT_FILE = Path.of("config", "paxgate.yaml");

    public static PaxgateConfig load(Path file) {
        ConfigNode root = ConfigNode.load(file);
        root.allowOnly("parser", "risk", "names", "rules", "lists", "documents", "server", "alerts", "journal",
                "pipeline", "reload", "board", "privacy", "security");
        return new PaxgateConfig(file, parser(root.section("parser")), risk(root.section("risk")),
                root.section("names").number("threshold", MatchThresholds.DEFAULT, 0.01, 1.0),
                rules(root.section("rules")),
                ListsConfig.from(root));
    }

    /** {@code rules.directory}: the targeting rule files (*.yaml) and their named value lists (lists.yaml). */
    private static Path rules(ConfigNode n) {
        n.allowOnly("directory");
        return n.path("directory", "rules");
    }

    private static ParserLimits parser(ConfigNode n) {
        n.allowOnly("max_input_bytes", "max_segment_bytes", "max_travellers_per_message", "max_pnrs_per_message",
                "max_messages_per_input");
        ParserLimits d = ParserLimits.DEFAULT;
        return d.withMaxInputBytes(n.integer("max_input_bytes", d.maxInputBytes(), 1024, Integer.MAX_VALUE))
                .withMaxSegmentBytes(n.integer("max_segment_bytes", d.maxSegmentBytes(), 256, 64 * 1024 * 1024))
                .withMaxTravellersPerMessage(n.integer("max_travellers_per_message", d.maxTravellersPerMessage(), 1, 10_000_000))
                .withMaxPnrsPerMessage(n.integer("max_pnrs_per_message", d.maxPnrsPerMessage(), 1, 10_000_000))
                .withMaxMessagesPerInput(n.integer("max_messages_per_input", d.maxMessagesPerInput(), 1, 10_000_000));
    }

    private static RiskPolicy risk(ConfigNode n) {
        n.allowOnly("refer_at", "do_not_board_at", "document_hit_decision");
        double refer = n.number("refer_at", RiskPolicy.DEFAULT.referAt(), 0.01, 1.0);
        double deny = n.number("do_not_board_at", RiskPolicy.DEFAULT.doNotBoardAt(), 0.01, 1.0);
        if (deny < refer) {
            throw n.error("do_not_board_at", "must not be below " + n.key("refer_at") + " (" + refer + ")");
        }
        String doc = n.choice("document_hit_decision", "refer", "clear", "refer", "do_not_board");
        return new RiskPolicy(refer, deny, Decision.valueOf(doc.toUpperCase(java.util.Locale.ROOT)));
    }
}
