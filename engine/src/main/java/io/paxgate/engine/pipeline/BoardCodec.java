package io.paxgate.engine.pipeline;

import io.paxgate.parsers.model.Pnr;
import net.openhft.chronicle.bytes.BytesStore;
import net.openhft.chronicle.bytes.RandomDataInput;
import net.openhft.chronicle.bytes.RandomDataOutput;
import net.openhft.chronicle.hash.AbstractData;
import net.openhft.chronicle.hash.Data;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The flight board's values as bytes: {@link BoardEncoder} writes the decoded model (public-field
 * classes) field by field in straight-line code, {@link BoardDecoder} reads it back. Kryo's field
 * serialization did the same by reflection at about 5 us a 600-byte booking, half the screening
 * thread's board time (see {@code FlightBoardBenchmark}). Decode problems are not part of a
 * booking's state and are left out.
 *
 * <p>{@link #fingerprint()} changes whenever a model class gains, loses or retypes a field, so a
 * board file written by another version is recognised and rebuilt rather than misread;
 * {@code BoardCodecTest} pins it, so such a change fails until the encoder and decoder follow it.
 * One instance per thread (the buffers are reused).
 */
final class BoardCodec {
    private static final ThreadLocal<BoardCodec> PER_THREAD = ThreadLocal.withInitial(BoardCodec::new);
    /** The classes a board value can hold, walked from these roots through their fields. */
    private static final Class<?>[] ROOTS = {FlightBoard.StoredFlight.class, FlightBoard.StoredSeat.class, Pnr.class};
    /**
     * What the field walk cannot see: how the board lays its entries out (2: the flight in its own
     * entry, a seat's booking as the key's last part; 3: {@link BoardEncoder}'s encoding instead of
     * Kryo's; raise it with any such change).
     */
    private static final int LAYOUT = 3;
    private static final TreeMap<String, Class<?>> MODEL = model();
    private static final String FINGERPRINT = fingerprint(MODEL);

    private final BoardEncoder encoder = new BoardEncoder();
    private final BoardDecoder decoder = new BoardDecoder();
    /** The encoder's buffer wrapped for the map, kept while the buffer is the same array. */
    private BytesStore<?, byte[]> encoded;
    /** The encoder's last bytes as the map's value data (see {@link #encodedValue}). */
    private final EncodedValue value = new EncodedValue();

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
     * Writes {@code value} (a stored flight, a stored seat or a PNR) into this codec's own buffer and
     * returns its length: the bytes are {@link #encodedValue()}, valid until the next write on this
     * thread (no copy per entry).
     */
    int encode(Object value) {
        encoder.reset();
        if (value instanceof FlightBoard.StoredSeat seat) {
            encoder.storedSeat(seat);
        } else if (value instanceof Pnr pnr) {
            encoder.pnr(pnr);
        } else if (value instanceof FlightBoard.StoredFlight flight) {
            encoder.storedFlight(flight);
        } else {
            throw new IllegalArgumentException("not a flight board value: " + value.getClass().getName());
        }
        return encoder.position();
    }

    /**
     * The bytes {@link #encode} wrote last, as the map's value data: valid until the next write on
     * this thread. The map copies them into its entry with one memory copy; the data Chronicle Map
     * wraps around a heap store ({@code wrapValueBytesAsData}) went through {@code NativeBytesStore.write0},
     * a loop of a bounds-checked {@code readLong}/{@code writeLong} pair per 8 bytes and a
     * {@code readByte}/{@code writeByte} pair per byte left, which was a tenth of the screening and
     * publishing threads' time under load (BENCHMARKS.md, session 16).
     */
    Data<byte[]> encodedValue() {
        value.length = encoder.position();
        return value;
    }

    /** The encoder's buffer wrapped for the map's reads of the value, kept while the buffer is the same array. */
    private BytesStore<?, byte[]> encoded() {
        if (encoded == null || encoded.underlyingObject() != encoder.buffer()) {
            if (encoded != null) {
                encoded.releaseLast();
            }
            encoded = BytesStore.wrap(encoder.buffer());
        }
        return encoded;
    }

    /** {@link #encodedValue}: the encoder's buffer from 0 to {@code length}. */
    private final class EncodedValue extends AbstractData<byte[]> {
        int length;

        @Override
        public RandomDataInput bytes() {
            return encoded();
        }

        @Override
        public long offset() {
            return 0;
        }

        @Override
        public long size() {
            return length;
        }

        @Override
        public void writeTo(RandomDataOutput target, long targetOffset) {
            target.write(targetOffset, encoder.buffer(), 0, length);
        }

        @Override
        public byte[] get() {
            return Arrays.copyOf(encoder.buffer(), length);
        }

        private byte[] copyInto(byte[] using) {
            System.arraycopy(encoder.buffer(), 0, using, 0, length);
            return using;
        }

        @Override
        public byte[] getUsing(byte[] using) {
            return using != null && using.length == length ? copyInto(using) : get();
        }
    }

    /** A copy of the bytes {@link #encode} wrote last. */
    byte[] encodedCopy() {
        return Arrays.copyOf(encoder.buffer(), encoder.position());
    }

    <T> T read(byte[] bytes, Class<T> type) {
        decoder.wrap(bytes);
        Object value;
        if (type == FlightBoard.StoredSeat.class) {
            value = decoder.storedSeat();
        } else if (type == Pnr.class) {
            value = decoder.pnr();
        } else if (type == FlightBoard.StoredFlight.class) {
            value = decoder.storedFlight();
        } else {
            throw new IllegalArgumentException("not a flight board value: " + type.getName());
        }
        if (!decoder.atEnd()) {
            throw new IllegalStateException("a flight board entry could not be read: bytes left after a " + type.getSimpleName());
        }
        return type.cast(value);
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
        StringBuilder sb = new StringBuilder("board-codec;").append(LAYOUT).append(';');
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
