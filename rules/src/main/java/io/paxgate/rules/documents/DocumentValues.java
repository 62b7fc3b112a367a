package io.paxgate.rules.documents;

import io.paxgate.rules.documents.DocumentRecord.Reason;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compact value stored per (issuing country, number): one or more records of
 * {@code [type letter or '*'][reason code][source reference length][source reference UTF-8]},
 * usually 3 bytes in all.
 */
final class DocumentValues {
    static final int MAX_SOURCE_REFERENCE_BYTES = 255;

    private DocumentValues() {
    }

    static byte[] sourceBytes(String sourceReference) {
        if (sourceReference == null || sourceReference.isEmpty()) {
            return new byte[0];
        }
        byte[] b = sourceReference.getBytes(StandardCharsets.UTF_8);
        if (b.length > MAX_SOURCE_REFERENCE_BYTES) {
            throw new IllegalArgumentException("source reference is " + b.length + " bytes; at most "
                    + MAX_SOURCE_REFERENCE_BYTES + " are kept per document");
        }
        return b;
    }

    /** {@code existing} (may be null) with the record added, replacing one of the same type. */
    static byte[] with(byte[] existing, char type, Reason reason, byte[] source) {
        byte[] rec = new byte[3 + source.length];
        rec[0] = (byte) type;
        rec[1] = reason.code();
        rec[2] = (byte) source.length;
        System.arraycopy(source, 0, rec, 3, source.length);
        if (existing == null) {
            return rec;
        }
        byte[] kept = new byte[existing.length + rec.length];
        int n = 0;
        for (int i = 0; i < existing.length; i = next(existing, i)) {
            if (existing[i] != (byte) type) {
                int len = next(existing, i) - i;
                System.arraycopy(existing, i, kept, n, len);
                n += len;
            }
        }
        System.arraycopy(rec, 0, kept, n, rec.length);
        return Arrays.copyOf(kept, n + rec.length);
    }

    static List<DocumentRecord> decode(DocumentKey query, byte[] key, byte[] value, String list) {
        List<DocumentRecord> out = null;
        for (int i = 0; i < value.length; i = next(value, i)) {
            char type = (char) value[i];
            if (query.typeMatches(type)) {
                int len = value[i + 2] & 0xFF;
                String src = len == 0 ? null : new String(value, i + 3, len, StandardCharsets.UTF_8);
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(new DocumentRecord(new DocumentKey(DocumentKey.numberOf(key), DocumentKey.countryOf(key), type),
                        Reason.ofCode(value[i + 1]), list, src));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Records in a value (one per listed type). */
    static int count(byte[] value) {
        int n = 0;
        for (int i = 0; i < value.length; i = next(value, i)) {
            n++;
        }
        return n;
    }

    private static int next(byte[] v, int i) {
        return i + 3 + (v[i + 2] & 0xFF);
    }
}
