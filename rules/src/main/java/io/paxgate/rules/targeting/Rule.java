package io.paxgate.rules.targeting;

import java.time.LocalDate;
import java.util.List;

/**
 * One targeting rule as an analyst wrote it in config/rules/*.yaml.
 *
 * @param severity   1 (lowest) to 5, or null when only a weight is given
 * @param weight     0..1 contribution to a risk score, or null when only a severity is given
 * @param validFrom  first day the rule applies (inclusive), or null
 * @param validTo    last day the rule applies (inclusive), or null
 * @param file       the file it came from
 * @param line       1-based line of the rule in that file
 * @param expressionLine   1-based file line of the expression's first character
 * @param expressionColumn 1-based file column of the expression's first character
 * @param expressionBlock  true for a YAML literal block ({@code |}): expression line n is file
 *                         line expressionLine + n - 1, at the same indentation
 */
public record Rule(String id, String description, String expression, Integer severity, Double weight,
                   boolean enabled, LocalDate validFrom, LocalDate validTo, List<String> tags,
                   String file, int line, int expressionLine, int expressionColumn,
                   boolean expressionBlock) {

    /** The 1-based file line and column of a CEL position (1-based line, 0-based column) inside the expression. */
    public int[] fileLocation(int celLine, int celColumn) {
        if (expressionBlock) {
            return new int[] {expressionLine + Math.max(celLine, 1) - 1, expressionColumn + Math.max(celColumn, 0)};
        }
        // plain or quoted scalar: one line as CEL sees it (YAML folds continuation lines)
        return new int[] {expressionLine, expressionColumn + Math.max(celColumn, 0)};
    }

    /** True when the rule is enabled and {@code day} is inside its validity window. */
    public boolean appliesOn(LocalDate day) {
        return enabled && (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** The same rule switched on or off. */
    public Rule withEnabled(boolean on) {
        return new Rule(id, description, expression, severity, weight, on, validFrom, validTo, tags, file, line,
            expressionLine, expressionColumn, expressionBlock);
    }

    /** Whether two versions of a rule mean the same (positions in the file do not count). */
    public boolean sameDefinition(Rule o) {
        return id.equals(o.id) && description.equals(o.description) && expression.equals(o.expression)
            && java.util.Objects.equals(severity, o.severity) && java.util.Objects.equals(weight, o.weight)
            && enabled == o.enabled && java.util.Objects.equals(validFrom, o.validFrom)
            && java.util.Objects.equals(validTo, o.validTo) && tags.equals(o.tags);
    }
}
