package io.paxgate.engine.security;

import io.paxgate.rules.config.ConfigNode;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code security} section of {@code config/paxgate.yaml}.
 *
 * @param enabled     false: every route open, no carrier checks (a closed lab only; logged at WARN)
 * @param dir         where users.json lives
 * @param sessionTtl  how long a log-in token lasts
 * @param maxFailures failed log-ins in a row before the account is locked
 * @param lockout     how long it stays locked
 * @param plainTcp    {@code allow} or {@code refuse} EDIFACT over TCP without TLS client certificates
 *                    (the sender of a plain connection is not known, so it is not carrier-checked)
 */
public record SecurityConfig(boolean enabled, Path dir, Duration sessionTtl, int maxFailures, Duration lockout,
                             boolean plainTcp) {

    public static SecurityConfig from(ConfigNode n, Path defaultDir) {
        n.allowOnly("enabled", "dir", "session_minutes", "max_failed_logins", "lockout_minutes", "plain_tcp");
        return new SecurityConfig(n.bool("enabled", true), n.path("dir", defaultDir.toString()),
                Duration.ofMinutes(n.integer("session_minutes", 480, 1, 7 * 24 * 60)),
                n.integer("max_failed_logins", 5, 1, 1000),
                Duration.ofMinutes(n.integer("lockout_minutes", 15, 1, 24 * 60)),
                "allow".equals(n.choice("plain_tcp", "refuse", "allow", "refuse")));
    }

    public SecurityConfig withEnabled(boolean on) {
        return new SecurityConfig(on, dir, sessionTtl, maxFailures, lockout, plainTcp);
    }

    public SecurityConfig withDir(Path d) {
        return new SecurityConfig(enabled, d, sessionTtl, maxFailures, lockout, plainTcp);
    }
}
