package io.paxgate.engine.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.engine.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** Checks an audit log's hash chain ({@code ./paxgate audit verify}). */
public final class AuditVerifier {

    /**
     * The outcome.
     *
     * @param records whole records read (all of them when ok; those before the break otherwise)
     * @param line    1-based line of the first broken record, 0 when ok
     * @param why     what is wrong with it, null when ok
     */
    public record Result(long records, long line, String why) {
        public boolean ok() {
            return why == null;
        }
    }

    /** Where a log ends: its last whole record's sequence number and hash, and the bytes up to it. */
    record Tail(long seq, String hash, long goodBytes) {
    }

    private AuditVerifier() {
    }

    /** Reads the whole file and checks every link; a missing file is an empty, whole log. */
    public static Result verify(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Result(0, 0, null);
        }
        MessageDigest sha = AuditLog.sha256();
        String prev = AuditLog.GENESIS;
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                String why = check(sha, line, n, prev);
                if (why != null) {
                    return new Result(n - 1, n, why);
                }
                prev = Json.MAPPER.readTree(line).path("hash").asText();
            }
        }
        return new Result(n, 0, null);
    }

    /** What is wrong with record {@code n}, or null. */
    private static String check(MessageDigest sha, String line, long n, String prev) {
        JsonNode rec;
        try {
            rec = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return "not a JSON record (cut short or edited)";
        }
        if (rec == null || !rec.isObject()) {
            return "not a JSON record";
        }
        int at = line.lastIndexOf(",\"hash\":\"");
        if (at < 0 || !line.endsWith("\"}")) {
            return "no hash";
        }
        if (rec.path("seq").asLong(-1) != n) {
            return "sequence number " + rec.path("seq") + " where " + n + " was expected (a record removed or moved)";
        }
        if (!prev.equals(rec.path("prev").asText())) {
            return "prev does not match the hash of the record before (a record removed, moved or changed)";
        }
        String body = line.substring(0, at) + "}";
        if (!AuditLog.hash(sha, body).equals(rec.path("hash").asText())) {
            return "hash does not match the record's content (the record was changed)";
        }
        return null;
    }

    /**
     * The end of the last whole record: a torn last line (a crash mid-write) is not counted. Reads
     * only the file's last megabyte, so opening a log of years stays quick.
     */
    static Tail tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Tail(0, AuditLog.GENESIS, 0);
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            long base = Math.max(0, size - (1 << 20));
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) (size - base));
            while (buf.hasRemaining() && ch.read(buf, base + buf.position()) > 0) {
                // read the tail
            }
            byte[] b = buf.array();
            int end = b.length;
            // drop a torn last line, then take the last line that parses
            while (end > 0 && b[end - 1] != '\n') {
                end--;
            }
            while (end > 0) {
                int start = end - 1;
                while (start > 0 && b[start - 1] != '\n') {
                    start--;
                }
                String line = new String(b, start, end - 1 - start, StandardCharsets.UTF_8);
                try {
                    JsonNode rec = Json.MAPPER.readTree(line);
                    return new Tail(rec.path("seq").asLong(), rec.path("hash").asText(), base + end);
                } catch (IOException torn) {
                    end = start;
                }
            }
            return new Tail(0, AuditLog.GENESIS, 0);
        }
    }
}
