package io.paxgate.engine.cli;

import io.paxgate.engine.alerts.AlertStore;
import io.paxgate.engine.audit.AuditLog;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.journal.LaneJournal;
import io.paxgate.engine.journal.JournalInUseException;
import io.paxgate.engine.privacy.PrivacyConfig;
import io.paxgate.engine.privacy.RetentionJob;
import io.paxgate.engine.privacy.SealedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./paxgate retention run}: depersonalisation and deletion now, for operators and tests. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Depersonalisation (privacy.depersonalise_after_days) and deletion (privacy.delete_after_days).",
        subcommands = {RetentionCommand.Run.class})
public final class RetentionCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Masks the alerts past the depersonalisation period and deletes those past the retention",
                    "period (open alerts are held), and deletes the journal's daily files past the retention period.",
                    "Every masking and erasure goes to the audit log. Run it with the engine stopped: the running",
                    "engine does the same on its own timer (the journal's files at its next start)."})
    static final class Run implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: the configured one).")
        Path data;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: config/paxgate.yaml).")
        Path config;

        @Option(names = "--now", paramLabel = "DATE",
                description = "Act as if today were DATE (yyyy-mm-dd, or an ISO instant); default: now.")
        String now;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path file = config != null ? config : DemoCommand.defaultConfig();
            EngineConfig ec = EngineConfig.load(file);
            if (data != null) {
                ec = ec.withDirs(data.resolve("journal"), data.resolve("alerts"));
            }
            PrivacyConfig privacy = PrivacyConfig.load(file);
            Instant at = instant(now);
            // raw inputs are not maskable in place: the journal's days go at the depersonalisation date
            LocalDate before = LocalDate.ofInstant(at.minus(privacy.depersonaliseAfter()), ZoneOffset.UTC);
            List<Path> gone;
            try {
                // also tells whether an engine has this data directory open: then it is left to the engine
                gone = LaneJournal.deleteCyclesBefore(ec.journalDir(), before);
            } catch (JournalInUseException e) {
                throw new IllegalStateException("an engine is running on " + ec.journalDir().getParent()
                        + "; it runs retention itself every privacy.run_every_hours. Stop it to run retention by hand.");
            }
            try (AuditLog audit = AuditLog.open(ec.auditDir(), Clock.systemUTC());
                 AlertStore alerts = AlertStore.open(ec.alertsDir())) {
                for (Path p : gone) {
                    audit.record("system", "erase", "journal " + p.getFileName(),
                            "depersonalisation: raw inputs received before " + before);
                }
                out.printf("journal: %d daily file(s) before %s deleted%n", gone.size(), before);
                RetentionJob.Report r = new RetentionJob(alerts, new SealedStore(ec.alertsDir()), audit, privacy).run(at);
                out.printf("alerts as of %s: %d depersonalised %s, %d erased %s, %d held (still open) %s%n",
                        at, r.masked().size(), r.masked(), r.erased().size(), r.erased(), r.held().size(), r.held());
            }
            out.flush();
            return 0;
        }

        static Instant instant(String s) {
            if (s == null) {
                return Instant.now();
            }
            try {
                return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--now must be a date (2031-06-01) or an ISO instant "
                        + "(2031-06-01T00:00:00Z), was \"" + s + "\"");
            }
        }
    }
}
