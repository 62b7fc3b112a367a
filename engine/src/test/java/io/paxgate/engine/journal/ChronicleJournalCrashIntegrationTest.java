package io.paxgate.engine.journal;

import io.paxgate.engine.journal.Journal.Entry;
import io.paxgate.engine.journal.JournalOptions.SyncPolicy;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * kill -9 of a real process that is appending: every append it reported as complete is in the
 * journal afterwards, with its bytes, and the journal takes new appends. While the process lives,
 * its journal directory cannot be opened by another.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChronicleJournalCrashIntegrationTest {

    private static final int THREADS = 3;
    private static final int PER_THREAD = 1_000_000;
    /** Completed appends to see before the kill: enough that the writers are in full flow. */
    private static final int REPORTED_BEFORE_KILL = 3_000;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(SyncPolicy.class)
    void everyAppendReportedCompleteSurvivesAKill9(SyncPolicy sync) throws Exception {
        Path dir = tmp.resolve("journal");
        Path childErr = tmp.resolve("child.err");
        Process child = startChild(dir, sync, childErr);
        Map<Long, int[]> reported = new HashMap<>();
        try {
            CountDownLatch enough = new CountDownLatch(REPORTED_BEFORE_KILL);
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readReports(child, reported, enough));
            if (!enough.await(60, TimeUnit.SECONDS)) {
                fail("the child reported " + (REPORTED_BEFORE_KILL - enough.getCount()) + " appends in 60 s; stderr:\n"
                        + Files.readString(childErr));
            }
            JournalInUseException inUse = assertThrows(JournalInUseException.class,
                    () -> ChronicleJournal.open(dir, JournalOptions.defaults()));
            assertTrue(inUse.getMessage().contains("another process"), inUse.getMessage());
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the
            // pipe at once, losing reports already written but not yet read
            assertTrue(child.toHandle().destroyForcibly());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            // the pipe ends with the process: every line it wrote before dying is read
            reader.get(30, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertTrue(reported.size() >= REPORTED_BEFORE_KILL);

        Map<Long, Entry> journaled = new HashMap<>();
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults())) {
            journal.forEachUnprocessed(e -> journaled.put(e.index(), e));
            for (Map.Entry<Long, int[]> r : reported.entrySet()) {
                Entry e = journaled.get(r.getKey());
                int thread = r.getValue()[0];
                int seq = r.getValue()[1];
                assertNotNull(e, "entry " + r.getKey() + " (thread " + thread + ", seq " + seq + ") was acknowledged and lost");
                assertArrayEquals(JournalCrashChild.payload(thread, seq), e.bytes());
                assertEquals(JournalCrashChild.receivedAt(thread, seq), e.receivedAtMillis());
                assertEquals("child-" + thread, e.remote());
            }
            // the journal still takes appends after the crash, at a later index
            long after = journal.append(1L, "http", "after", "after the crash".getBytes(StandardCharsets.US_ASCII))
                    .get(30, TimeUnit.SECONDS);
            long last = journaled.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(after > last);
            journal.markProcessed(after, "after");
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir, JournalOptions.defaults())) {
            assertTrue(journal.processedBefore("after"));
            assertEquals(journaled.size() + 1, journal.appendedCount());
        }
    }

    private static Process startChild(Path dir, SyncPolicy sync, Path err) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the Chronicle flags this JVM was started with (the pom's paxgate.jvm.flags, via surefire)
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle.")) {
                command.add(arg);
            }
        }
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(JournalCrashChild.class.getName());
        command.add(dir.toString());
        command.add(sync.name());
        command.add(Integer.toString(THREADS));
        command.add(Integer.toString(PER_THREAD));
        return new ProcessBuilder(command)
                .redirectError(err.toFile())
                .start();
    }

    /** Reads {@code ok THREAD SEQ INDEX} lines until the child's stdout ends. */
    private static void readReports(Process child, Map<Long, int[]> reported, CountDownLatch enough) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(" ");
                // a line cut by the kill has fewer fields, or no newline and so is never returned
                if (f.length == 4 && f[0].equals("ok")) {
                    synchronized (reported) {
                        reported.put(Long.parseLong(f[3]), new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
                    }
                    enough.countDown();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
