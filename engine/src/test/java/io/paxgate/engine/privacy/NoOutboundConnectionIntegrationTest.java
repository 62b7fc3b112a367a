package io.paxgate.engine.privacy;

import com.sun.net.httpserver.HttpServer;
import io.paxgate.engine.cli.ShippedConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine opens no network socket but its two listeners, the connections accepted on them, and
 * the configured webhook: run in a JVM of its own while traffic flows, its sockets (from
 * /proc/PID/fd) are looked up in /proc/net/{tcp,tcp6,udp,udp6}. Linux only.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NoOutboundConnectionIntegrationTest {
    @TempDir
    Path dir;

    /** One socket of the child: local and remote port, TCP state (0A = listen), protocol. */
    record Sock(String proto, int localPort, String remote, int remotePort, String state) {
    }

    @Test
    void theEngineConnectsNowhereButTheConfiguredWebhook() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
        AtomicInteger delivered = new AtomicInteger();
        HttpServer webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/alerts", ex -> {
            ex.getRequestBody().readAllBytes();
            delivered.incrementAndGet();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        webhook.start();
        Process child = null;
        try {
            Path cfg = ShippedConfig.copyTo(dir);
            int hook = webhook.getAddress().getPort();
            String yaml = Files.readString(cfg).replace("      airports: [GYD]\n",
                    "      airports: [GYD]\n      webhook: http://127.0.0.1:" + hook + "/alerts\n");
            Files.writeString(cfg, yaml);
            child = start(cfg, dir.resolve("data"));
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("PORTS ")) {
                // engine log lines
            }
            assertTrue(line != null, "the engine child did not start");
            String[] ports = line.split(" ");
            int httpPort = Integer.parseInt(ports[1]);
            int tcpPort = Integer.parseInt(ports[2]);
            Set<Integer> listeners = Set.of(httpPort, tcpPort);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<Sock> seen = new ArrayList<>();
            long pid = child.pid();
            for (int round = 0; round < 5; round++) {
                for (String sample : new String[] {"paxlst_gyd_planted_hits.edi", "pnrgov_13_1_1pnr_2pax.edi"}) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + httpPort + "/v1/messages"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(
                                    Files.readAllBytes(Path.of("..", "config", "samples", sample)))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(202, r.statusCode(), r.body());
                }
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), tcpPort)) {
                    s.setSoTimeout(20_000);
                    OutputStream o = s.getOutputStream();
                    o.write(Files.readAllBytes(Path.of("..", "config", "samples", "paxlst_d12b_2pax.edi")));
                    o.flush();
                    s.getInputStream().read(new byte[64]); // the CONTRL's first bytes
                    seen.addAll(sockets(pid));
                }
                seen.addAll(sockets(pid));
                Thread.sleep(200);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (delivered.get() == 0 && System.nanoTime() < deadline) {
                seen.addAll(sockets(pid));
                Thread.sleep(50);
            }
            assertTrue(delivered.get() > 0, "the webhook got the GYD alerts");
            seen.addAll(sockets(pid));

            Set<Integer> listening = new HashSet<>();
            for (Sock s : seen) {
                if (s.proto().startsWith("tcp") && s.state().equals("0A")) {
                    listening.add(s.localPort());
                }
            }
            assertEquals(listeners, listening, "the engine listens on its two ports only");
            for (Sock s : seen) {
                if (s.proto().startsWith("udp")) {
                    throw new AssertionError("a UDP socket (a DNS lookup?): " + s);
                }
                boolean accepted = listeners.contains(s.localPort());
                boolean toWebhook = s.remotePort() == hook && s.remote().equals("127.0.0.1");
                assertTrue(s.state().equals("0A") || accepted || toWebhook, "an outbound connection: " + s);
            }
        } finally {
            webhook.stop(0);
            if (child != null) {
                child.getOutputStream().close();
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
        }
    }

    private Process start(Path cfg, Path data) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle.")) {
                command.add(arg);
            }
        }
        command.add("-Dchronicle.analytics.disable=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EngineChild.class.getName());
        command.add(cfg.toString());
        command.add(data.toString());
        return new ProcessBuilder(command).redirectError(dir.resolve("child.err").toFile()).start();
    }

    /** The child's network sockets: its fds that are sockets, found in the kernel's socket tables. */
    static List<Sock> sockets(long pid) throws Exception {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException gone) {
                    // closed while listing
                }
            }
        }
        List<Sock> out = new ArrayList<>();
        for (String proto : new String[] {"tcp", "tcp6", "udp", "udp6"}) {
            Path table = Path.of("/proc", String.valueOf(pid), "net", proto);
            if (!Files.exists(table)) {
                continue;
            }
            List<String> lines = Files.readAllLines(table);
            for (String l : lines.subList(1, lines.size())) {
                String[] f = l.trim().split("\\s+");
                if (f.length < 10 || !inodes.contains(f[9])) {
                    continue;
                }
                String[] local = f[1].split(":");
                String[] remote = f[2].split(":");
                out.add(new Sock(proto, Integer.parseInt(local[1], 16), address(remote[0]),
                        Integer.parseInt(remote[1], 16), f[3]));
            }
        }
        return out;
    }

    /** /proc/net hex address to dotted IPv4 (IPv4-mapped IPv6 too); other IPv6 as the hex. */
    static String address(String hex) {
        String v4 = hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000") ? hex.substring(24)
                : hex.length() == 8 ? hex : null;
        if (v4 == null) {
            return hex.equals("00000000000000000000000001000000") ? "::1" : hex;
        }
        // little-endian bytes
        return Integer.parseInt(v4.substring(6, 8), 16) + "." + Integer.parseInt(v4.substring(4, 6), 16) + "."
                + Integer.parseInt(v4.substring(2, 4), 16) + "." + Integer.parseInt(v4.substring(0, 2), 16);
    }
}
