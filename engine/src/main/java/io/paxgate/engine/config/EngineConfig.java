package io.paxgate.engine.config;

import io.paxgate.engine.alerts.Post;
import io.paxgate.engine.pipeline.Pipeline;
import io.paxgate.engine.security.SecurityConfig;
import io.paxgate.engine.security.TlsFiles;
import io.paxgate.rules.config.ConfigNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The running system's part of {@code config/paxgate.yaml}: {@code server}, {@code journal},
 * {@code pipeline}, {@code alerts} (border posts) and {@code security}. Every bad value names its key and the file.
 *
 * @param httpHost          address the HTTP server binds (default 127.0.0.1)
 * @param httpPort          its port (default 8080; 0 = any free port)
 * @param maxBodyBytes      largest HTTP body accepted (413 beyond)
 * @param tcpHost           address the EDIFACT-over-TCP server binds
 * @param tcpPort           its port (default 9090; 0 = any free port)
 * @param maxInterchangeBytes largest interchange accepted over TCP
 * @param idleTimeoutSeconds a connection silent this long is closed
 * @param journalDir        where received inputs are journaled
 * @param journalSync       {@code none} (the memory-mapped write; survives a process crash) or
 *                          {@code group} (also forced to disk, many appends per sync)
 * @param pipeline          the ring: {@code pipeline.ring_size} (a power of two), {@code wait_strategy}
 *                          ({@code blocking}, the default, behaves on 2 cores; {@code sleeping}, {@code yielding},
 *                          {@code busy_spin}), {@code screening_threads} (a flight always goes to the same one)
 *                          and {@code matchers} ({@code serial} or {@code parallel} stages)
 * @param alertsDir         where alerts and officers' actions are kept
 * @param posts             border posts and the airports each covers
 * @param watchFiles        reload lists and rules when their files change ({@code reload.watch_files})
 * @param boardDir          where the flight board (travellers of flights not yet arrived) is kept
 *                          off the heap ({@code board.dir}; default beside the journal)
 * @param boardCapacity     seats and bookings the board's map file is sized for
 *                          ({@code board.expected_entries})
 * @param security          users, sessions, lock-out ({@code security})
 * @param httpTls           HTTPS from PEM files ({@code server.http.tls}), or null for plain HTTP
 * @param tcpTls            TLS with client certificates on the EDIFACT port ({@code server.tcp.tls}), or null
 * @param ioThreads         event-loop threads of each server
 * @param latencySliceNanos the scheduler slice the latency-critical threads ask for
 *                          ({@code pipeline.latency_slice_us}, default 100; 0: none; see {@link io.paxgate.engine.os.LatencySlice})
 */
