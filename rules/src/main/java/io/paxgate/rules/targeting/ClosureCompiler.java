package io.paxgate.rules.targeting;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a checked CEL AST into a tree of Java closures over the slots of a
 * {@link ScreeningSubject}: a field is read by a precomputed index, constants are folded, and
 * {@code x in [..]} / {@code x in lists.y} become hash-set lookups. Only constructs whose CEL
 * semantics are reproduced exactly are compiled; anything else throws {@link Unsupported} and the
 * rule runs on CEL's interpreter instead. Where CEL would raise an error (integer overflow, index
 * out of range) the closure throws {@link #FALLBACK} and the caller re-runs that rule on the
 * interpreter, so errors keep CEL's meaning.
 */
final class ClosureCompiler {
    /** Thrown at evaluation when CEL's own answer is needed: no stack trace, shared. */
    static final RuntimeException FALLBACK = new RuntimeException("fall back to the CEL interpreter", null, false, false) {
    };

    interface BoolNode {
        boolean test(ScreeningSubject s);
    }

    interface LongNode {
        long get(ScreeningSubject s);
    }

    interface ObjNode {
        Object get(ScreeningSubject s);
    }

    /** Thrown at compile time for a construct this compiler leaves to the interpreter. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final CelAbstractSyntaxTree ast;
    private final Map<String, List<String>> lists;

    ClosureCompiler(CelAbstractSyntaxTree ast, Map<String, List<String>> lists) {
        this.ast = ast;
        this.lists = lists;
    }

    BoolNode compile() throws Unsupported {
        return bool(ast.getExpr());
    }

    private CelType type(CelExpr e) throws Unsupported {
        return ast.getType(e.id()).orElseThrow(() -> new Unsupported("untyped expression"));
    }

    private static boolean isList(CelType t) {
        return t.kind() == CelKind.LIST;
    }

    /** The schema field an identifier refers to, or null. */
    private SchemaField field(CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.IDENT) {
            return null;
        }
        String name = ast.getReference(e.id()).map(CelReference::name).orElse(e.ident().name());
        return RuleSchema.field(name);
    }

    /** The named list an identifier refers to, or null. */
    private List<String> namedList(CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.IDENT) {
            return null;
        }
        String name = ast.getReference(e.id()).map(CelReference::name).orElse(e.ident().name());
        return name.startsWith(RuleSchema.LISTS_PREFIX) ? lists.get(name.substring(RuleSchema.LISTS_PREFIX.length())) : null;
    }

    /** A compile-time constant (String, Long, Boolean, Instant, List), or null. */
    Object constant(CelExpr e) {
        switch (e.getKind()) {
            case CONSTANT: {
                CelConstant c = e.constant();
                switch (c.getKind()) {
                    case STRING_VALUE: return c.stringValue();
                    case INT64_VALUE: return c.int64Value();
                    case BOOLEAN_VALUE: return c.booleanValue();
                    default: return null;
                }
            }
            case IDENT:
                return namedList(e);
            case CALL: {
                CelExpr.CelCall call = e.call();
                if (call.function().equals("timestamp") && call.target().isEmpty() && call.args().size() == 1
                    && constant(call.args().get(0)) instanceof String s) {
                    try {
                        return Instant.parse(s);
                    } catch (DateTimeParseException x) {
                        return null;
                    }
                }
                return null;
            }
            case LIST: {
                List<Object> values = new ArrayList<>();
                if (!e.list().optionalIndices().isEmpty()) {
                    return null;
                }
                for (CelExpr el : e.list().elements()) {
                    Object v = constant(el);
                    if (!(v instanceof String || v instanceof Long || v instanceof Boolean)) {
                        return null;
                    }
                    values.add(v);
                }
                return List.copyOf(values);
            }
            default:
                return null;
        }
    }

    BoolNode bool(CelExpr e) throws Unsupported {
        Object c = constant(e);
        if (c instanceof Boolean b) {
            boolean v = b;
            return s -> v;
        }
        SchemaField f = field(e);
        if (f != null && f.type() == FieldType.BOOL) {
            int slot = f.slot();
            return s -> s.bools[slot];
        }
        if (e.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
            return quantifier(e.comprehension());
        }
        if (e.getKind() != CelExpr.ExprKind.Kind.CALL) {
            throw new Unsupported(e.getKind().toString());
        }
        CelExpr.CelCall call = e.call();
        List<CelExpr> args = call.args();
        switch (call.function()) {
            case "_&&_": {
                BoolNode a = bool(args.get(0));
                BoolNode b = bool(args.get(1));
                return s -> a.test(s) && b.test(s);
            }
            case "_||_": {
                BoolNode a = bool(args.get(0));
                BoolNode b = bool(args.get(1));
                return s -> a.test(s) || b.test(s);
            }
            case "!_": {
                BoolNode a = bool(args.get(0));
                return s -> !a.test(s);
            }
            case "_?_:_": {
                BoolNode cond = bool(args.get(0));
                BoolNode a = bool(args.get(1));
                BoolNode b = bool(args.get(2));
                return s -> cond.test(s) ? a.test(s) : b.test(s);
            }
            case "_==_":
                return equality(args.get(0), args.get(1));
            case "_!=_": {
                BoolNode eq = equality(args.get(0), args.get(1));
                return s -> !eq.test(s);
            }
            case "_<_":
            case "_<=_":
            case "_>_":
            case "_>=_":
                return ordering(call.function(), args.get(0), args.get(1));
            case "@in":
                return in(args.get(0), args.get(1));
            case "startsWith":
            case "endsWith":
            case "contains": {
                if (call.target().isEmpty() || !type(call.target().get()).equals(SimpleType.STRING)) {
                    throw new Unsupported(call.function());
                }
                ObjNode target = obj(call.target().get());
                Object arg = constant(args.get(0));
                if (arg instanceof String k) {
                    return switch (call.function()) {
                        case "startsWith" -> s -> ((String) target.get(s)).startsWith(k);
                        case "endsWith" -> s -> ((String) target.get(s)).endsWith(k);
                        default -> s -> ((String) target.get(s)).contains(k);
                    };
                }
                ObjNode a = obj(args.get(0));
                return switch (call.function()) {
                    case "startsWith" -> s -> ((String) target.get(s)).startsWith((String) a.get(s));
                    case "endsWith" -> s -> ((String) target.get(s)).endsWith((String) a.get(s));
                    default -> s -> ((String) target.get(s)).contains((String) a.get(s));
                };
            }
            default:
                throw new Unsupported(call.function());
        }
    }

    /** A test on one element of a list(string), inside {@code exists}/{@code all}. */
    private interface ElementTest {
        boolean test(String element);
    }

    /**
     * {@code list.exists(x, p)} and {@code list.all(x, p)} over a list(string) where p is a simple
     * test of x alone ({@code x == 'A'}, {@code x != 'A'}, {@code x in [..]}, {@code x in lists.y},
     * {@code x.startsWith('A')} ...). Recognised by the shape of CEL's macro expansion:
     * accumulator initialised to false (exists) or true (all), step {@code acc || p} or
     * {@code acc && p}, result {@code acc}. p cannot raise an error, so the order CEL evaluates
     * elements in and its error absorption do not change the answer.
     */
    private BoolNode quantifier(CelExpr.CelComprehension c) throws Unsupported {
        if (!c.iterVar2().isEmpty() || !(constant(c.accuInit()) instanceof Boolean init)
            || c.result().getKind() != CelExpr.ExprKind.Kind.IDENT || !c.result().ident().name().equals(c.accuVar())
            || c.loopStep().getKind() != CelExpr.ExprKind.Kind.CALL) {
            throw new Unsupported("comprehension");
        }
        CelExpr.CelCall step = c.loopStep().call();
        boolean exists = !init && step.function().equals("_||_");
        boolean all = init && step.function().equals("_&&_");
        CelExpr acc = step.args().get(0);
        if (!(exists || all) || acc.getKind() != CelExpr.ExprKind.Kind.IDENT || !acc.ident().name().equals(c.accuVar())) {
            throw new Unsupported("comprehension");
        }
        CelType range = type(c.iterRange());
        if (!isList(range) || !((ListType) range).elemType().equals(SimpleType.STRING)) {
            throw new Unsupported("comprehension over " + range);
        }
        ElementTest p = elementTest(step.args().get(1), c.iterVar());
        ObjNode list = obj(c.iterRange());
        if (exists) {
            return s -> {
                List<?> l = (List<?>) list.get(s);
                for (int i = 0; i < l.size(); i++) {
                    if (p.test((String) l.get(i))) {
                        return true;
                    }
                }
                return false;
            };
        }
        return s -> {
            List<?> l = (List<?>) list.get(s);
            for (int i = 0; i < l.size(); i++) {
                if (!p.test((String) l.get(i))) {
                    return false;
                }
            }
            return true;
        };
    }

    private boolean isVar(CelExpr e, String var) {
        return e.getKind() == CelExpr.ExprKind.Kind.IDENT && e.ident().name().equals(var)
            && ast.getReference(e.id()).map(r -> r.name().isEmpty() || r.name().equals(var)).orElse(true);
    }

    private ElementTest elementTest(CelExpr e, String var) throws Unsupported {
        if (e.getKind() != CelExpr.ExprKind.Kind.CALL) {
            throw new Unsupported("comprehension predicate");
        }
        CelExpr.CelCall call = e.call();
        List<CelExpr> args = call.args();
        switch (call.function()) {
            case "_&&_": {
                ElementTest a = elementTest(args.get(0), var);
                ElementTest b = elementTest(args.get(1), var);
                return x -> a.test(x) && b.test(x);
            }
            case "_||_": {
                ElementTest a = elementTest(args.get(0), var);
                ElementTest b = elementTest(args.get(1), var);
                return x -> a.test(x) || b.test(x);
            }
            case "!_": {
                ElementTest a = elementTest(args.get(0), var);
                return x -> !a.test(x);
            }
            case "_==_":
            case "_!=_": {
                Object k = isVar(args.get(0), var) ? constant(args.get(1)) : isVar(args.get(1), var) ? constant(args.get(0)) : null;
                if (!(k instanceof String v)) {
                    throw new Unsupported("comprehension predicate");
                }
                return call.function().equals("_==_") ? x -> x.equals(v) : x -> !x.equals(v);
            }
            case "@in": {
                if (isVar(args.get(0), var) && constant(args.get(1)) instanceof List<?> values) {
                    Set<Object> set = new HashSet<>(values);
                    return set::contains;
                }
                throw new Unsupported("comprehension predicate");
            }
            case "startsWith":
            case "endsWith":
            case "contains": {
                if (call.target().isEmpty() || !isVar(call.target().get(), var) || !(constant(args.get(0)) instanceof String k)) {
                    throw new Unsupported("comprehension predicate");
                }
                return switch (call.function()) {
                    case "startsWith" -> x -> x.startsWith(k);
                    case "endsWith" -> x -> x.endsWith(k);
                    default -> x -> x.contains(k);
                };
            }
            default:
                throw new Unsupported("comprehension predicate " + call.function());
        }
    }

    private BoolNode equality(CelExpr left, CelExpr right) throws Unsupported {
        CelType lt = type(left);
        CelType rt = type(right);
        if (!lt.equals(rt)) {
            throw new Unsupported("== on " + lt + ", " + rt);
        }
        if (lt.equals(SimpleType.INT)) {
            Object c = constant(right);
            LongNode a = lng(left);
            if (c instanceof Long k) {
                long v = k;
                return s -> a.get(s) == v;
            }
            LongNode b = lng(right);
            return s -> a.get(s) == b.get(s);
        }
        if (lt.equals(SimpleType.BOOL)) {
            BoolNode a = bool(left);
            BoolNode b = bool(right);
            return s -> a.test(s) == b.test(s);
        }
        if (lt.equals(SimpleType.STRING) || lt.equals(SimpleType.TIMESTAMP)
            || (isList(lt) && ((ListType) lt).elemType().equals(SimpleType.STRING))) {
            SchemaField f = field(left);
            Object c = constant(right);
            if (f != null && f.type() == FieldType.STRING && c instanceof String k) {
                int slot = f.slot();
                return s -> s.strings[slot].equals(k);
            }
            ObjNode a = obj(left);
            if (c != null) {
                return s -> a.get(s).equals(c);
            }
            ObjNode b = obj(right);
            return s -> a.get(s).equals(b.get(s));
        }
        throw new Unsupported("== on " + lt);
    }

    private BoolNode ordering(String op, CelExpr left, CelExpr right) throws Unsupported {
        CelType lt = type(left);
        if (!lt.equals(type(right))) {
            throw new Unsupported(op + " on mixed types");
        }
        if (lt.equals(SimpleType.INT)) {
            LongNode a = lng(left);
            Object c = constant(right);
            if (c instanceof Long k) {
                long v = k;
                return switch (op) {
                    case "_<_" -> s -> a.get(s) < v;
                    case "_<=_" -> s -> a.get(s) <= v;
                    case "_>_" -> s -> a.get(s) > v;
                    default -> s -> a.get(s) >= v;
                };
            }
            LongNode b = lng(right);
            return switch (op) {
                case "_<_" -> s -> a.get(s) < b.get(s);
                case "_<=_" -> s -> a.get(s) <= b.get(s);
                case "_>_" -> s -> a.get(s) > b.get(s);
                default -> s -> a.get(s) >= b.get(s);
            };
        }
        if (lt.equals(SimpleType.TIMESTAMP)) {
            ObjNode a = obj(left);
            ObjNode b = obj(right);
            return switch (op) {
                case "_<_" -> s -> ((Instant) a.get(s)).compareTo((Instant) b.get(s)) < 0;
                case "_<=_" -> s -> ((Instant) a.get(s)).compareTo((Instant) b.get(s)) <= 0;
                case "_>_" -> s -> ((Instant) a.get(s)).compareTo((Instant) b.get(s)) > 0;
                default -> s -> ((Instant) a.get(s)).compareTo((Instant) b.get(s)) >= 0;
            };
        }
        // string ordering: CEL compares code points, Java compares UTF-16 units; leave it to CEL
        throw new Unsupported(op + " on " + lt);
    }

    private BoolNode in(CelExpr element, CelExpr list) throws Unsupported {
        CelType et = type(element);
        CelType lt = type(list);
        if (!isList(lt) || !((ListType) lt).elemType().equals(et)) {
            throw new Unsupported("in on " + lt);
        }
        Object c = constant(list);
        if (c instanceof List<?> values) {
            if (et.equals(SimpleType.STRING)) {
                Set<String> set = new HashSet<>();
                for (Object v : values) {
                    set.add((String) v);
                }
                SchemaField f = field(element);
                if (f != null && f.type() == FieldType.STRING) {
                    int slot = f.slot();
                    return s -> set.contains(s.strings[slot]);
                }
                ObjNode a = obj(element);
                return s -> set.contains((String) a.get(s));
            }
            if (et.equals(SimpleType.INT)) {
                long[] sorted = values.stream().mapToLong(v -> (Long) v).sorted().distinct().toArray();
                LongNode a = lng(element);
                return s -> java.util.Arrays.binarySearch(sorted, a.get(s)) >= 0;
            }
            throw new Unsupported("in on " + lt);
        }
        if (et.equals(SimpleType.STRING)) {
            ObjNode a = obj(element);
            ObjNode l = obj(list);
            return s -> ((List<?>) l.get(s)).contains(a.get(s));
        }
        throw new Unsupported("in on " + lt);
    }

    LongNode lng(CelExpr e) throws Unsupported {
        Object c = constant(e);
        if (c instanceof Long k) {
            long v = k;
            return s -> v;
        }
        SchemaField f = field(e);
        if (f != null && f.type() == FieldType.INT) {
            int slot = f.slot();
            return s -> s.ints[slot];
        }
        if (e.getKind() != CelExpr.ExprKind.Kind.CALL || !type(e).equals(SimpleType.INT)) {
            throw new Unsupported("int " + e.getKind());
        }
        CelExpr.CelCall call = e.call();
        List<CelExpr> args = call.args();
        switch (call.function()) {
            case "_+_": {
                LongNode a = lng(args.get(0));
                LongNode b = lng(args.get(1));
                return s -> exact(a.get(s), b.get(s), '+');
            }
            case "_-_": {
                LongNode a = lng(args.get(0));
                LongNode b = lng(args.get(1));
                return s -> exact(a.get(s), b.get(s), '-');
            }
            case "_*_": {
                LongNode a = lng(args.get(0));
                LongNode b = lng(args.get(1));
                return s -> exact(a.get(s), b.get(s), '*');
            }
            case "-_": {
                LongNode a = lng(args.get(0));
                return s -> exact(0, a.get(s), '-');
            }
            case "_?_:_": {
                BoolNode cond = bool(args.get(0));
                LongNode a = lng(args.get(1));
                LongNode b = lng(args.get(2));
                return s -> cond.test(s) ? a.get(s) : b.get(s);
            }
            case "size": {
                CelExpr of = call.target().isPresent() ? call.target().get() : args.get(0);
                if (call.target().isPresent() ? !args.isEmpty() : args.size() != 1) {
                    throw new Unsupported("size");
                }
                CelType t = type(of);
                ObjNode a = obj(of);
                if (isList(t)) {
                    return s -> ((List<?>) a.get(s)).size();
                }
                if (t.equals(SimpleType.STRING)) {
                    return s -> {
                        String v = (String) a.get(s);
                        return v.codePointCount(0, v.length());
                    };
                }
                throw new Unsupported("size of " + t);
            }
            default:
                throw new Unsupported(call.function());
        }
    }

    private static long exact(long a, long b, char op) {
        try {
            return switch (op) {
                case '+' -> Math.addExact(a, b);
                case '-' -> Math.subtractExact(a, b);
                default -> Math.multiplyExact(a, b);
            };
        } catch (ArithmeticException overflow) {
            throw FALLBACK;
        }
    }

    ObjNode obj(CelExpr e) throws Unsupported {
        Object c = constant(e);
        if (c instanceof String || c instanceof Instant || c instanceof List) {
            return s -> c;
        }
        SchemaField f = field(e);
        if (f != null) {
            int slot = f.slot();
            return switch (f.type()) {
                case STRING -> s -> s.strings[slot];
                case TIMESTAMP -> s -> s.times[slot];
                case STRING_LIST -> s -> s.lists[slot];
                default -> throw new Unsupported("object read of " + f.type());
            };
        }
        if (e.getKind() == CelExpr.ExprKind.Kind.CALL) {
            CelExpr.CelCall call = e.call();
            List<CelExpr> args = call.args();
            if (call.function().equals("_?_:_")) {
                BoolNode cond = bool(args.get(0));
                ObjNode a = obj(args.get(1));
                ObjNode b = obj(args.get(2));
                return s -> cond.test(s) ? a.get(s) : b.get(s);
            }
            if (call.function().equals("_[_]") && isList(type(args.get(0))) && type(args.get(1)).equals(SimpleType.INT)) {
                ObjNode list = obj(args.get(0));
                LongNode index = lng(args.get(1));
                return s -> {
                    List<?> l = (List<?>) list.get(s);
                    long i = index.get(s);
                    if (i < 0 || i >= l.size()) {
                        throw FALLBACK;
                    }
                    return l.get((int) i);
                };
            }
        }
        throw new Unsupported("value " + e.getKind());
    }
}
