package io.paxgate.engine.analysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a run-time rule change is recorded. The engine's default writes a log line; the audit log
 * (action {@code rule_change}) plugs in here with {@code (actor, rule, what) -> audit.record(actor,
 * "rule_change", rule, what)}.
 */
@FunctionalInterface
public interface RuleChangeLog {
    /**
     * @param actor who changed it: a principal's name, or what the request gave
     * @param rule  the rule id
     * @param what  {@code enabled} or {@code disabled}, with the analyst's reason when one was given
     */
    void ruleChanged(String actor, String rule, String what);

    /** An INFO line per change (rule ids and states carry no personal data). */
    RuleChangeLog LOGGED = new RuleChangeLog() {
        private final Logger log = LoggerFactory.getLogger(RuleChangeLog.class);

        @Override
        public void ruleChanged(String actor, String rule, String what) {
            log.info("rule_change: {} by {}: {}", rule, actor, what);
        }
    };
}
