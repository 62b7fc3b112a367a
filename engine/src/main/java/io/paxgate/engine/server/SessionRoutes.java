package io.paxgate.engine.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpMethod;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.security.Access;
import io.paxgate.engine.security.Role;
import io.paxgate.engine.security.Security;
import io.paxgate.engine.security.UserStore;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * People's sessions and the admin's view of users.
 * <ul>
 * <li>{@code POST /v1/session} {@code {"user","password"}}: 200 {@code {"token","user","role","posts","expires"}},
 * 401 wrong name or password, 429 locked after repeated failures</li>
 * <li>{@code DELETE /v1/session}: ends the session of the Bearer token (204)</li>
 * <li>{@code GET /v1/users} (admin): people and airlines, no hashes</li>
 * </ul>
 * A password check costs tens of milliseconds (Argon2id): it runs on {@code slow}, never on an event loop.
 */
public final class SessionRoutes {
    private SessionRoutes() {
    }

    public static HttpServer install(HttpServer server, Security security, Executor slow) {
        return server.route(HttpMethod.POST, "/v1/session", Access.ANYONE,
                        req -> CompletableFuture.supplyAsync(() -> login(security, req.body()), slow))
                .route(HttpMethod.DELETE, "/v1/session", Access.authenticated(), req -> {
                    String auth = req.header("Authorization");
                    boolean ended = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                            && security.logout(auth.substring(7).trim());
                    return CompletableFuture.completedFuture(ended ? Response.of(204, null, null)
                            : Response.error(400, "no session to end: log out with the Bearer token of POST /v1/session"));
                })
                .route(HttpMethod.GET, "/v1/users", Access.roles(Role.ADMIN),
                        req -> CompletableFuture.completedFuture(users(security.users())));
    }

    private static Response login(Security security, byte[] body) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            n = null;
        }
        if (n == null || !n.path("user").isTextual() || !n.path("password").isTextual()) {
            return Response.error(400, "the body must be JSON {\"user\": \"...\", \"password\": \"...\"}");
        }
        try {
            Security.Login l = security.login(n.get("user").asText(), n.get("password").asText());
            ObjectNode out = Json.MAPPER.createObjectNode();
            out.put("token", l.token());
            out.put("user", l.principal().name());
            out.put("role", l.principal().role().wire());
            ArrayNode posts = out.putArray("posts");
            l.principal().posts().stream().sorted().forEach(posts::add);
            out.put("expires", l.expires().toString());
            return Response.json(200, out);
        } catch (Security.LoginRefused e) {
            return Response.error(e.locked() ? 429 : 401, e.getMessage());
        }
    }

    private static Response users(UserStore store) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode users = out.putArray("users");
        for (UserStore.User u : store.users()) {
            ObjectNode o = users.addObject();
            o.put("name", u.name());
            o.put("role", u.role());
            o.set("posts", Json.MAPPER.valueToTree(u.posts()));
        }
        ArrayNode airlines = out.putArray("airlines");
        for (UserStore.Airline a : store.airlines()) {
            ObjectNode o = airlines.addObject();
            o.put("name", a.name());
            o.set("carriers", Json.MAPPER.valueToTree(a.carriers()));
            o.set("senders", Json.MAPPER.valueToTree(a.senders()));
            o.put("keys", a.keys().size());
            o.put("certificate", a.certificate());
        }
        return Response.json(200, out);
    }
}
