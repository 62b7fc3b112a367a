package io.paxgate.benchmarks.guard;

import org.openjdk.jmh.runner.RunnerException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI benchmark guard: runs each pair of {@code benchmarks/floors.json} in a short JMH pass
 * (or reads JMH JSON result files given with {@code --results}), prints pair, ratio, floor and
 * OK/FAIL, and exits 1 when a ratio is under its floor in each of {@link #ATTEMPTS} runs or a
 * pair is missing from the results.
 * Only ratios against the in-run peer are checked: absolute times on a shared box are noise.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.guard.BenchGuard \
 *     [--floors benchmarks/floors.json] [--out benchmarks/target/guard] [--results FILE.json ...]</pre>
 *
 * Exit status: 0 every pair at or above its floor, 1 a pair under its floor or missing, 2 usage,
 * file or JMH error.
 */
public final class BenchGuard {
    /** Runs of a pair under its floor before the guard fails it (see GuardRun.runAndCheck). */
    static final int ATTEMPTS = 3;

    static final String USAGE = "usage: BenchGuard [--floors FILE] [--out DIR] [--results JMH_JSON ...]";

    private BenchGuard() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path floors = Path.of("benchmarks", "floors.json");
        Path outDir = Path.of("benchmarks", "target", "guard");
        List<Path> results = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (i + 1 >= args.length || !(a.equals("--floors") || a.equals("--out") || a.equals("--results"))) {
                err.println("bench guard: unexpected argument \"" + a + "\"\n" + USAGE);
                return 2;
            }
            Path v = Path.of(args[++i]);
            switch (a) {
                case "--floors" -> floors = v;
                case "--out" -> outDir = v;
                default -> results.add(v);
            }
        }
        try {
            List<GuardPair> pairs = Floors.read(floors);
            List<Verdict> verdicts;
            if (results.isEmpty()) {
                verdicts = GuardRun.runAndCheck(pairs, RunSettings.GUARD, outDir, ATTEMPTS, out);
            } else {
                List<Score> scores = new ArrayList<>();
                for (Path r : results) {
                    scores.addAll(JmhResults.read(r));
                }
                verdicts = GuardCheck.check(pairs, scores);
            }
            out.println();
            out.println("Benchmark guard: our rate / the in-run peer's against benchmarks/floors.json");
            out.print(GuardCheck.table(verdicts));
            boolean ok = GuardCheck.passed(verdicts);
            out.println(ok ? "bench guard: OK" : "bench guard: FAIL (a ratio under its floor or a pair missing)");
            return ok ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("bench guard: " + e.getMessage());
            return 2;
        } catch (RunnerException e) {
            err.println("bench guard: the JMH run failed: " + e.getMessage());
            return 2;
        }
    }
}
