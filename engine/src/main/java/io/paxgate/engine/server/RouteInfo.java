package io.paxgate.engine.server;

import io.paxgate.engine.security.Access;

/** One registered route as {@link HttpServer#routes()} lists it (for the access matrix and docs). */
public record RouteInfo(String method, String template, Access access, boolean stream) {
}
