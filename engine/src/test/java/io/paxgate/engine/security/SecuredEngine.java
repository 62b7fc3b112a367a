package io.paxgate.engine.security;

import io.paxgate.engine.Engine;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.json.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The engine on the shipped config with security on, one person per role (officer of GYD only)
 * and the airline "azal" (carrier J2) with an API key; {@link #auth} holds each role's
 * Authorization header value.
 */
final class SecuredEngine implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";

    final Engine engine;
    final Map<Role, String> auth = new EnumMap<>(Role.class);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String airlineKey;

    SecuredEngine(Path dir, UnaryOperator<EngineConfig> tweak) throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(dir.resolve("journal"), dir.resolve("alerts"))
                .withSecurity(true);
        ec = tweak.apply(ec);
        engine = Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC());
        UserStore users = engine.security().users();
        users.putUser("officer-gyd", Role.OFFICER, List.of("GYD"), PASSWORD);
        users.putUser("analyst", Role.ANALYST, List.of(), PASSWORD);
        users.putUser("supervisor", Role.SUPERVISOR, List.of(), PASSWORD);
        users.putUser("admin", Role.ADMIN, List.of(), PASSWORD);
        airlineKey = users.putAirline("azal", List.of("J2"), List.of("J2", "J2API"), "azal-client");
        auth.put(Role.AIRLINE, "ApiKey " + airlineKey);
        if (ec.httpTls() != null) {
            return; // a TLS test brings its own client
        }
        auth.put(Role.OFFICER, "Bearer " + login("officer-gyd"));
        auth.put(Role.ANALYST, "Bearer " + login("analyst"));
        auth.put(Role.SUPERVISOR, "Bearer " + login("supervisor"));
        auth.put(Role.ADMIN, "Bearer " + login("admin"));
    }

    String base() {
        return "http://127.0.0.1:" + engine.httpPort();
    }

    String login(String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/v1/session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("log-in of " + user + " answered " + r.statusCode() + " " + r.body());
        }
        return Json.MAPPER.readTree(r.body()).get("token").asText();
    }

    @Override
    public void close() {
        engine.close();
    }
}
