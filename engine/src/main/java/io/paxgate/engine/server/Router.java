package io.paxgate.engine.server;

import io.netty.handler.codec.http.HttpMethod;
import io.paxgate.engine.security.Access;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Path templates ({@code /v1/alerts/{id}/ack}) to handlers. A template's {@code {name}} part
 * matches one non-empty path segment. Routes are few and matched in registration order.
 */
final class Router {
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** {@code target} is a {@link RouteHandler} or a {@link StreamHandler}. */
    void add(HttpMethod method, String template, Access access, Object target) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route template starts with '/': " + template);
        }
        routes.add(new Route(method, segments(template), template, access, target));
    }

    Match match(HttpMethod method, String path) {
        String[] parts = segments(path);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Map<String, String> params = r.bind(parts);
            if (params == null) {
                continue;
            }
            if (r.method.equals(method)) {
                return new Match(r.target, params, Set.of(), r.access);
            }
            allowed.add(r.method.name());
        }
        return new Match(null, Map.of(), allowed, Access.UNDECLARED);
    }

    private static String[] segments(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.split("/", -1);
    }

    /**
     * @param target  null when nothing matched
     * @param allowed methods the path has when the method did not match (405), else empty (404)
     * @param access  who may call the matched route (UNDECLARED when nothing matched)
     */
    record Match(Object target, Map<String, String> pathParams, Set<String> allowed, Access access) {
    }

    /** Every route, in registration order: method, template and who may call it. */
    List<RouteInfo> routes() {
        return routes.stream().map(r -> new RouteInfo(r.method.name(), r.template, r.access,
                r.target instanceof StreamHandler)).toList();
    }

    private record Route(HttpMethod method, String[] parts, String template, Access access, Object target) {
        Map<String, String> bind(String[] path) {
            if (path.length != parts.length) {
                return null;
            }
            Map<String, String> params = null;
            for (int i = 0; i < parts.length; i++) {
                String t = parts[i];
                if (t.length() > 2 && t.charAt(0) == '{' && t.charAt(t.length() - 1) == '}') {
                    if (path[i].isEmpty()) {
                        return null;
                    }
                    if (params == null) {
                        params = new HashMap<>(4);
                    }
                    params.put(t.substring(1, t.length() - 1), path[i]);
                } else if (!t.equals(path[i])) {
                    return null;
                }
            }
            return params == null ? Map.of() : params;
        }
    }
}
