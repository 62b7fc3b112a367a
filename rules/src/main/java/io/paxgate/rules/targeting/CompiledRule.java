package io.paxgate.rules.targeting;

import dev.cel.runtime.CelRuntime;

import java.util.List;

/**
 * A rule ready to run: its closure tree (null when it fell back to the interpreter), CEL's own
 * program (always; used for fallback and for equivalence checks), and the fields it reads.
 */
final class CompiledRule {
    final Rule rule;
    /** Position in the rule set, used to order hits. */
    final int order;
    final ClosureCompiler.BoolNode closure;
    final CelRuntime.Program program;
    /** Why the rule was not compiled to closures, or null. */
    final String fallbackReason;
    final List<SchemaField> reads;
    final long fromDay;
    final long toDay;

    CompiledRule(Rule rule, int order, ClosureCompiler.BoolNode closure, CelRuntime.Program program,
                 String fallbackReason, List<SchemaField> reads) {
        this.rule = rule;
        this.order = order;
        this.closure = closure;
        this.program = program;
        this.fallbackReason = fallbackReason;
        this.reads = reads;
        this.fromDay = rule.validFrom() == null ? Long.MIN_VALUE : rule.validFrom().toEpochDay();
        this.toDay = rule.validTo() == null ? Long.MAX_VALUE : rule.validTo().toEpochDay();
    }

    boolean appliesOn(long epochDay) {
        return epochDay >= fromDay && epochDay <= toDay;
    }
}
