package io.paxgate.engine.alerts;

import java.util.List;

/**
 * A border post: where officers receive alerts.
 *
 * @param id       short id used in URLs ({@code /v1/alerts?post=GYD})
 * @param name     for people
 * @param airports IATA codes of the airports it covers (arrivals there alert this post)
 * @param webhook  URL alerts are also POSTed to, or null
 */
public record Post(String id, String name, List<String> airports, String webhook) {
}
