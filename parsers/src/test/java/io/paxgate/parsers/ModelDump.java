package io.paxgate.parsers;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A decoded model as text, for properties that compare two decodes field for field: every public
 * field, recursively, in declaration order; where things were read (offsets, problems, the
 * envelope) left out, as they move with the bytes.
 */
public final class ModelDump {
    private static final Set<String> POSITIONS = Set.of("offset", "problems", "source");

    private ModelDump() {
    }

    /** Every public field of the model, recursively, as text; positions left out. */
    public static String of(Object o) {
        StringBuilder sb = new StringBuilder();
        dump(o, sb, 0);
        return sb.toString();
    }

    private static void dump(Object o, StringBuilder sb, int depth) {
        if (depth > 12) {
            sb.append("...");
            return;
        }
        if (o == null || o instanceof CharSequence || o instanceof Number || o instanceof Boolean
                || o instanceof Enum<?> || o instanceof java.time.temporal.Temporal) {
            sb.append(o);
            return;
        }
        if (o instanceof Collection<?> c) {
            sb.append('[');
            for (Object x : c) {
                dump(x, sb, depth + 1);
                sb.append(", ");
            }
            sb.append(']');
            return;
        }
        if (!o.getClass().getPackageName().startsWith("io.paxgate.parsers")) {
            sb.append(o);
            return;
        }
        sb.append(o.getClass().getSimpleName()).append('{');
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        for (Field f : fields) {
            if (Modifier.isStatic(f.getModifiers()) || !Modifier.isPublic(f.getModifiers()) || POSITIONS.contains(f.getName())) {
                continue;
            }
            try {
                sb.append(f.getName()).append('=');
                dump(f.get(o), sb, depth + 1);
                sb.append(' ');
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        sb.append('}');
    }
}
