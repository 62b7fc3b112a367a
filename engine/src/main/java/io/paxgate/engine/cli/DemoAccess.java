package io.paxgate.engine.cli;

import io.paxgate.engine.Engine;
import io.paxgate.engine.security.Role;
import io.paxgate.engine.security.Security;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's people and airline keys, made in its throw-away data directory and printed, so the
 * demo needs no set-up: five people (two officers, analyst, supervisor, admin) and one API key per
 * carrier of the generated day. The demo itself follows the alerts as the supervisor.
 */
final class DemoAccess {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> keys;
    private final String supervisorToken;

    private DemoAccess(Map<String, String> keys, String supervisorToken) {
        this.keys = keys;
        this.supervisorToken = supervisorToken;
    }

    static DemoAccess create(Engine engine, List<String> carriers, PrintWriter out) throws Security.LoginRefused {
        Security security = engine.security();
        if (security == null) {
            out.println("security.enabled is false: no users or keys (every route open)");
            return new DemoAccess(Map.of(), null);
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        person(security, passwords, "officer-gyd", Role.OFFICER, List.of("GYD"));
        person(security, passwords, "officer-kvd", Role.OFFICER, List.of("KVD"));
        person(security, passwords, "analyst", Role.ANALYST, List.of());
        person(security, passwords, "supervisor", Role.SUPERVISOR, List.of());
        person(security, passwords, "admin", Role.ADMIN, List.of());
        Map<String, String> keys = new LinkedHashMap<>();
        for (String c : carriers) {
            // the generator's UNB sender ids: the carrier code (PNRGOV) and code + "API" (PAXLST)
            keys.put(c, security.users().putAirline("airline-" + c.toLowerCase(java.util.Locale.ROOT), List.of(c),
                    List.of(c, c + "API"), null));
        }
        out.printf("%nDemo users (log in: POST /v1/session {\"user\",\"password\"}):%n");
        passwords.forEach((u, p) -> out.printf("  %-12s %-10s password %s%n", u,
                security.users().user(u).map(x -> x.role()).orElse("?"), p));
        out.printf("Airline API keys (Authorization: ApiKey <key>):%n");
        keys.forEach((c, k) -> out.printf("  airline-%-4s %s%n", c.toLowerCase(java.util.Locale.ROOT), k));
        String token = security.login("supervisor", passwords.get("supervisor")).token();
        return new DemoAccess(keys, token);
    }

    private static void person(Security security, Map<String, String> passwords, String name, Role role, List<String> posts) {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        security.users().putUser(name, role, posts, password);
        passwords.put(name, password);
    }

    /** {@code ApiKey <key>} of the carrier's airline; null with security off. */
    String keyAuthorization(String carrier) {
        String k = keys.get(carrier);
        return k == null ? null : "ApiKey " + k;
    }

    /** {@code Bearer <token>} of the supervisor (every post's alerts); null with security off. */
    String streamAuthorization() {
        return supervisorToken == null ? null : "Bearer " + supervisorToken;
    }
}
