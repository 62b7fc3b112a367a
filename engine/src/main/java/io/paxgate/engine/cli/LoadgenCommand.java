package io.paxgate.engine.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.loadgen.LoadInput;
import io.paxgate.engine.loadgen.LoadRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./paxgate loadgen}: open-loop load against a running engine ({@code ./paxgate serve}), in
 * its own process. See BENCHMARKS.md, "Load generator".
 */
@Command(name = "loadgen", mixinStandardHelpOptions = true,
        description = {"Send batch traffic (and optionally iAPI requests) to a running engine on a fixed schedule",
                "(open loop: latencies count from each send's intended time) and report throughput, acknowledgement,",
                "receipt-to-alert (followed on the alert stream) and iAPI latencies, and errors."})
public final class LoadgenCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "The engine's HTTP address (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--tcp", paramLabel = "HOST:PORT",
            description = "Also send interchanges over EDIFACT TCP (every --tcp-every-th); timed to the CONTRL only.")
    String tcp;

    @Option(names = "--tcp-every", paramLabel = "N", defaultValue = "2",
            description = "With --tcp: every N-th interchange goes over TCP (default: ${DEFAULT-VALUE}).")
    int tcpEvery;

    @Option(names = "--rate", paramLabel = "R", required = true, description = "Batch inputs (interchanges) per second.")
    double rate;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "30", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10",
            description = "Seconds sent at the same rates first and not measured (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--iapi-rate", paramLabel = "R", defaultValue = "0", description = "iAPI requests per second (default: none).")
    double iapiRate;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "8",
            description = "Keep-alive HTTP connections for batch inputs (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--iapi-connections", paramLabel = "N", defaultValue = "8",
            description = "Keep-alive HTTP connections for iAPI (default: ${DEFAULT-VALUE}).")
    int iapiConnections;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
            description = "A request unanswered this long counts as a timeout (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--drain", paramLabel = "S", defaultValue = "15",
            description = "After the last send, wait at most this long for answers and alerts (default: ${DEFAULT-VALUE}).")
    double drain;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
    Path json;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Without INPUT: the configuration whose plants and samples to use (default: the installation's).")
    Path config;

    @Option(names = "--flights", paramLabel = "N", defaultValue = "300",
            description = "Without INPUT: generated flights a day (default: ${DEFAULT-VALUE}).")
    int flights;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "STEADY",
            description = "Without INPUT: STEADY (a day's lists with the next day's PNR pushes, each at its send time,"
                    + " as a continuous operation sees them) or BY_FLIGHT (day by day, each flight's push then its lists)"
                    + " (default: ${DEFAULT-VALUE}).")
    LoadInput.Order order;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261124", description = "Without INPUT: traffic seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--api-key", paramLabel = "KEY",
            description = "An airline's API key, sent on every batch and iAPI request (an engine with security on;"
                    + " the demo prints one per carrier, or ./paxgate users add-airline).")
    String apiKey;

    @Option(names = "--user", paramLabel = "NAME",
            description = "A supervisor (or officer) to follow the alert stream as; the password is read from"
                    + " PAXGATE_PASSWORD or asked for.")
    String user;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "Directory written by ./paxgate synth (traffic/, iapi/); without it traffic is generated in memory.")
    Path input;

    /** A session token for {@code name} from {@code POST /v1/session}. */
    private static String login(URI target, String name) throws IOException, InterruptedException {
        String password = System.getenv("PAXGATE_PASSWORD");
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("password of %s: ", name);
            password = typed == null ? null : new String(typed);
        }
        if (password == null) {
            throw new IllegalArgumentException("--user " + name + ": set PAXGATE_PASSWORD (no console to ask on)");
        }
        var body = Json.MAPPER.createObjectNode().put("user", name).put("password", password);
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(target.resolve("/v1/session"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
                        .timeout(java.time.Duration.ofSeconds(10)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalArgumentException("logging in as " + name + " failed: " + r.statusCode() + " " + r.body());
        }
        return Json.MAPPER.readTree(r.body()).path("token").asText();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        URI uri;
        try {
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--target must be a URL like http://127.0.0.1:8080, was \"" + target + "\"");
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
            throw new IllegalArgumentException("--target must be a URL like http://127.0.0.1:8080 (with its port), was \"" + target + "\"");
        }
        String tcpHost = null;
        int tcpPort = 0;
        if (tcp != null) {
            int colon = tcp.lastIndexOf(':');
            try {
                tcpHost = tcp.substring(0, colon);
                tcpPort = Integer.parseInt(tcp.substring(colon + 1));
            } catch (RuntimeException e) {
                tcpPort = -1;
            }
            if (tcpPort < 1 || tcpPort > 65535 || tcpHost.isEmpty()) {
                throw new IllegalArgumentException("--tcp must be HOST:PORT like 127.0.0.1:9090, was \"" + tcp + "\"");
            }
        }
        positive("--rate", rate);
        positive("--duration", duration);
        positive("--timeout", timeout);
        if (warmup < 0 || drain < 0 || iapiRate < 0 || connections < 1 || iapiConnections < 1 || tcpEvery < 1) {
            throw new IllegalArgumentException("--warmup, --drain and --iapi-rate must not be negative; --connections,"
                    + " --iapi-connections and --tcp-every must be at least 1");
        }
        LoadInput source;
        if (input != null) {
            source = LoadInput.directory(input);
        } else {
            Path file = config != null ? config : DemoCommand.defaultConfig();
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no configuration at " + file + " (use --config FILE)");
            }
            source = LoadInput.generated(file.toAbsolutePath().getParent(), seed, flights, order);
        }
        LoadRun.Options o = new LoadRun.Options(uri.getHost(), uri.getPort(), tcpHost, tcpPort, tcpEvery, rate, iapiRate,
                nanos(warmup), nanos(duration), connections, iapiConnections, nanos(timeout), nanos(drain));
        out.printf("loadgen: %s -> %s%s, %.0f inputs/s%s, %.0f s warm-up + %.0f s measured%n", source.describe(), target,
                tcp == null ? "" : " and TCP " + tcp, rate, iapiRate > 0 ? String.format(" + %.0f iAPI/s", iapiRate) : "",
                warmup, duration);
        out.flush();
        String watch = user == null ? null : "Bearer " + login(uri, user);
        ObjectNode report = new LoadRun(o, source, out).authorize(apiKey == null ? null : "ApiKey " + apiKey, watch).run();
        out.println();
        out.print(LoadRun.text(report));
        out.flush();
        if (json != null) {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
        }
        return 0;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a positive number, was " + v);
        }
    }

    private static long nanos(double seconds) {
        return (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }
}
