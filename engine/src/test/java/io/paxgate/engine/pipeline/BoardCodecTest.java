package io.paxgate.engine.pipeline;

import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.TrafficGenerator;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import net.openhft.chronicle.bytes.BytesStore;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class BoardCodecTest {
    /**
     * The model and layout the encoder and decoder were written for. A model class that gains, loses
     * or retypes a field changes it: write and read the field in {@link BoardEncoder} and
     * {@link BoardDecoder}, then pin the new value (board files of the old one are rebuilt).
     */
    private static final String WRITTEN_FOR = "14df58040d0e29655b0e67ff";

    private final BoardCodec codec = new BoardCodec();

    @Test
    void theEncoderIsWrittenForTheModelAsItIs() {
        assertEquals(WRITTEN_FOR, BoardCodec.fingerprint(),
                "a model class changed: write and read its fields in BoardEncoder and BoardDecoder, then pin the fingerprint");
    }

    @Test
    void generatedFlightsPnrsAndTravellersReadBackAsWritten() {
        InputDecoder decoder = new InputDecoder();
        int pnrs = 0;
        int travellers = 0;
        for (SyntheticFlight f : new TrafficGenerator(11, Plants.none()).day(LocalDate.of(2026, 11, 24), 12)) {
            for (byte[] input : f.messages().stream().map(m -> m.bytes()).toList()) {
                for (DecodedMessage m : decoder.decode(input).messages()) {
                    if (m instanceof PnrgovMessage p) {
                        roundTrip(stored(p.flight, false), FlightBoard.StoredFlight.class);
                        for (Pnr pnr : p.pnrs) {
                            pnr.problems = null; // not part of a booking's state: left out
                            roundTrip(pnr, Pnr.class);
                            pnrs++;
                        }
                    } else if (m instanceof PaxlstMessage p) {
                        roundTrip(stored(p.flight, true), FlightBoard.StoredFlight.class);
                        for (Traveller t : p.travellers) {
                            roundTrip(seat(t), FlightBoard.StoredSeat.class);
                            travellers++;
                        }
                    }
                }
            }
        }
        assertTrue(pnrs > 100 && travellers > 500, pnrs + " PNRs, " + travellers + " listed travellers");
    }

    @Test
    void theEncodedValueIsTheEncodersBytesWhicheverWayTheMapReadsIt() {
        BoardCodec own = new BoardCodec();
        for (String surname : List.of("SHORT", "x".repeat(70_000), "AGAIN")) { // the long one grows the buffer
            Traveller t = new Traveller();
            t.surname = surname;
            FlightBoard.StoredSeat seat = seat(t);
            int length = own.encode(seat);
            byte[] expected = own.encodedCopy();
            var value = own.encodedValue();

            assertEquals(length, value.size());
            assertEquals(0, value.offset());
            assertArrayEquals(expected, value.get());
            byte[] same = new byte[length];
            assertSame(same, value.getUsing(same), "an array of the right length is filled");
            assertArrayEquals(expected, same);
            assertArrayEquals(expected, value.getUsing(new byte[1]));
            assertArrayEquals(expected, value.getUsing(null));

            // what the map does with it: writeTo into its memory, or bytes() read from offset()
            BytesStore<?, ?> target = BytesStore.nativeStoreWithFixedCapacity(length + 16);
            try {
                value.writeTo(target, 16);
                byte[] written = new byte[length];
                target.read(16, written, 0, length);
                assertArrayEquals(expected, written);
            } finally {
                target.releaseLast();
            }
            byte[] read = new byte[length];
            value.bytes().read(value.offset(), read, 0, length);
            assertArrayEquals(expected, read);
            assertEquals(seat.traveller.surname, own.read(read, FlightBoard.StoredSeat.class).traveller.surname);
        }
    }

    @Test
    void everyFieldOfEveryModelClassReadsBackAsWritten() {
        for (int variant = 0; variant < VARIANTS; variant++) {
            Pnr pnr = filled(Pnr.class, variant, 0);
            pnr.problems = null;
            roundTrip(pnr, Pnr.class);
            roundTrip(filled(FlightBoard.StoredSeat.class, variant, 0), FlightBoard.StoredSeat.class);
            roundTrip(filled(FlightBoard.StoredFlight.class, variant, 0), FlightBoard.StoredFlight.class);
        }
    }

    @Test
    void nullsAndEmptyListsReadBackAsWritten() {
        Pnr nothing = new Pnr();
        nothing.travellers = null;
        roundTrip(nothing, Pnr.class);

        Pnr empty = new Pnr();
        empty.remarks = new ArrayList<>();
        empty.payments = List.of();
        Traveller t = new Traveller();
        t.documents = new ArrayList<>();
        t.bagTags = new ArrayList<>(Arrays.asList("", null));
        empty.travellers.add(t);
        empty.travellers.add(null);
        roundTrip(empty, Pnr.class);

        roundTrip(new FlightBoard.StoredSeat(), FlightBoard.StoredSeat.class);
        roundTrip(new FlightBoard.StoredFlight(), FlightBoard.StoredFlight.class);
    }

    @Test
    void namesBeyondAsciiReadBackAsWritten() {
        for (String name : List.of("ÖZTÜRK", "Мамедов", "محمد", "李", "Ⅻ😀", "\ud800", "A".repeat(62) + "É", "x".repeat(70_000))) {
            Traveller t = new Traveller();
            t.surname = name;
            t.givenNames = "JOSÉ " + name;
            roundTrip(seat(t), FlightBoard.StoredSeat.class);
        }
    }

    @Test
    void amountsAndDatesReadBackWithTheirScaleAndPrecision() {
        Pnr pnr = new Pnr();
        pnr.bookingDate = LocalDateTime.of(1899, 12, 31, 23, 59, 59, 999_999_999);
        pnr.lastModified = LocalDateTime.MIN;
        pnr.ticketingDate = LocalDateTime.MAX;
        pnr.payments = new ArrayList<>();
        for (String amount : List.of("0", "1299.50", "1299.5", "-0.01", "1E+3", "9223372036854775807", "-9223372036854775808",
                "123456789012345678901234567890.123456789")) {
            var payment = new io.paxgate.parsers.model.Payment();
            payment.amount = new BigDecimal(amount);
            pnr.payments.add(payment);
        }
        Traveller t = new Traveller();
        t.birthDate = LocalDate.MIN;
        t.addDocument().expiryDate = LocalDate.MAX;
        pnr.travellers.add(t);
        roundTrip(pnr, Pnr.class);
    }

    @Test
    void aValueCutShortIsRefusedNotMisread() {
        Pnr pnr = filled(Pnr.class, 0, 0);
        pnr.problems = null;
        byte[] bytes = codec.write(pnr);
        for (int length : new int[] {0, 1, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThrows(IllegalStateException.class, () -> codec.read(cut, Pnr.class), length + " of " + bytes.length + " bytes");
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalStateException.class, () -> codec.read(longer, Pnr.class), "a byte more than written");
    }

    // ---------------------------------------------------------------- helpers

    private <T> void roundTrip(T value, Class<T> type) {
        T read = codec.read(codec.write(value), type);
        assertSameFields(value, read, type.getSimpleName());
    }

    private static FlightBoard.StoredSeat seat(Traveller t) {
        FlightBoard.StoredSeat seat = new FlightBoard.StoredSeat();
        seat.traveller = t;
        seat.booking = "ABC123";
        seat.source = "42";
        seat.fromManifest = true;
        return seat;
    }

    private static FlightBoard.StoredFlight stored(Flight flight, boolean listed) {
        FlightBoard.StoredFlight f = new FlightBoard.StoredFlight();
        f.flight = flight;
        f.fromManifest = listed;
        return f;
    }

    /** Field for field, lists element for element (any list class), leaves by {@code equals} (a decimal's scale counts). */
    private static void assertSameFields(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, path);
        } else if (expected instanceof List<?> e) {
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), path + ".size");
            for (int i = 0; i < e.size(); i++) {
                assertSameFields(e.get(i), a.get(i), path + "[" + i + "]");
            }
        } else if (isModel(expected.getClass()) && !expected.getClass().isEnum()) {
            assertEquals(expected.getClass(), actual.getClass(), path);
            for (Field f : fields(expected.getClass())) {
                assertSameFields(get(f, expected), get(f, actual), path + "." + f.getName());
            }
        } else {
            assertEquals(expected, actual, path);
            assertEquals(expected.toString(), actual.toString(), path);
        }
    }

    private static final int VARIANTS = 3;

    /** An instance with every field set (nested objects up to a depth), values differing by variant. */
    private static <T> T filled(Class<T> type, int variant, int depth) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T value = constructor.newInstance();
            for (Field f : fields(type)) {
                if (f.getName().equals("problems")) {
                    continue;
                }
                f.set(value, valueOf(f, variant, depth));
            }
            return value;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object valueOf(Field f, int variant, int depth) {
        Class<?> t = f.getType();
        if (t == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = 0; i <= variant; i++) {
                list.add(leaf(element, variant + i, depth + 1));
            }
            return variant == 2 ? Collections.unmodifiableList(list) : list;
        }
        return leaf(t, variant, depth + 1);
    }

    private static Object leaf(Class<?> t, int variant, int depth) {
        if (t == String.class) {
            return new String[] {"LH400", "", "Şahin–Ǆ 😀"}[variant % 3];
        } else if (t == Integer.class) {
            return new Integer[] {7, Integer.MIN_VALUE, Integer.MAX_VALUE}[variant % 3];
        } else if (t == Boolean.class || t == boolean.class) {
            return variant % 2 == 0;
        } else if (t == LocalDate.class) {
            return LocalDate.of(1950 + variant * 40, 2, 28);
        } else if (t == LocalDateTime.class) {
            return LocalDateTime.of(2026, 11, 24, 13, variant, 7, variant * 1_000_001);
        } else if (t == BigDecimal.class) {
            return new BigDecimal(new String[] {"1299.50", "-0.000", "98765432109876543210.99"}[variant % 3]);
        } else if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[variant % constants.length];
        } else if (isModel(t)) {
            return depth > 3 ? null : filled(t, variant, depth);
        }
        return fail("no value for a " + t.getName() + ": teach this test the type");
    }

    private static boolean isModel(Class<?> c) {
        return c.getName().startsWith("io.paxgate.parsers.model.") || c.getEnclosingClass() == FlightBoard.class;
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                f.setAccessible(true);
                out.add(f);
            }
        }
        return out;
    }

    private static Object get(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
