package io.paxgate.engine.os;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;

/**
 * Asks Linux for a short scheduler slice for the calling thread. Since Linux 6.12 the fair
 * scheduler (EEVDF) takes a slice per thread ({@code sched_setattr} with {@code sched_runtime} on a
 * {@code SCHED_OTHER} thread, no privilege needed): a thread with a short slice gets an earlier
 * deadline when it wakes and preempts a thread running a long default one (3 ms here). The threads
 * an input waits for (HTTP and TCP event loops, intake, screening, iAPI) ask for one; bulk threads
 * (board writes, journal pretouch, collector, compiler) keep the default. On a 2-core box shared
 * with the load generator, at 700 inputs/s, this took the median receipt-to-alert from 1.9-2.4 ms
 * to 1.7-1.9 ms and the median ack from 0.31-0.35 to 0.28-0.31 ms; the p99s did not move beyond
 * the steps' spread (BENCHMARKS.md, session 15). Elsewhere (another OS, an older kernel, no native
 * access) asking does nothing. The thread's nice value and policy are kept. A thread started by a
 * thread that asked inherits its slice (the kernel copies it on clone).
 */
public final class LatencySlice {
    private static final Logger LOG = LoggerFactory.getLogger(LatencySlice.class);
    /** Size of {@code struct sched_attr} as first defined (SCHED_ATTR_SIZE_VER0). */
    private static final int ATTR_SIZE = 48;
    private static final int OFFSET_RUNTIME = 24;
    /** The shortest slice the kernel takes (100 us) and the longest (100 ms). */
    public static final long MIN_NANOS = 100_000;
    public static final long MAX_NANOS = 100_000_000;

    private static volatile long nanos;

    private LatencySlice() {
    }

    /** The slice the threads that {@link #request()} ask for from now on; 0: none (they ask nothing). */
    public static void configure(long sliceNanos) {
        if (sliceNanos != 0 && (sliceNanos < MIN_NANOS || sliceNanos > MAX_NANOS)) {
            throw new IllegalArgumentException("a scheduler slice is 100 us to 100 ms, or 0 for none; was " + sliceNanos + " ns");
        }
        nanos = sliceNanos;
    }

    /** The configured slice in nanoseconds (0: none). */
    public static long configured() {
        return nanos;
    }

    /** Asks for the configured slice for the calling thread; true when the kernel took it. */
    public static boolean request() {
        long n = nanos;
        return n != 0 && request(n);
    }

    /** Asks for a {@code sliceNanos} slice for the calling thread; true when the kernel took it. */
    public static boolean request(long sliceNanos) {
        Sys sys = Sys.INSTANCE;
        if (sys == null) {
            return false;
        }
        try {
            long tid = sys.c.syscall(sys.gettid);
            Memory attr = new Memory(ATTR_SIZE);
            attr.clear();
            if (sys.c.syscall(sys.getattr, tid, attr, ATTR_SIZE, 0) != 0) {
                return false;
            }
            attr.setInt(0, ATTR_SIZE);
            int policy = attr.getInt(4);
            if (policy != 0 && policy != 3) { // SCHED_OTHER and SCHED_BATCH take a slice; real-time ones do not
                return false;
            }
            attr.setLong(OFFSET_RUNTIME, sliceNanos);
            return sys.c.syscall(sys.setattr, tid, attr, 0) == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Threads from {@code factory} that ask for the configured slice as they start. */
    public static ThreadFactory around(ThreadFactory factory) {
        return r -> factory.newThread(around(r));
    }

    /** Threads from {@code factory} that ask for a {@code sliceNanos} slice as they start, whatever is configured. */
    public static ThreadFactory around(ThreadFactory factory, long sliceNanos) {
        return r -> factory.newThread(() -> {
            request(sliceNanos);
            r.run();
        });
    }

    /** {@code task}, asking for the configured slice first (for the thread it starts). */
    public static Runnable around(Runnable task) {
        return () -> {
            request();
            task.run();
        };
    }

    /**
     * The calling thread's slice as the kernel reports it ({@code se.slice} in
     * {@code /proc/thread-self/sched}), or -1 when it does not.
     */
    public static long current() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/sched"))) {
                if (line.startsWith("se.slice")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Logs, once at start, what the threads will ask for and whether this kernel takes it. */
    public static void describe() {
        long n = nanos;
        if (n == 0) {
            LOG.info("latency-critical threads keep the kernel's default scheduler slice (pipeline.latency_slice_us: 0)");
        } else if (Sys.INSTANCE == null) {
            LOG.info("latency-critical threads cannot ask for a {} us scheduler slice here (Linux x86-64 or aarch64 only)", n / 1000);
        } else {
            LOG.info("latency-critical threads ask for a {} us scheduler slice (taken by Linux 6.12 and later)", n / 1000);
        }
    }

    /** The C library and this machine's system call numbers; null where there are none to use. */
    private static final class Sys {
        static final Sys INSTANCE = load();

        interface C extends Library {
            long syscall(long number, Object... args);
        }

        final C c;
        final long gettid;
        final long setattr;
        final long getattr;

        private Sys(C c, long gettid, long setattr, long getattr) {
            this.c = c;
            this.gettid = gettid;
            this.setattr = setattr;
            this.getattr = getattr;
        }

        private static Sys load() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "");
            if (!os.contains("linux")) {
                return null;
            }
            long[] numbers = switch (arch) {
                case "amd64", "x86_64" -> new long[] {186, 314, 315};
                case "aarch64" -> new long[] {178, 274, 275};
                default -> null;
            };
            if (numbers == null) {
                return null;
            }
            try {
                return new Sys(Native.load("c", C.class), numbers[0], numbers[1], numbers[2]);
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }
}
