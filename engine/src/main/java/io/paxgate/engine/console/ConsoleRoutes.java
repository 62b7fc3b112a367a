package io.paxgate.engine.console;

import io.netty.handler.codec.http.HttpMethod;
import io.paxgate.engine.security.Access;
import io.paxgate.engine.server.HttpServer;
import io.paxgate.engine.server.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The border-post console: static HTML, CSS and JavaScript modules from the jar
 * ({@code console/} on the class path), at {@code /} and {@code /console/{file}}. Every answer
 * carries a strict Content-Security-Policy (scripts and styles from this origin only, nothing
 * inline) and an ETag; the browser revalidates ({@code no-cache}) so a new jar is seen at once.
 */
public final class ConsoleRoutes {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private ConsoleRoutes() {
    }

    /**
     * Registers {@code GET /} (the console page) and {@code GET /console/{file}}: open to anyone (the
     * page holds no data; it logs in and every API call it makes checks the role).
     */
    public static void install(HttpServer http) {
        ConsoleRoutes c = new ConsoleRoutes();
        http.route(HttpMethod.GET, "/", Access.ANYONE,
                        req -> CompletableFuture.completedFuture(c.serve("index.html", req.header("If-None-Match"))))
                .route(HttpMethod.GET, "/console/{file}", Access.ANYONE,
                        req -> CompletableFuture.completedFuture(c.serve(req.pathParam("file"), req.header("If-None-Match"))));
    }

    Response serve(String name, String ifNoneMatch) {
        Optional<Asset> asset = FILE.matcher(name).matches() ? cache.computeIfAbsent(name, ConsoleRoutes::load) : Optional.empty();
        if (asset.isEmpty()) {
            return secured(Response.error(404, "no console file " + name));
        }
        Asset a = asset.get();
        if (a.etag.equals(ifNoneMatch)) {
            return secured(Response.of(304, null, new byte[0]).withHeader("ETag", a.etag).withHeader("Cache-Control", "no-cache"));
        }
        return secured(Response.of(200, a.type, a.bytes).withHeader("ETag", a.etag).withHeader("Cache-Control", "no-cache"));
    }

    private static Response secured(Response r) {
        return r.withHeader("Content-Security-Policy", CSP)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("X-Frame-Options", "DENY");
    }

    private static Optional<Asset> load(String name) {
        try (InputStream in = ConsoleRoutes.class.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8) + "\"";
            return Optional.of(new Asset(bytes, TYPES.get(ext), etag));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read console/" + name + " from the class path", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
