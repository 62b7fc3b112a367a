package io.paxgate.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./paxgate}: the command line. Each sub-command has its own {@code --help}. */
@Command(name = "paxgate",
        mixinStandardHelpOptions = true,
        versionProvider = PaxgateCommand.Version.class,
        description = "Advance Passenger Information (PAXLST) and PNR (PNRGOV) processing and risk screening.",
        subcommands = {DemoCommand.class, ServeCommand.class, SynthCommand.class, LoadgenCommand.class, ParseCommand.class,
                MatchNamesCommand.class, BacktestCommand.class, BenchCommand.class, AuditCommand.class,
                RetentionCommand.class, UsersCommand.class, CommandLine.HelpCommand.class})
public final class PaxgateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // No usage analytics from Chronicle, whatever the launcher passed (personal data: no
        // outbound connection that was not configured).
        System.setProperty("chronicle.analytics.disable", "true");
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PaxgateCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // Never a stack trace for a user: say what failed and exit 1.
            cmd.getErr().println("paxgate " + cmd.getCommandName() + ": " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PaxgateCommand.class.getPackage().getImplementationVersion();
            return new String[] {"paxgate " + (v == null ? "development build" : v)};
        }
    }
}
