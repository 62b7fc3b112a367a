package io.paxgate.engine.journal;

import net.openhft.chronicle.wire.WireIn;
import net.openhft.chronicle.wire.WireOut;

/**
 * The two kinds of document in the journal queue, each a Chronicle Wire document that starts with
 * a {@code type} tag so that a dump of the queue reads on its own:
 * <pre>
 *   type: entry,     index, receivedAt, channel, remote, bytes, sensitiveRemoved
 *   type: processed, index, key
 * </pre>
 */
final class JournalDocuments {

    static final String TYPE = "type";
    static final String ENTRY = "entry";
    static final String PROCESSED = "processed";

    private static final String INDEX = "index";
    private static final String RECEIVED_AT = "receivedAt";
    private static final String CHANNEL = "channel";
    private static final String REMOTE = "remote";
    private static final String BYTES = "bytes";
    private static final String KEY = "key";
    /** Sensitive segments or elements deleted from {@code bytes} on receipt; absent (0) in entries before it existed. */
    private static final String SENSITIVE_REMOVED = "sensitiveRemoved";

    private JournalDocuments() {
    }

    static void writeEntry(WireOut wire, long index, long receivedAtMillis, String channel, String remote, byte[] bytes,
                           int sensitiveRemoved) {
        wire.write(TYPE).text(ENTRY);
        wire.write(INDEX).int64(index);
        wire.write(RECEIVED_AT).int64(receivedAtMillis);
        wire.write(CHANNEL).text(channel);
        wire.write(REMOTE).text(remote);
        wire.write(BYTES).bytes(bytes);
        wire.write(SENSITIVE_REMOVED).int32(sensitiveRemoved);
    }

    static void writeProcessed(WireOut wire, long index, String interchangeKey) {
        wire.write(TYPE).text(PROCESSED);
        wire.write(INDEX).int64(index);
        wire.write(KEY).text(interchangeKey);
    }

    /** Reads the type tag into {@code type} (cleared first); the wire is then positioned on the body. */
    static void readType(WireIn wire, StringBuilder type) {
        type.setLength(0);
        wire.read(TYPE).text(type);
    }

    /** The index a document recorded for itself (entry) or for the entry it marks (processed). */
    static long readIndex(WireIn wire) {
        return wire.read(INDEX).int64();
    }

    /** The rest of an entry, after {@link #readType} and {@link #readIndex}. */
    static Journal.Entry readEntryBody(WireIn wire, long index) {
        return readEntryAfterTime(wire, index, readReceivedAt(wire));
    }

    /** An entry's receive time, after {@link #readIndex}: read first, so an old entry's bytes need not be. */
    static long readReceivedAt(WireIn wire) {
        return wire.read(RECEIVED_AT).int64();
    }

    /** The rest of an entry, after {@link #readReceivedAt}. */
    static Journal.Entry readEntryAfterTime(WireIn wire, long index, long receivedAt) {
        String channel = wire.read(CHANNEL).text();
        String remote = wire.read(REMOTE).text();
        byte[] bytes = wire.read(BYTES).bytes();
        int removed = wire.isEmpty() ? 0 : wire.read(SENSITIVE_REMOVED).int32();
        return new Journal.Entry(index, receivedAt, channel, remote, bytes == null ? new byte[0] : bytes, removed);
    }

    /** The interchange key of a processed marker, after {@link #readType} and {@link #readIndex}. */
    static String readKey(WireIn wire) {
        return wire.read(KEY).text();
    }

    static boolean is(CharSequence type, String expected) {
        return expected.contentEquals(type);
    }
}
