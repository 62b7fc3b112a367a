package io.paxgate.rules.targeting;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups rules by one necessary condition so that a traveller only evaluates the rules that can
 * fire. A rule whose top-level conjunction holds {@code field == 'X'}, {@code field in ['X', ..]}
 * or {@code field in lists.y} on a string field is filed under each of those values of that
 * field (the smallest such set when it has several); the others are always evaluated. Skipping is
 * exact: in CEL {@code false && anything} is false, even when "anything" would be an error.
 */
final class RuleIndex {
    /** A rule's index entry: the field and the values one of which it requires. */
    record Key(SchemaField field, Set<String> values) {
    }

    final SchemaField[] fields;
    final int[] slots;
    final List<Map<String, CompiledRule[]>> byValue;
    final CompiledRule[] always;
    final int indexedRules;

    private RuleIndex(SchemaField[] fields, List<Map<String, CompiledRule[]>> byValue, CompiledRule[] always, int indexedRules) {
        this.fields = fields;
        this.slots = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            slots[i] = fields[i].slot();
        }
        this.byValue = byValue;
        this.always = always;
        this.indexedRules = indexedRules;
    }

    static RuleIndex build(List<CompiledRule> rules, Map<CompiledRule, Key> keys) {
        Map<SchemaField, Map<String, List<CompiledRule>>> grouped = new LinkedHashMap<>();
        List<CompiledRule> always = new ArrayList<>();
        int indexed = 0;
        for (CompiledRule r : rules) {
            Key k = keys.get(r);
            if (k == null) {
                always.add(r);
                continue;
            }
            indexed++;
            Map<String, List<CompiledRule>> m = grouped.computeIfAbsent(k.field(), f -> new HashMap<>());
            for (String v : k.values()) {
                m.computeIfAbsent(v, x -> new ArrayList<>()).add(r);
            }
        }
        SchemaField[] fields = grouped.keySet().toArray(new SchemaField[0]);
        List<Map<String, CompiledRule[]>> byValue = new ArrayList<>();
        for (SchemaField f : fields) {
            Map<String, CompiledRule[]> m = new HashMap<>();
            grouped.get(f).forEach((v, l) -> m.put(v, l.toArray(new CompiledRule[0])));
            byValue.add(m);
        }
        return new RuleIndex(fields, byValue, always.toArray(new CompiledRule[0]), indexed);
    }

    /** The most selective index key of a checked rule, or null when it has none. */
    static Key keyOf(CelAbstractSyntaxTree ast, Map<String, List<String>> lists) {
        List<CelExpr> conjuncts = new ArrayList<>();
        flatten(ast.getExpr(), conjuncts);
        ClosureCompiler constants = new ClosureCompiler(ast, lists);
        Key best = null;
        for (CelExpr c : conjuncts) {
            Key k = key(ast, constants, c);
            if (k != null && (best == null || k.values().size() < best.values().size())) {
                best = k;
            }
        }
        return best;
    }

    private static void flatten(CelExpr e, List<CelExpr> out) {
        if (e.getKind() == CelExpr.ExprKind.Kind.CALL && e.call().function().equals("_&&_")) {
            for (CelExpr a : e.call().args()) {
                flatten(a, out);
            }
        } else {
            out.add(e);
        }
    }

    private static Key key(CelAbstractSyntaxTree ast, ClosureCompiler constants, CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.CALL) {
            return null;
        }
        CelExpr.CelCall call = e.call();
        if (call.args().size() != 2) {
            return null;
        }
        CelExpr a = call.args().get(0);
        CelExpr b = call.args().get(1);
        switch (call.function()) {
            case "_==_": {
                SchemaField f = stringField(ast, a);
                Object c = constants.constant(b);
                if (f == null) {
                    f = stringField(ast, b);
                    c = constants.constant(a);
                }
                return f != null && c instanceof String s ? new Key(f, Set.of(s)) : null;
            }
            case "@in": {
                SchemaField f = stringField(ast, a);
                if (f != null && constants.constant(b) instanceof List<?> values) {
                    Set<String> set = new LinkedHashSet<>();
                    for (Object v : values) {
                        if (!(v instanceof String s)) {
                            return null;
                        }
                        set.add(s);
                    }
                    return new Key(f, set);
                }
                return null;
            }
            default:
                return null;
        }
    }

    private static SchemaField stringField(CelAbstractSyntaxTree ast, CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.IDENT) {
            return null;
        }
        SchemaField f = RuleSchema.field(ast.getReference(e.id()).map(CelReference::name).orElse(e.ident().name()));
        return f != null && f.type() == FieldType.STRING ? f : null;
    }
}