public record EngineConfig(String httpHost, int httpPort, int maxBodyBytes, String tcpHost, int tcpPort,
                           int maxInterchangeBytes, int idleTimeoutSeconds, Path journalDir, String journalSync,
                           Pipeline.Shape pipeline, Path alertsDir, List<Post> posts,
                           boolean watchFiles, Path boardDir, long boardCapacity, SecurityConfig security,
                           TlsFiles httpTls, TlsFiles tcpTls, IoThreads ioThreads, long latencySliceNanos) {

    /**
     * Event-loop threads of each server ({@code server.http.io_threads}, {@code server.tcp.io_threads});
     * 0 = half the cores, at least one. Netty's own default (twice the cores) put eight I/O threads
     * beside the screening thread on a 2-core box: more runnable threads than cores, and the iAPI p99
     * at 1,000 requests/s with 50 batch inputs/s went from 11.4 ms to 7.6 ms with one each (BENCHMARKS.md).
     */
    public record IoThreads(int http, int tcp) {
        public IoThreads {
            int auto = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            http = http == 0 ? auto : http;
            tcp = tcp == 0 ? auto : tcp;
        }
    }

    /** The largest input the journal takes in one entry (16 MiB), and so the largest either server accepts. */
    public static final int MAX_INPUT_BYTES = 16 << 20;

    public static EngineConfig load(Path file) {
        return from(ConfigNode.load(file));
    }

    public static EngineConfig from(ConfigNode root) {
        ConfigNode server = root.section("server");
        server.allowOnly("http", "tcp");
        ConfigNode http = server.section("http");
        http.allowOnly("host", "port", "max_body_bytes", "tls", "io_threads");
        ConfigNode tcp = server.section("tcp");
        tcp.allowOnly("host", "port", "max_interchange_bytes", "idle_timeout_seconds", "tls", "io_threads");
        ConfigNode journal = root.section("journal");
        journal.allowOnly("dir", "sync");
        ConfigNode pipeline = root.section("pipeline");
        pipeline.allowOnly("ring_size", "wait_strategy", "screening_threads", "matchers", "latency_slice_us");
        int sliceMicros = pipeline.integer("latency_slice_us", 100, 0, 100_000);
        if (sliceMicros != 0 && sliceMicros < 100) {
            throw pipeline.error("latency_slice_us", "must be 0 (none) or 100 to 100000 microseconds, was " + sliceMicros);
        }
        int ring = pipeline.integer("ring_size", 4096, 64, 1 << 24);
        if (Integer.bitCount(ring) != 1) {
            throw pipeline.error("ring_size", "must be a power of two, was " + ring);
        }
        ConfigNode alerts = root.section("alerts");
        alerts.allowOnly("dir", "posts");
        ConfigNode reload = root.section("reload");
        reload.allowOnly("watch_files");
        ConfigNode board = root.section("board");
        board.allowOnly("dir", "expected_entries");
        Path journalDir = journal.path("dir", "../data/journal");
        return new EngineConfig(
                http.string("host", "127.0.0.1"), http.integer("port", 8080, 0, 65535),
                http.integer("max_body_bytes", MAX_INPUT_BYTES, 1024, MAX_INPUT_BYTES),
                tcp.string("host", "127.0.0.1"), tcp.integer("port", 9090, 0, 65535),
                tcp.integer("max_interchange_bytes", MAX_INPUT_BYTES, 1024, MAX_INPUT_BYTES),
                tcp.integer("idle_timeout_seconds", 120, 1, 86_400),
                journalDir,
                journal.choice("sync", "none", "none", "group"),
                new Pipeline.Shape(ring,
                        pipeline.choice("wait_strategy", "blocking", "blocking", "sleeping", "yielding", "busy_spin"),
                        pipeline.integer("screening_threads", Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 1, 64),
                        pipeline.choice("matchers", "serial", "serial", "parallel").equals("parallel")),
                alerts.path("dir", "../data/alerts"),
                posts(alerts),
                reload.bool("watch_files", true),
                board.path("dir", journalDir.resolveSibling("board").toString()),
                board.longInteger("expected_entries", 1_000_000L, 1_000L, 100_000_000L),
                SecurityConfig.from(root.section("security"), journalDir.resolveSibling("security")),
                TlsFiles.from(http, false), TlsFiles.from(tcp, true),
                new IoThreads(http.integer("io_threads", 0, 0, 64), tcp.integer("io_threads", 0, 0, 64)),
                sliceMicros * 1000L);
    }

    private static List<Post> posts(ConfigNode alerts) {
        List<Post> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> airports = new HashSet<>();
        for (ConfigNode p : alerts.sections("posts")) {
            p.allowOnly("id", "name", "airports", "webhook");
            String id = p.requiredString("id");
            if (!ids.add(id)) {
                throw p.error("id", "post " + id + " is declared twice");
            }
            List<String> codes = new ArrayList<>();
            for (String a : p.strings("airports")) {
                String code = a.trim().toUpperCase(Locale.ROOT);
                if (!code.matches("[A-Z]{3}")) {
                    throw p.error("airports", "\"" + a + "\" is not a 3-letter IATA airport code");
                }
                if (!airports.add(code)) {
                    throw p.error("airports", code + " is already covered by another post");
                }
                codes.add(code);
            }
            if (codes.isEmpty()) {
                throw p.error("airports", "is required: the airports this post covers");
            }
            out.add(new Post(id, p.string("name", id), List.copyOf(codes), p.string("webhook", null)));
        }
        return List.copyOf(out);
    }

    /** Where the audit log is kept: beside the journal ({@code <data>/audit}). */
    public Path auditDir() {
        return journalDir.resolveSibling("audit");
    }

    /** The same with other ports (0: any free port). */
    public EngineConfig withPorts(int http, int tcp) {
        return new EngineConfig(httpHost, http, maxBodyBytes, tcpHost, tcp, maxInterchangeBytes, idleTimeoutSeconds,
                journalDir, journalSync, pipeline, alertsDir, posts, watchFiles, boardDir,
                boardCapacity, security, httpTls, tcpTls, ioThreads, latencySliceNanos);
    }

    /** The same with other journal and alert directories; the flight board and the users file go beside the journal. */
    public EngineConfig withDirs(Path journal, Path alerts) {
        return new EngineConfig(httpHost, httpPort, maxBodyBytes, tcpHost, tcpPort, maxInterchangeBytes,
                idleTimeoutSeconds, journal, journalSync, pipeline, alerts, posts, watchFiles,
                journal.resolveSibling("board"), boardCapacity, security.withDir(journal.resolveSibling("security")),
                httpTls, tcpTls, ioThreads, latencySliceNanos);
    }

    /** The same with the flight board in {@code dir}. */
    public EngineConfig withBoardDir(Path dir) {
        return new EngineConfig(httpHost, httpPort, maxBodyBytes, tcpHost, tcpPort, maxInterchangeBytes,
                idleTimeoutSeconds, journalDir, journalSync, pipeline, alertsDir, posts, watchFiles, dir, boardCapacity,
                security, httpTls, tcpTls, ioThreads, latencySliceNanos);
    }

    /** The same with other security settings and TLS files (null: plain). */
    public EngineConfig withSecurity(SecurityConfig s, TlsFiles http, TlsFiles tcp) {
        return new EngineConfig(httpHost, httpPort, maxBodyBytes, tcpHost, tcpPort, maxInterchangeBytes,
                idleTimeoutSeconds, journalDir, journalSync, pipeline, alertsDir, posts,
                watchFiles, boardDir, boardCapacity, s, http, tcp, ioThreads, latencySliceNanos);
    }

    /** The same with security on or off (off: every route open, no carrier checks). */
    public EngineConfig withSecurity(boolean enabled) {
        return withSecurity(security.withEnabled(enabled), httpTls, tcpTls);
    }
}
