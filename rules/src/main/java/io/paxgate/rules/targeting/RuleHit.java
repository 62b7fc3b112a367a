package io.paxgate.rules.targeting;

import java.util.List;

/**
 * A rule that fired for one traveller. A hit is a referral for a person to review, never a
 * decision (STANDARDS.md section 6): it carries what the analyst needs to judge it.
 *
 * @param explanation the schema fields the rule's expression reads, with this traveller's values
 */
public record RuleHit(String ruleId, Integer severity, Double weight, String description, List<Evidence> explanation) {

    /** One field the rule read and the value it had. */
    public record Evidence(String field, Object value) {
        @Override
        public String toString() {
            return field + "=" + value;
        }
    }
}
