package io.paxgate.engine.security;

import io.paxgate.engine.server.RouteInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route the engine registers x every role and no credentials, over a real socket: a role
 * the route does not allow gets 403, no credential 401, an allowed role neither. The routes come
 * from the engine's router, so a route added without a row here (or without an access rule)
 * fails {@link #everyRouteHasARule}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private static final Set<Role> ANYONE = EnumSet.noneOf(Role.class);

    /** Who may call each route: the specification. An empty set: open to anyone, no credentials. */
    private static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
            entry("POST /v1/session", ANYONE),
            entry("DELETE /v1/session", EnumSet.allOf(Role.class)),
            entry("GET /v1/users", EnumSet.of(Role.ADMIN)),
            entry("POST /v1/messages", EnumSet.of(Role.AIRLINE)),
            entry("POST /v1/iapi", EnumSet.of(Role.AIRLINE)),
            entry("GET /health", ANYONE),
            entry("GET /metrics", EnumSet.of(Role.ANALYST, Role.ADMIN)),
            entry("GET /v1/alerts", EnumSet.of(Role.OFFICER, Role.SUPERVISOR)),
            entry("POST /v1/alerts/{id}/ack", EnumSet.of(Role.OFFICER, Role.SUPERVISOR)),
            entry("POST /v1/alerts/{id}/disposition", EnumSet.of(Role.OFFICER, Role.SUPERVISOR)),
            entry("GET /v1/dispositions", EnumSet.of(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR)),
            entry("GET /v1/lists/{list}/entries/{id}", EnumSet.of(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR)),
            entry("POST /v1/admin/reload", EnumSet.of(Role.ANALYST, Role.ADMIN)),
            entry("GET /v1/alerts/stream", EnumSet.of(Role.OFFICER, Role.SUPERVISOR)),
            entry("POST /v1/alerts/{id}/unmask", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /", ANYONE),
            entry("GET /console/{file}", ANYONE),
            entry("GET /v1/posts", EnumSet.allOf(Role.class)),
            entry("GET /v1/rules", EnumSet.of(Role.ANALYST, Role.ADMIN)),
            entry("POST /v1/rules/{id}/enable", EnumSet.of(Role.ANALYST, Role.ADMIN)),
            entry("POST /v1/rules/{id}/disable", EnumSet.of(Role.ANALYST, Role.ADMIN)),
            entry("POST /v1/backtest", EnumSet.of(Role.ANALYST, Role.ADMIN)));

    @TempDir
    static Path dir;
    private SecuredEngine s;

    @BeforeAll
    void start() throws Exception {
        s = new SecuredEngine(dir, UnaryOperator.identity());
    }

    @AfterAll
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void everyRouteHasARule() {
        for (RouteInfo r : s.engine.routes()) {
            String key = r.method() + " " + r.template();
            assertTrue(EXPECTED.containsKey(key), key + " has no row in the access matrix");
            assertFalse(r.access().equals(Access.UNDECLARED), key + " was registered without an access rule");
            Set<Role> expected = EXPECTED.get(key);
            assertEquals(expected.isEmpty(), r.access().open(), key + ": open to anyone?");
            if (!expected.isEmpty()) {
                assertEquals(expected, r.access().roles(), key + ": roles");
            }
        }
    }

    @TestFactory
    List<DynamicTest> roleByRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RouteInfo r : s.engine.routes()) {
            Set<Role> allowed = EXPECTED.getOrDefault(r.method() + " " + r.template(), Set.of());
            boolean open = allowed.isEmpty();
            tests.add(DynamicTest.dynamicTest(r.method() + " " + r.template() + " without credentials -> "
                    + (open ? "served" : "401"), () -> {
                int status = call(r, null);
                if (open) {
                    assertNotEquals(401, status);
                    assertNotEquals(403, status);
                } else {
                    assertEquals(401, status);
                }
            }));
            for (Role role : Role.values()) {
                boolean ok = open || allowed.contains(role);
                tests.add(DynamicTest.dynamicTest(r.method() + " " + r.template() + " as " + role.wire() + " -> "
                        + (ok ? "served" : "403"), () -> {
                    String auth = s.auth.get(role);
                    if (r.method().equals("DELETE") && ok && role != Role.AIRLINE) {
                        auth = "Bearer " + s.login(switch (role) {
                            case OFFICER -> "officer-gyd";
                            default -> role.wire();
                        }); // logging out must not end the token the other cases use
                    }
                    int status = call(r, auth);
                    if (ok) {
                        assertNotEquals(401, status, "allowed role refused as unauthenticated");
                        assertNotEquals(403, status, "allowed role refused");
                    } else {
                        assertEquals(403, status);
                    }
                }));
            }
        }
        return tests;
    }

    /** The route's status for a call with {@code authorization} (null: none); a stream is closed once answered. */
    private int call(RouteInfo r, String authorization) throws Exception {
        String path = r.template().replace("{id}", "A999").replace("{list}", "national").replace("{file}", "console.js");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).timeout(Duration.ofSeconds(20))
                .method(r.method(), r.method().equals("GET") || r.method().equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<InputStream> resp = s.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        resp.body().close();
        return resp.statusCode();
    }
}
