package io.paxgate.engine.cli;

import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.TrafficDirectory;
import io.paxgate.engine.synth.TrafficGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./paxgate synth}: the demo's traffic generator as files: a reproducible day of PAXLST and
 * PNRGOV traffic, interactive API check-ins, and the manifest of planted hits beside them.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a reproducible day of synthetic traffic (PAXLST, PNRGOV EDIFACT and XML, iAPI check-ins)",
                "with planted watchlist, document and rule hits listed in DIR/planted.json. The same seed, date and",
                "counts give the same bytes. All names are synthetic."})
public final class SynthCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--flights", paramLabel = "N", defaultValue = "40", description = "Flights (default: ${DEFAULT-VALUE}).")
    int flights;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write (created; must not hold traffic yet).")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Day of the flights (default: tomorrow, UTC).")
    LocalDate date;

    @Option(names = "--config", paramLabel = "DIR",
            description = "Config directory whose lists and rules are planted (default: config/ of the installation).")
    Path config;

    @Option(names = "--iapi", paramLabel = "N", defaultValue = "1000",
            description = "Interactive API check-in requests to write to DIR/iapi (default: ${DEFAULT-VALUE}; 0: none).")
    int iapi;

    @Option(names = "--faults", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Share of flights (0..1) with one message first sent faulty (default: ${DEFAULT-VALUE}).")
    double faults;

    @Override
    public Integer call() throws Exception {
        if (flights < 0 || iapi < 0) {
            throw new ParameterException(spec.commandLine(), "--flights and --iapi must be 0 or more");
        }
        if (!(faults >= 0 && faults <= 1)) {
            throw new ParameterException(spec.commandLine(), "--faults must be a share within 0..1, was " + faults);
        }
        Path configDir = config != null ? config : DemoCommand.defaultConfig().getParent();
        if (Files.isRegularFile(configDir)) {
            configDir = configDir.toAbsolutePath().getParent(); // paxgate.yaml given: its directory
        }
        if (!Files.isRegularFile(configDir.resolve("paxgate.yaml"))) {
            throw new ParameterException(spec.commandLine(), "no paxgate.yaml in " + configDir + " (use --config DIR)");
        }
        LocalDate day = date != null ? date : LocalDate.now(Clock.systemUTC()).plusDays(1);
        String command = String.format(Locale.ROOT, "./paxgate synth --flights %d --seed %d --date %s --iapi %d --faults %s%s"
                + " --out DIR", flights, seed, day, iapi, faults, config == null ? "" : " --config " + config);
        TrafficGenerator.Day generated = new TrafficGenerator(seed, Plants.fromConfig(configDir), faults)
                .day(day, flights, iapi);
        TrafficDirectory.Summary s = TrafficDirectory.write(out, generated, seed, day, command);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "paxgate synth: %s, seed %d: %,d files, %,d flights, %,d travellers, %d planted, %d faults;"
                + " %,d iAPI requests%n", day, seed, s.files(), s.flights(), s.travellers(), s.planted(), s.faults(), s.iapi());
        o.printf("wrote %s (traffic/, iapi/, planted.json, README.txt)%n", out);
        o.flush();
        return 0;
    }
}
