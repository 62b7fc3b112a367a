package io.paxgate.engine.audit;

import io.paxgate.engine.cli.PaxgateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditLogTest {
    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-14T12:00:00Z"), ZoneOffset.UTC);

    private Path writeThree() throws Exception {
        try (AuditLog log = AuditLog.open(data.resolve("audit"), clock)) {
            log.record("system", "collect", "input 1", "channel=tcp");
            log.record("officer-gyd", "consult", "alerts A1", "alert list post=GYD");
            log.record("system", "disclose", "alert A1", "webhook post=GYD");
        }
        return AuditLog.file(data);
    }

    @Test
    void anUntouchedLogVerifies() throws Exception {
        Path file = writeThree();
        AuditVerifier.Result r = AuditVerifier.verify(file);
        assertTrue(r.ok(), r.why());
        assertEquals(3, r.records());
    }

    @Test
    void aReopenedLogContinuesTheChain() throws Exception {
        Path file = writeThree();
        try (AuditLog log = AuditLog.open(data.resolve("audit"), clock)) {
            log.record("system", "erase", "alert A1", "retention");
            assertEquals(4, log.size());
        }
        assertTrue(AuditVerifier.verify(file).ok());
    }

    @Test
    void aChangedRecordIsFoundWithItsLine() throws Exception {
        Path file = writeThree();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("officer-gyd", "someone-else"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        AuditVerifier.Result r = AuditVerifier.verify(file);

        assertEquals(2, r.line());
        assertTrue(r.why().contains("changed"), r.why());
    }

    @Test
    void aRemovedRecordIsFound() throws Exception {
        Path file = writeThree();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.remove(1);
        Files.write(file, lines, StandardCharsets.UTF_8);

        AuditVerifier.Result r = AuditVerifier.verify(file);

        assertEquals(2, r.line());
    }

    @Test
    void theVerifyCommandExitsNonZeroOnATamperedLog() throws Exception {
        Path file = writeThree();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = PaxgateCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("audit", "verify", "--data", data.toString()));
        assertTrue(out.toString().startsWith("OK"), out.toString());

        String text = Files.readString(file).replace("webhook post=GYD", "webhook post=KVD");
        Files.writeString(file, text);
        assertEquals(1, cl.execute("audit", "verify", "--data", data.toString()));
        assertTrue(err.toString().contains("line 3"), err.toString());
    }
}
