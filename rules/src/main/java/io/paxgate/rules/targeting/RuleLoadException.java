package io.paxgate.rules.targeting;

import java.util.List;
import java.util.stream.Collectors;

/** Rules could not be loaded; nothing was replaced. {@link #errors()} says what and where. */
public final class RuleLoadException extends Exception {
    private final List<RuleError> errors;

    public RuleLoadException(List<RuleError> errors) {
        super(errors.size() + " rule error(s):\n" + errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
