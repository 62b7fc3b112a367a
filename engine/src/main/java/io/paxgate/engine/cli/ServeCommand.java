package io.paxgate.engine.cli;

import io.paxgate.engine.Engine;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ./paxgate serve}: the engine, until stopped (Ctrl-C or SIGTERM: a clean shutdown). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Paxgate engine: HTTP (messages, iAPI, alerts, metrics) and EDIFACT over TCP.",
                "Stops cleanly on Ctrl-C or SIGTERM: no new input, the pipeline drained, the stores closed."})
public final class ServeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration (default: config/paxgate.yaml of the installation).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the journal and the alerts live (default: journal.dir and alerts.dir of the config).")
    Path data;

    @Option(names = "--board-dir", paramLabel = "DIR",
            description = "Where the flight board lives (default: board.dir of the config, or DIR/board with --data). The"
                    + " board is rebuilt from the journal when it is missing, so a tmpfs such as /dev/shm/paxgate-board"
                    + " suits it: its memory-mapped file then never waits for the disk (BENCHMARKS.md).")
    Path boardDir;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP port (default: server.http.port; 0: any free port).")
    Integer httpPort;

    @Option(names = "--tcp-port", paramLabel = "PORT", description = "EDIFACT port (default: server.tcp.port; 0: any free port).")
    Integer tcpPort;

    @Option(names = "--no-security",
            description = "Open every route and accept every carrier (for load tests on this machine): refused unless"
                    + " both ports are bound to loopback.")
    boolean noSecurity;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = config != null ? config : DemoCommand.defaultConfig();
        PaxgateConfig screening = PaxgateConfig.load(file);
        EngineConfig engineConfig = overrides(EngineConfig.load(file), data, boardDir, httpPort, tcpPort);
        if (noSecurity) {
            if (!loopback(engineConfig.httpHost()) || !loopback(engineConfig.tcpHost())) {
                throw new IllegalArgumentException("--no-security needs server.http.host and server.tcp.host on loopback"
                        + " (127.0.0.1), they are " + engineConfig.httpHost() + " and " + engineConfig.tcpHost());
            }
            engineConfig = engineConfig.withSecurity(false);
        }
        Engine engine = Engine.start(screening, engineConfig, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            engine.close();
            stopped.countDown();
        }, "paxgate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf("paxgate serve: http %s:%d tcp %s:%d journal %s alerts %s%n", engineConfig.httpHost(),
                engine.httpPort(), engineConfig.tcpHost(), engine.tcpPort(), engineConfig.journalDir(),
                engineConfig.alertsDir());
        out.flush();
        stopped.await();
        return 0;
    }

    private static boolean loopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    static EngineConfig overrides(EngineConfig c, Path data, Path boardDir, Integer httpPort, Integer tcpPort) {
        EngineConfig r = c.withPorts(httpPort == null ? c.httpPort() : httpPort, tcpPort == null ? c.tcpPort() : tcpPort);
        r = data == null ? r : r.withDirs(data.resolve("journal"), data.resolve("alerts"));
        return boardDir == null ? r : r.withBoardDir(boardDir);
    }
}
