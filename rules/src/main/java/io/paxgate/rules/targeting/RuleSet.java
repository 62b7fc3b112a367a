package io.paxgate.rules.targeting;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An immutable, type-checked and compiled set of targeting rules with the named lists they use.
 * Built whole or not at all: any error in any file refuses the set. Thread-safe for evaluation.
 */
public final class RuleSet {
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    private final long version;
    private final Map<String, List<String>> lists;
    private final Map<String, Rule> rules;
    private final List<CompiledRule> compiled;
    private final RuleIndex index;
    private final List<String> fallbackRules;

    private final Map<String, Integer> order = new HashMap<>();

    private RuleSet(long version, Map<String, List<String>> lists, Map<String, Rule> rules, List<CompiledRule> compiled,
                    Map<CompiledRule, RuleIndex.Key> indexKeys) {
        this.version = version;
        this.lists = lists;
        this.rules = rules;
        this.compiled = compiled;
        List<String> fallback = new ArrayList<>();
        for (CompiledRule r : compiled) {
            order.put(r.rule.id(), r.order);
            if (r.closure == null) {
                fallback.add(r.rule.id());
            }
        }
        this.fallbackRules = List.copyOf(fallback);
        this.index = RuleIndex.build(compiled, indexKeys);
    }

    /** An empty set (version 0): nothing fires. */
    public static RuleSet empty() {
        return new RuleSet(0, Map.of(), Map.of(), List.of(), Map.of());
    }

    /**
     * Loads every rule file of a directory: {@value RuleFile#LISTS_FILE} holds the named lists,
     * every other *.yaml / *.yml file a list of rules. All errors of all files are reported together.
     */
    public static RuleSet load(Path dir, long version) throws RuleLoadException {
        return load(dir, version, Map.of());
    }

