package io.paxgate.engine.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Who did what with personal data (STANDARDS.md section 6: collection, consultation, disclosure,
 * erasure; unmasking; rule and list changes), as an append-only JSON Lines file
 * ({@code <data>/audit/audit.jsonl}) chained by SHA-256: each record carries the hash of the one
 * before ({@code prev}; the first links to {@link #GENESIS}) and its own {@code hash}, taken over
 * the record's JSON without the hash. Changing, removing or reordering a line breaks the chain from
 * there on; {@link AuditVerifier} finds the first break.
 *
 * <pre>{"seq":1,"at":"2026-03-14T12:15:00Z","actor":"system","action":"collect","subject":"input 7",
 *  "purpose":"channel=tcp sender=LH messages=1 travellers=2","prev":"000...","hash":"9f2..."}</pre>
 *
 * <p>Records never carry names or document numbers: subjects are ids (input, alert), the data they
 * point to lives in the journal and the alert store.
 *
 * <p>Durability: each record is one {@code write} call (it survives a crash of the process at once)
 * and the file is forced to disk once a second when records were written, by a thread of its own
 * (an fdatasync takes milliseconds here, and the threads that record include the ones answering
 * check-ins), and on close: a power cut may lose up to a second of records, which leaves the chain whole (a torn last
 * line is cut off on the next open, as with the alert store). Thread-safe.
 */
public final class AuditLog implements AutoCloseable {
    /** What the first record links to. */
    public static final String GENESIS = "0".repeat(64);
    public static final String FILE = "audit.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final long FORCE_EVERY_NANOS = 1_000_000_000L;

    private final Path file;
    private final FileChannel out;
    private final Clock clock;
    private final MessageDigest sha256;
    private long seq;
    private String last;
    /** Records written since the last force. */
    private volatile boolean unforced;
    private final ScheduledExecutorService syncer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paxgate-audit-sync");
        t.setDaemon(true);
        return t;
    });

    private AuditLog(Path file, FileChannel out, Clock clock, long seq, String last) {
        this.file = file;
        this.out = out;
        this.clock = clock;
        this.seq = seq;
        this.last = last;
        this.sha256 = sha256();
        syncer.scheduleWithFixedDelay(this::forceIfWritten, FORCE_EVERY_NANOS, FORCE_EVERY_NANOS, TimeUnit.NANOSECONDS);
    }

    private void forceIfWritten() {
        if (!unforced || !out.isOpen()) {
            return;
        }
        unforced = false;
        try {
            out.force(false);
        } catch (IOException e) {
            // the records are written (they survive a crash of the process); the next second tries again
            unforced = true;
            LOG.warn("cannot force the audit log {} to disk: {}", file, e.toString());
        }
    }

    /** Opens (or creates) the log in {@code dir}, continuing the chain from its last whole record. */
    public static AuditLog open(Path dir, Clock clock) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        AuditVerifier.Tail tail = AuditVerifier.tail(file);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        ch.truncate(tail.goodBytes());
        ch.position(tail.goodBytes());
        return new AuditLog(file, ch, clock, tail.seq(), tail.hash());
    }

    /** The file a data directory's log is kept in. */
    public static Path file(Path dataDir) {
        return dataDir.resolve("audit").resolve(FILE);
    }

    /**
     * Appends one record.
     *
     * @param actor   who: a user's name, or "system" for the engine's own actions
     * @param action  collect, consult, disclose, unmask, rule_change, list_change, erase, depersonalise, login
     * @param subject what it was done to: an input, alert or list id (never a name)
     * @param purpose why, and the detail that makes the record useful (channel, post, justification)
     */
    public void record(String actor, String action, String subject, String purpose) {
        synchronized (this) {
            ObjectNode rec = Json.MAPPER.createObjectNode();
            rec.put("seq", seq + 1);
            rec.put("at", clock.instant().toString());
            rec.put("actor", actor);
            rec.put("action", action);
            rec.put("subject", subject);
            rec.put("purpose", purpose);
            rec.put("prev", last);
            String body = rec.toString();
            String hash = hash(sha256, body);
            String line = body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}\n";
            try {
                ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) {
                    out.write(b);
                }
                unforced = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the audit log " + file, e);
            }
            seq++;
            last = hash;
        }
    }

    /** Records written to the log, in all runs. */
    public synchronized long size() {
        return seq;
    }

    public Path path() {
        return file;
    }

    static String hash(MessageDigest sha256, String body) {
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public synchronized void close() {
        syncer.shutdownNow();
        try {
            if (out.isOpen()) {
                out.force(false);
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the audit log " + file, e);
        }
    }
}
