package io.paxgate.engine.security;

import java.util.Locale;

/** What a caller may do; each HTTP route names the roles that may call it. */
public enum Role {
    /** Submits messages for its own carrier codes (API key or client certificate). */
    AIRLINE,
    /** Alerts and travellers of their own border posts only. */
    OFFICER,
    /** Rules, lists, backtests, statistics; never unmasks. */
    ANALYST,
    /** Unmasks, with a recorded justification; sees every post's alerts. */
    SUPERVISOR,
    /** Users, keys, configuration, reloads. */
    ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code officer} -> OFFICER; a clear error naming the allowed values otherwise. */
    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.wire().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role \"" + s + "\"; one of airline, officer, analyst, supervisor, admin");
    }
}
