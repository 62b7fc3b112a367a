package io.paxgate.engine.pipeline;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import io.paxgate.parsers.model.Pnr;
import net.openhft.chronicle.bytes.BytesStore;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The flight board's values as bytes: Kryo field serialization of the decoded model (public-field
 * classes), every class registered under a fixed id so no class name is written. Measured against
 * Jackson Smile on the same objects (a 1.6 KB PNR: about 20 us to write or read with Smile), see
 * {@code FlightBoardBenchmark}. Decode problems are not part of a booking's state and are left out.
 *
 * <p>The byte layout follows the model's fields; {@link #fingerprint()} changes whenever a model
 * class gains, loses or retypes a field, so a board file written by another version is recognised
 * and rebuilt rather than misread. One instance per thread (Kryo is not thread-safe).
 */
final class BoardCodec {
    private static final ThreadLocal<BoardCodec> PER_THREAD = ThreadLocal.withInitial(() -> new BoardCodec(false));
    /** The classes a board value can hold, walked from these roots through their fields. */
    private static final Class<?>[] ROOTS = {FlightBoard.StoredFlight.class, FlightBoard.StoredSeat.class, Pnr.class};
    /**
     * What the field walk cannot see: how the board lays its entries out (2: the flight in its own
     * entry, a seat's booking as the key's last part; raise it with any such change).
     */
    private static final int LAYOUT = 2;
    private static final TreeMap<String, Class<?>> MODEL = model();
    private static final String FINGERPRINT = fingerprint(MODEL);

    private final Kryo kryo = new Kryo();
    private final Output output = new Output(4096, -1);
    private final Input input = new Input();
    /** The output buffer wrapped for the map, kept while the buffer is the same array. */
    private BytesStore<?, byte[]> encoded;

    /**
     * @param strict registration required: a class the model does not declare fails instead of
     *               being written by name (tests prove the generated model needs no name)
     */
    BoardCodec(boolean strict) {
        // the model has no cycles and no shared objects worth keeping shared: no reference table
        kryo.setReferences(false);
        // every class the model declares is registered below; anything else (a caller's own
        // object in a field) still works in production, at the cost of its name in the bytes
        kryo.setRegistrationRequired(strict);
        ImmutableCollectionsSerializers.addDefaultSerializers(kryo);
        ImmutableCollectionsSerializers.registerSerializers(kryo);
        int id = 100;
        kryo.register(ArrayList.class, id++);
        kryo.register(LocalDate.class, id++);
        kryo.register(LocalDateTime.class, id++);
        kryo.register(BigDecimal.class, id++); // Payment.amount, Ticket fares
        for (Class<?> c : MODEL.values()) {
            if (c.isEnum()) {
                kryo.register(c, id++);
                continue;
            }
            FieldSerializer<?> fields = new FieldSerializer<>(kryo, c);
            if (c == Pnr.class) {
                fields.removeField("problems");
            }
            for (FieldSerializer.CachedField f : fields.getFields()) {
                if (f.getField().getType() == List.class) {
                    // every list as an ArrayList, known in advance: no class written nor looked up
                    // per list (an immutable list written reads back as an ArrayList)
                    f.setValueClass(ArrayList.class);
                }
            }
            kryo.register(c, fields, id++);
        }
    }

    static BoardCodec get() {
        return PER_THREAD.get();
    }

    /** Changes when the stored layout would. */
    static String fingerprint() {
        return FINGERPRINT;
    }

    byte[] write(Object value) {
        encode(value);
        return encodedCopy();
    }

    /**
     * Writes {@code value} into this codec's own buffer and returns its length: the bytes are
     * {@link #encoded()} from 0, valid until the next write on this thread (no copy per entry).
     */
    int encode(Object value) {
        output.reset();
        kryo.writeObject(output, value);
        return output.position();
    }

    /** The bytes {@link #encode} wrote last, as a store the map copies from (re-wrapped when the buffer grows). */
    BytesStore<?, byte[]> encoded() {
        if (encoded == null || encoded.underlyingObject() != output.getBuffer()) {
            if (encoded != null) {
                encoded.releaseLast();
            }
            encoded = BytesStore.wrap(output.getBuffer());
        }
        return encoded;
    }

    /** A copy of the bytes {@link #encode} wrote last. */
    byte[] encodedCopy() {
        return output.toBytes();
    }

    <T> T read(byte[] bytes, Class<T> type) {
        input.setBuffer(bytes);
        try {
            return kryo.readObject(input, type);
        } catch (KryoException e) {
            throw new IllegalStateException("a flight board entry could not be read: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- the model's classes

    private static TreeMap<String, Class<?>> model() {
        TreeMap<String, Class<?>> out = new TreeMap<>();
        for (Class<?> root : ROOTS) {
            walk(root, out);
        }
        return out;
    }

    private static void walk(Class<?> c, TreeMap<String, Class<?>> out) {
        if (!isModel(c) || out.putIfAbsent(c.getName(), c) != null || c.isEnum()) {
            return;
        }
        for (Field f : fields(c)) {
            walk(f.getType(), out);
            if (f.getGenericType() instanceof ParameterizedType p) {
                for (Type arg : p.getActualTypeArguments()) {
                    if (arg instanceof Class<?> k) {
                        walk(k, out);
                    }
                }
            }
        }
    }

    private static boolean isModel(Class<?> c) {
        return c.getName().startsWith("io.paxgate.parsers.model.") || c == FlightBoard.StoredSeat.class
                || c == FlightBoard.StoredFlight.class;
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                out.add(f);
            }
        }
        return out;
    }

    private static String fingerprint(TreeMap<String, Class<?>> model) {
        StringBuilder sb = new StringBuilder("kryo-5;").append(LAYOUT).append(';');
        for (Class<?> c : model.values()) {
            sb.append(c.getName()).append('{');
            if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    sb.append(((Enum<?>) constant).name()).append(',');
                }
            } else {
                fields(c).stream().map(f -> f.getName() + ":" + f.getGenericType().getTypeName())
                        .sorted().forEach(s -> sb.append(s).append(','));
            }
            sb.append('}');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
