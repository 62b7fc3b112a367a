package io.paxgate.engine.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.paxgate.engine.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route handler answers.
 *
 * @param headers extra response headers (Content-Type and Content-Length are set from the rest)
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json";
    public static final String EDIFACT = "application/edifact";
    public static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    public Response {
        body = body == null ? new byte[0] : body;
        headers = Map.copyOf(headers);
    }

    public static Response of(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body, Map.of());
    }

    /** {@code value} written with the project's JSON mapper. */
    public static Response json(int status, Object value) {
        try {
            return of(status, JSON, Json.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** {@code {"error": message}}. */
    public static Response error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    public static Response text(int status, String contentType, String text) {
        return of(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, body, more);
    }
}
