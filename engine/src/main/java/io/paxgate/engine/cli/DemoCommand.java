package io.paxgate.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.paxgate.engine.Engine;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.synth.PlantedRecall;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.SyntheticMessage;
import io.paxgate.engine.synth.TrafficGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./paxgate demo}: the engine on the shipped config with a throw-away data directory, fed a
 * generated day of flights into Baku, Ganja and Nakhchivan (PAXLST over HTTP and TCP, PNRGOV over
 * HTTP) with a few planted watchlist, document and rule hits; the alerts are followed the way a
 * border post does (the SSE stream) and printed as they arrive.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the Paxgate engine on embedded defaults and feed it a generated day of flights.",
                "Alerts are printed as the border posts receive them (initials only: names are personal data)."})
public final class DemoCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration (default: config/paxgate.yaml of the installation).")
    Path config;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Run this long, then stop cleanly and exit (default: ${DEFAULT-VALUE}; 0: until Ctrl-C).")
    long duration;

    @Option(names = "--flights", paramLabel = "N", defaultValue = "40", description = "Flights to generate (default: ${DEFAULT-VALUE}).")
    int flights;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", description = "Traffic seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long deadline = duration > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(duration) : Long.MAX_VALUE;
        Path file = config != null ? config : defaultConfig();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no configuration at " + file + " (use --config FILE)");
        }
        Path data = Files.createTempDirectory("paxgate-demo-");
        EngineConfig ec = EngineConfig.load(file).withDirs(data.resolve("journal"), data.resolve("alerts"));
        ec = ec.withPorts(free(ec.httpHost(), ec.httpPort()), free(ec.tcpHost(), ec.tcpPort()));
        List<String> printed = new CopyOnWriteArrayList<>();
        try (Engine engine = Engine.start(PaxgateConfig.load(file), ec, Clock.systemUTC())) {
            engine.screening().report().forEach(l -> out.println("loaded " + l));
            String base = (ec.httpTls() == null ? "http://" : "https://") + ec.httpHost() + ":" + engine.httpPort();
            List<SyntheticFlight> day = new TrafficGenerator(seed, Plants.fromConfig(file.getParent()))
                    .day(LocalDate.now(Clock.systemUTC()).plusDays(1), flights);
            DemoAccess access = DemoAccess.create(engine, day.stream().map(SyntheticFlight::carrier).distinct().sorted().toList(), out);
            out.printf("%nPaxgate engine up (data in %s, removed at exit):%n", data);
            out.printf("  Console: %s/?post=GYD   (officers' alerts; %s/#analyst for rules and backtests)%n", base, base);
            out.printf("  POST %s/v1/messages   PAXLST/PNRGOV in; POST %s/v1/iapi   interactive API%n", base, base);
            out.printf("  GET  %s/v1/alerts?post=GYD   GET %s/v1/alerts/stream?post=GYD   (SSE)%n", base, base);
            out.printf("  GET  %s/metrics   %s/health   EDIFACT over TCP %s:%d%n%n", base, base, ec.tcpHost(), engine.tcpPort());
            out.flush();

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Thread follower = follow(http, base, access.streamAuthorization(), out, printed);

            int messages = 0;
            int travellers = 0;
            // the day's flights arrive spread over the first half of the run (at most 30 s), as a
            // compressed day would, not all at once into a JVM that has not warmed up
            long spreadNanos = TimeUnit.SECONDS.toNanos(duration > 0 ? Math.min(30, duration / 2) : 30);
            long pace = day.isEmpty() ? 0 : spreadNanos / day.size();
            long sendStart = System.nanoTime();
            try (Socket tcp = new Socket(InetAddress.getByName(ec.tcpHost()), engine.tcpPort())) {
                tcp.setSoTimeout(30_000);
                for (int i = 0; i < day.size() && System.nanoTime() < deadline; i++) {
                    long due = sendStart + i * pace;
                    if (due > System.nanoTime()) {
                        TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
                    }
                    SyntheticFlight f = day.get(i);
                    travellers += f.people().size();
                    for (SyntheticMessage m : f.messages()) {
                        // every other flight's lists over the EDIFACT port; PNR pushes (XML too) and Type B
                        // wrapped messages (the port takes bare interchanges) over HTTP
                        if (i % 2 == 1 && !f.typeB() && !m.xml() && m.kind() != SyntheticMessage.Kind.PNRGOV) {
                            sendTcp(tcp, m.bytes());
                        } else {
                            postMessage(http, base, access.keyAuthorization(f.carrier()), m.bytes());
                        }
                        messages++;
                    }
                }
            }
            awaitProcessed(engine, deadline);
            Thread.sleep(300); // the last events on their way through the stream
            summary(out, engine, day, messages, travellers);
            out.flush();
            if (duration == 0) {
                out.println("Running until Ctrl-C.");
                out.flush();
                Thread.currentThread().join();
            }
            long left = deadline - System.nanoTime();
            if (left > 0 && duration > 0) {
                out.printf("Serving until the %d s are up (--duration); stop earlier with Ctrl-C.%n", duration);
                out.flush();
                TimeUnit.NANOSECONDS.sleep(left);
            }
            follower.interrupt();
        } finally {
            deleteTree(data);
        }
        out.println("Stopped cleanly.");
        out.flush();
        return 0;
    }

    /** The launcher sets PAXGATE_HOME to the installation; otherwise the working directory. */
    static Path defaultConfig() {
        String home = System.getenv("PAXGATE_HOME");
        return home == null ? PaxgateConfig.DEFAULT_FILE : Path.of(home).resolve(PaxgateConfig.DEFAULT_FILE);
    }

    /** The configured port when it is free, else any free one (a second demo beside a running engine). */
    static int free(String host, int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return port;
        } catch (IOException busy) {
            return 0;
        }
    }

    private static JsonNode postMessage(HttpClient http, String base, String authorization, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/v1/messages"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return Json.MAPPER.readTree(r.body());
    }

    /** One interchange over the EDIFACT port; waits for its CONTRL. */
    private static void sendTcp(Socket tcp, byte[] interchange) throws IOException {
        OutputStream o = tcp.getOutputStream();
        o.write(interchange);
        o.flush();
        InputStream in = tcp.getInputStream();
        StringBuilder got = new StringBuilder();
        byte[] buf = new byte[4096];
        while (!got.toString().contains("UNZ+")) {
            int n = in.read(buf);
            if (n < 0) {
                throw new IOException("the engine closed the EDIFACT connection");
            }
            got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        }
    }

    /** Follows every post's alert stream, as a border post would, printing each alert. */
    private static Thread follow(HttpClient http, String base, String authorization, PrintWriter out, List<String> printed) {
        Thread t = new Thread(() -> {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/v1/alerts/stream"));
                if (authorization != null) {
                    b.header("Authorization", authorization);
                }
                HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                BufferedReader events = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
                for (String line; (line = events.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        Alert a = Json.MAPPER.readValue(line.substring(5).trim(), Alert.class);
                        String text = describe(a);
                        printed.add(text);
                        synchronized (out) {
                            out.println(text);
                            out.flush();
                        }
                    }
                }
            } catch (IOException e) {
                // the engine stopped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-alert-stream");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static String describe(Alert a) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "ALERT %-5s post %-8s %-7s %s->%s  %-12s %.2f  %s", a.id, a.post, a.flight,
                a.departureAirport, a.arrivalAirport, a.decision, a.score, initials(a.traveller == null ? null : a.traveller.name)));
        if (a.reasons != null) {
            for (Alert.Reason r : a.reasons) {
                sb.append("\n      ").append(r.kind).append(' ').append(r.source).append(": ").append(quotedInitials(r.summary));
            }
        }
        return sb.toString();
    }

    /**
     * A summary with each quoted name as initials: a name-list hit quotes the listed name it matched,
     * which for a close match is the traveller's own ("alias 'RASHAD ALI OGLU MAMMADOV'" -> "alias
     * 'R. A. O. M.'"). The alert itself keeps it for the officer; the demo's console output does not.
     */
    static String quotedInitials(String summary) {
        if (summary == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'").matcher(summary);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("'" + initials(m.group(1)) + "'"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** "QASIMOV, KHAYAL" -> "Q. K.": the demo prints no names (personal data). */
    static String initials(String name) {
        return PlantedRecall.initials(name);
    }

    private static void awaitProcessed(Engine engine, long deadline) throws InterruptedException {
        long limit = Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
        while (engine.journal().processedCount() < engine.journal().appendedCount() && System.nanoTime() < limit) {
            Thread.sleep(50);
        }
    }

    private static void summary(PrintWriter out, Engine engine, List<SyntheticFlight> day, int messages, int travellers) {
        List<Alert> alerts = engine.alerts().list(null, null, Integer.MAX_VALUE);
        Map<String, Integer> byPost = new TreeMap<>();
        for (Alert a : alerts) {
            byPost.merge(a.post + " " + a.decision, 1, Integer::sum);
        }
        PlantedRecall recall = new PlantedRecall(PlantedRecall.entries(day));
        alerts.forEach(recall::add);
        List<String> missed = recall.missed().stream().map(PlantedRecall::masked).toList();
        out.println();
        out.printf("Sent %d flights: %d messages, %d travellers (journaled %d inputs, processed %d).%n", day.size(),
                messages, travellers, engine.journal().appendedCount(), engine.journal().processedCount());
        out.printf("Alerts: %d %s%n", alerts.size(), byPost);
        out.printf("Planted hits alerted: %d of %d%s%n", recall.found(), recall.planted(),
                missed.isEmpty() ? "" : "; not alerted: " + missed);
        Timer t = engine.meters().find("paxgate.receipt.to.alert").timer();
        if (t != null && t.count() > 0) {
            double p50 = Double.NaN;
            double p99 = Double.NaN;
            for (ValueAtPercentile v : t.takeSnapshot().percentileValues()) {
                p50 = v.percentile() == 0.5 ? v.value(TimeUnit.MILLISECONDS) : p50;
                p99 = v.percentile() == 0.99 ? v.value(TimeUnit.MILLISECONDS) : p99;
            }
            out.printf(Locale.ROOT, "Receipt to alert: mean %.2f ms, max %.2f ms over %d alerts%s%n",
                    t.mean(TimeUnit.MILLISECONDS), t.max(TimeUnit.MILLISECONDS), t.count(),
                    Double.isNaN(p99) ? "" : String.format(Locale.ROOT, " (p50 %.2f ms, p99 %.2f ms)", p50, p99));
        }
        out.println();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temp directory left behind is not worth failing the demo for
        }
    }
}