    /**
     * As {@link #load(Path, long)}, with the enabled state of the rules named in {@code enabled}
     * taken from there instead of their files (an analyst switched them on or off at run time).
     */
    public static RuleSet load(Path dir, long version, Map<String, Boolean> enabled) throws RuleLoadException {
        List<RuleError> errors = new ArrayList<>();
        Map<String, List<String>> lists = Map.of();
        Path listsFile = dir.resolve(RuleFile.LISTS_FILE);
        if (Files.isRegularFile(listsFile)) {
            lists = RuleFile.parseLists(listsFile.toString(), RuleFile.readText(listsFile, errors), errors);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().equals(RuleFile.LISTS_FILE))
                .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                .sorted().toList();
        } catch (IOException e) {
            throw new RuleLoadException(List.of(new RuleError(dir.toString(), null, 0, 0, "cannot list rule directory: " + e)));
        }
        List<Rule> all = new ArrayList<>();
        for (Path f : files) {
            for (Rule r : RuleFile.parse(f.toString(), RuleFile.readText(f, errors), errors)) {
                Boolean on = enabled.get(r.id());
                all.add(on == null ? r : r.withEnabled(on));
            }
        }
        return compile(all, lists, version, errors);
    }

    /** Compiles rules given in memory (tests, benchmarks, backtests); same checks as {@link #load}. */
    public static RuleSet of(List<Rule> rules, Map<String, List<String>> lists, long version) throws RuleLoadException {
        return compile(rules, lists, version, new ArrayList<>());
    }

    private static RuleSet compile(List<Rule> all, Map<String, List<String>> lists, long version, List<RuleError> errors)
            throws RuleLoadException {
        CelCompiler cel = celCompiler(lists);
        Map<String, Rule> byId = new LinkedHashMap<>();
        List<CompiledRule> compiled = new ArrayList<>();
        Map<CompiledRule, RuleIndex.Key> keys = new IdentityHashMap<>();
        for (Rule r : all) {
            Rule first = byId.putIfAbsent(r.id(), r);
            if (first != null) {
                errors.add(new RuleError(r.file(), r.id(), r.line(), 1,
                    "duplicate rule id (first defined in " + first.file() + " line " + first.line() + ")"));
                continue;
            }
            CelValidationResult result = cel.compile(r.expression(), r.file() + "#" + r.id());
            if (result.hasError()) {
                for (CelIssue issue : result.getErrors()) {
                    int[] at = r.fileLocation(issue.getSourceLocation().getLine(), issue.getSourceLocation().getColumn());
                    errors.add(new RuleError(r.file(), r.id(), at[0], at[1], issue.getMessage()));
                }
                continue;
            }
            try {
                CelAbstractSyntaxTree ast = result.getAst();
                CelRuntime.Program program = RUNTIME.createProgram(ast);
                ClosureCompiler.BoolNode closure = null;
                String reason = null;
                try {
                    closure = new ClosureCompiler(ast, lists).compile();
                } catch (ClosureCompiler.Unsupported u) {
                    reason = u.getMessage();
                }
                CompiledRule c = new CompiledRule(r, compiled.size(), closure, program, reason, reads(ast));
                if (r.enabled()) {
                    RuleIndex.Key key = RuleIndex.keyOf(ast, lists);
                    if (key != null) {
                        keys.put(c, key);
                    }
                    compiled.add(c);
                }
            } catch (Exception e) {
                errors.add(new RuleError(r.file(), r.id(), r.expressionLine(), r.expressionColumn(), "cannot compile: " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        Map<String, List<String>> listCopy = new LinkedHashMap<>();
        lists.forEach((k, v) -> listCopy.put(k, List.copyOf(v)));
        return new RuleSet(version, Collections.unmodifiableMap(listCopy), Collections.unmodifiableMap(byId), List.copyOf(compiled), keys);
    }

    /** The CEL environment: every schema field and every named list as a typed variable, bool result. */
    static CelCompiler celCompiler(Map<String, List<String>> lists) {
        CelCompilerBuilder b = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setResultType(SimpleType.BOOL);
        for (SchemaField f : RuleSchema.fields()) {
            b.addVar(f.name(), f.type().celType());
        }
        for (String name : lists.keySet()) {
            b.addVar(RuleSchema.LISTS_PREFIX + name, ListType.create(SimpleType.STRING));
        }
        return b.build();
    }

    private static List<SchemaField> reads(CelAbstractSyntaxTree ast) {
        Set<SchemaField> fields = new LinkedHashSet<>();
        collect(ast, ast.getExpr(), fields);
        return List.copyOf(fields);
    }

    private static void collect(CelAbstractSyntaxTree ast, CelExpr e, Set<SchemaField> out) {
        switch (e.getKind()) {
            case IDENT -> {
                SchemaField f = RuleSchema.field(ast.getReference(e.id()).map(CelReference::name).orElse(e.ident().name()));
                if (f != null) {
                    out.add(f);
                }
            }
            case SELECT -> collect(ast, e.select().operand(), out);
            case CALL -> {
                e.call().target().ifPresent(t -> collect(ast, t, out));
                e.call().args().forEach(a -> collect(ast, a, out));
            }
            case LIST -> e.list().elements().forEach(a -> collect(ast, a, out));
            case MAP -> e.map().entries().forEach(en -> {
                collect(ast, en.key(), out);
                collect(ast, en.value(), out);
            });
            case COMPREHENSION -> {
                collect(ast, e.comprehension().iterRange(), out);
                collect(ast, e.comprehension().accuInit(), out);
                collect(ast, e.comprehension().loopCondition(), out);
                collect(ast, e.comprehension().loopStep(), out);
                collect(ast, e.comprehension().result(), out);
            }
            default -> { }
        }
    }

    /** The rules that fire for this traveller on {@code day}, in rule-set order. */
    public List<RuleHit> evaluate(ScreeningSubject s, LocalDate day) {
        return evaluate(s, day, EvaluationListener.NONE);
    }

    public List<RuleHit> evaluate(ScreeningSubject s, LocalDate day, EvaluationListener listener) {
        long d = day.toEpochDay();
        List<RuleHit> hits = null;
        boolean unordered = false;
        RuleIndex ix = index;
        for (int i = 0; i < ix.slots.length; i++) {
            CompiledRule[] rs = ix.byValue.get(i).get(s.strings[ix.slots[i]]);
            if (rs != null) {
                unordered |= hits != null;
                hits = run(rs, s, d, hits, listener);
            }
        }
        unordered |= hits != null;
        hits = run(ix.always, s, d, hits, listener);
        if (hits == null) {
            return List.of();
        }
        if (unordered && hits.size() > 1) {
            hits.sort(Comparator.comparingInt(h -> compiledOrder(h.ruleId())));
        }
        return hits;
    }

    private int compiledOrder(String id) {
        return order.get(id);
    }

    private List<RuleHit> run(CompiledRule[] rs, ScreeningSubject s, long day, List<RuleHit> hits, EvaluationListener listener) {
        for (CompiledRule r : rs) {
            if (!r.appliesOn(day)) {
                continue;
            }
            boolean fired;
            boolean interpreted = r.closure == null;
            if (!interpreted) {
                try {
                    fired = r.closure.test(s);
                } catch (RuntimeException fallback) {
                    if (fallback != ClosureCompiler.FALLBACK) {
                        throw fallback;
                    }
                    interpreted = true;
                    fired = interpret(r, s);
                }
            } else {
                fired = interpret(r, s);
            }
            if (listener != EvaluationListener.NONE) {
                listener.evaluated(r.rule.id(), interpreted);
            }
            if (fired) {
                if (hits == null) {
                    hits = new ArrayList<>(4);
                }
                hits.add(hit(r, s));
            }
        }
        return hits;
    }

    private boolean interpret(CompiledRule r, ScreeningSubject s) {
        CelVariableResolver resolver = name -> {
            SchemaField f = RuleSchema.field(name);
            if (f != null) {
                return Optional.of(s.value(f));
            }
            return name.startsWith(RuleSchema.LISTS_PREFIX)
                ? Optional.ofNullable(lists.get(name.substring(RuleSchema.LISTS_PREFIX.length()))) : Optional.empty();
        };
        try {
            return Boolean.TRUE.equals(r.program.eval(resolver));
        } catch (CelEvaluationException e) {
            return false; // a rule that errors (e.g. index out of range) does not fire
        }
    }

    private static RuleHit hit(CompiledRule r, ScreeningSubject s) {
        List<RuleHit.Evidence> evidence = new ArrayList<>(r.reads.size());
        for (SchemaField f : r.reads) {
            evidence.add(new RuleHit.Evidence(f.name(), s.value(f)));
        }
        return new RuleHit(r.rule.id(), r.rule.severity(), r.rule.weight(), r.rule.description(), evidence);
    }

    /**
     * The same answer computed by CEL's interpreter alone, on a map activation built here: the
     * reference the compiled path is tested and benchmarked against.
     */
    public List<RuleHit> evaluateWithInterpreter(ScreeningSubject s, LocalDate day) {
        Map<String, Object> activation = s.toActivation(lists);
        long d = day.toEpochDay();
        List<RuleHit> hits = new ArrayList<>();
        for (CompiledRule r : compiled) {
            if (!r.appliesOn(d)) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(r.program.eval(activation))) {
                    hits.add(hit(r, s));
                }
            } catch (CelEvaluationException e) {
                // does not fire, as in evaluate()
            }
        }
        return hits;
    }

    public long version() {
        return version;
    }

    /** Every rule by id, in file order, disabled ones included. */
    public Map<String, Rule> rules() {
        return rules;
    }

    public Map<String, List<String>> lists() {
        return lists;
    }

    /** Ids of enabled rules that run on CEL's interpreter because the compiler does not cover them. */
    public List<String> fallbackRules() {
        return fallbackRules;
    }

    /** Why each fallback rule was not compiled. */
    public Map<String, String> fallbackReasons() {
        Map<String, String> m = new LinkedHashMap<>();
        for (CompiledRule r : compiled) {
            if (r.closure == null) {
                m.put(r.rule.id(), r.fallbackReason);
            }
        }
        return m;
    }

    /** Enabled rules filed in the index (evaluated only when their indexed field matches). */
    public int indexedRules() {
        return index.indexedRules;
    }

    /** Enabled rules evaluated for every traveller. */
    public int unindexedRules() {
        return index.always.length;
    }

    @Override
    public String toString() {
        return "RuleSet{version=" + version + ", rules=" + rules.size() + ", enabled=" + compiled.size()
            + ", indexed=" + index.indexedRules + ", fallback=" + fallbackRules.size() + ", lists=" + lists.keySet() + "}";
    }
}
