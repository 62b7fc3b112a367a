package io.paxgate.engine.server;

import io.netty.handler.codec.http.HttpMethod;
import io.paxgate.engine.security.Principal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a route handler sees of one HTTP request. Header names are lower case.
 *
 * @param path        the path without the query string
 * @param pathParams  values of the route's {@code {name}} parts
 * @param queryParams decoded query parameters, in order of appearance
 * @param body        the request body (empty, never null)
 * @param remote      the peer's address, {@code host:port}
 * @param principal   who is calling; null on an open route or with security off
 */
public record Request(HttpMethod method, String path, Map<String, String> pathParams,
                      Map<String, List<String>> queryParams, Map<String, List<String>> headers,
                      byte[] body, String remote, Principal principal) {

    public Request(HttpMethod method, String path, Map<String, String> pathParams,
                   Map<String, List<String>> queryParams, Map<String, List<String>> headers, byte[] body, String remote) {
        this(method, path, pathParams, queryParams, headers, body, remote, null);
    }

    /** The caller's name for records (audit, dispositions): the principal's, else the peer address. */
    public String actor() {
        return principal == null ? remote : principal.name();
    }

    /** The first value of query parameter {@code name}, or null. */
    public String query(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of header {@code name} (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }
}
