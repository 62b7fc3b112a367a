package io.paxgate.rules.targeting;

/** Told about every rule a {@link RuleSet} actually evaluates for a traveller (tests, tracing). */
@FunctionalInterface
public interface EvaluationListener {
    EvaluationListener NONE = (ruleId, interpreted) -> { };

    /** @param interpreted true when CEL's interpreter ran the rule instead of the compiled closures */
    void evaluated(String ruleId, boolean interpreted);
}
