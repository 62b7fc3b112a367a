package io.paxgate.rules.targeting;

/**
 * One problem found loading rules.
 *
 * @param file   the file, as given to the loader
 * @param ruleId the rule's id, or null when the problem is not inside one rule
 * @param line   1-based line in the file, 0 when unknown
 * @param column 1-based column in the file, 0 when unknown
 */
public record RuleError(String file, String ruleId, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + (ruleId == null ? "" : " rule " + ruleId) + ": " + message;
    }
}
