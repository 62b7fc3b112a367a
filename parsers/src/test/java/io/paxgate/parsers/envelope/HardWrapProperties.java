package io.paxgate.parsers.envelope;

import io.paxgate.parsers.InputDecoder;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hard wraps change nothing: a sample interchange with line breaks put between any two bytes after
 * its UNA and UNB tags (a Type B gateway wraps text at a fixed width, wherever that falls: inside a
 * tag, a name, a date, after a release character) decodes to the same messages, field for field,
 * as the sample does, and with no error.
 */
class HardWrapProperties {
    private static final List<byte[]> SAMPLES = Samples.EDIFACT;
    /** Fields that say where something was read, not what: they move with the line breaks. */
    private static final Set<String> POSITIONS = Set.of("offset", "problems", "source");

    @Property(tries = 300)
    void lineBreaksAnywhereDecodeToTheSameMessages(@ForAll @IntRange(min = 0, max = 1) int sample,
            @ForAll @IntRange(min = 3, max = 80) int every, @ForAll boolean crlf, @ForAll long seed) {
        byte[] original = SAMPLES.get(sample);
        byte[] wrapped = wrap(original, every, crlf ? "\r\n" : "\n", new Random(seed));
        DecodeResult want = new InputDecoder().decode(original);
        DecodeResult got = new InputDecoder().decode(wrapped);
        String text = new String(wrapped, StandardCharsets.ISO_8859_1);
        assertFalse(got.hasErrors(), () -> got.problems() + "\n" + text);
        assertEquals(want.messages().size(), got.messages().size(), text);
        for (int i = 0; i < want.messages().size(); i++) {
            assertEquals(dump(want.messages().get(i)), dump(got.messages().get(i)), text);
        }
    }

    @Example
    void theComparisonSeesTheModelsFields() {
        // a dump that left fields out would compare equal whatever the decoder gave
        String paxlst = dump(new InputDecoder().decode(SAMPLES.get(0)).messages().get(0));
        assertTrue(paxlst.contains("surname=MUELLER") && paxlst.contains("number=C01X00T47")
                && paxlst.contains("birthDate=1985-06-17"), paxlst);
    }

    /** A line break after about every {@code every} bytes, never inside the UNA or the UNB tag. */
    private static byte[] wrap(byte[] in, int every, String lineBreak, Random random) {
        int keep = indexOf(in, "UNB") + 3;
        StringBuilder out = new StringBuilder(in.length + in.length / 3 + 8);
        for (int i = 0; i < in.length; i++) {
            if (i >= keep && random.nextInt(every) == 0) {
                out.append(lineBreak);
            }
            out.append((char) (in[i] & 0xFF));
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] in, String ascii) {
        return new String(in, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }

    /** Every public field of the model, recursively, as text; positions left out. */
    static String dump(Object o) {
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
