package io.paxgate.engine.journal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * The process {@link ChronicleJournalCrashIntegrationTest} kills: appends from several threads as
 * fast as it can and prints {@code ok THREAD SEQ INDEX} for each append once its future completed,
 * i.e. once the journal said it was durable. It never closes the journal: it is meant to die.
 *
 * <p>Arguments: journal directory, sync policy, threads, appends per thread.
 */
public final class JournalCrashChild {

    /** Appends in flight per thread, so a slow syncer bounds memory instead of queueing everything. */
    private static final int IN_FLIGHT = 64;

    private JournalCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JournalOptions options = JournalOptions.defaults().withSync(JournalOptions.SyncPolicy.valueOf(args[1]));
        int threads = Integer.parseInt(args[2]);
        int perThread = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        ChronicleJournal journal = ChronicleJournal.open(dir, options);
        Thread[] writers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers[t] = new Thread(() -> {
                Semaphore inFlight = new Semaphore(IN_FLIGHT);
                for (int seq = 0; seq < perThread; seq++) {
                    inFlight.acquireUninterruptibly();
                    int s = seq;
                    CompletableFuture<Long> done = journal.append(receivedAt(thread, s), "tcp", "child-" + thread,
                            payload(thread, s));
                    done.whenComplete((index, failure) -> {
                        inFlight.release();
                        if (failure == null) {
                            synchronized (out) {
                                out.println("ok " + thread + " " + s + " " + index);
                                out.flush();
                            }
                        }
                    });
                }
            }, "writer-" + t);
            writers[t].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        synchronized (out) {
            out.println("finished");
            out.flush();
        }
        // wait to be killed; the test never lets it get here in practice
        Thread.sleep(Long.MAX_VALUE);
    }

    static long receivedAt(int thread, int seq) {
        return 1_700_000_000_000L + thread * 1_000_000L + seq;
    }

    /** Different for every (thread, seq), and of varying size so excerpts do not line up. */
    static byte[] payload(int thread, int seq) {
        StringBuilder sb = new StringBuilder("UNB+UNOA:4+T").append(thread).append("+AZE+").append(seq).append('\'');
        for (int i = 0; i < (seq * 7) % 500; i++) {
            sb.append((char) ('A' + (i + seq + thread) % 26));
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
