package io.paxgate.engine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./paxgate bench}: listed here so {@code --help} shows it, but run by the launcher from
 * the benchmarks module's jar (JMH and the peers are not in the engine jar). Reached only when
 * the engine jar is started directly.
 */
@Command(name = "bench",
        description = {"Run the JMH benchmarks and print scores and ratios against in-run peers.",
                "./paxgate bench [--quick] [--json FILE] [REGEX...]: every suite, or those matching a REGEX; a table of",
                "benchmark, mode, score, error and units, then each pair's ratio against its in-run peer.",
                "The launcher builds and runs benchmarks/target/benchmarks.jar; see ./paxgate bench --help and BENCHMARKS.md."})
public final class BenchCommand implements Callable<Integer> {
    @Unmatched
    List<String> args;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("paxgate bench: run it through the launcher (./paxgate bench), which builds and runs"
                + " the benchmarks jar; the engine jar has no benchmarks.");
        return 2;
    }
}
