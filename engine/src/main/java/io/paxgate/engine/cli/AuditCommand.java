package io.paxgate.engine.cli;

import io.paxgate.engine.audit.AuditVerifier;
import io.paxgate.engine.config.EngineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./paxgate audit verify}: checks the audit log's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit log (collection, consultation, disclosure, unmasking, changes, erasure).",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the data directory's audit log is: {@code --data DIR}, else beside the configured journal. */
    static Path auditFile(Path data, Path config) {
        if (data != null) {
            return data.resolve("audit").resolve(io.paxgate.engine.audit.AuditLog.FILE);
        }
        Path file = config != null ? config : DemoCommand.defaultConfig();
        return EngineConfig.load(file).auditDir().resolve(io.paxgate.engine.audit.AuditLog.FILE);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks every record's hash and its link to the one before.",
                    "Prints OK and the record count, or the first broken record (line and why) and exits 1."})
    static final class Verify implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (its audit/audit.jsonl).")
        Path data;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration, when --data is not given.")
        Path config;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path file = auditFile(data, config);
            if (!java.nio.file.Files.exists(file)) {
                spec.commandLine().getErr().printf("no audit log at %s (is --data the engine's data directory?)%n", file);
                spec.commandLine().getErr().flush();
                return 2;
            }
            AuditVerifier.Result r = AuditVerifier.verify(file);
            if (r.ok()) {
                out.printf("OK %s: %d record(s), chain intact%n", file, r.records());
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("BROKEN %s: line %d: %s (%d record(s) before it are intact)%n", file, r.line(), r.why(),
                    r.records());
            err.flush();
            return 1;
        }
    }
}
