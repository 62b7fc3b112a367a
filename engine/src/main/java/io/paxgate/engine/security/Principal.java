package io.paxgate.engine.security;

import java.util.Set;

/**
 * Who is calling: a person (officer, analyst, supervisor, admin) or an airline.
 *
 * @param carriers the airline's carrier codes (empty for people)
 * @param posts    the officer's border posts (empty for everyone else)
 */
public record Principal(String name, Role role, Set<String> carriers, Set<String> posts) {
    /** The engine's own actions (replays, reloads on file change). */
    public static final Principal SYSTEM = new Principal("system", Role.ADMIN, Set.of(), Set.of());

    public Principal {
        carriers = Set.copyOf(carriers);
        posts = Set.copyOf(posts);
    }

    /** True when this principal may see post {@code post}'s alerts: officers only their own. */
    public boolean seesPost(String post) {
        return role != Role.OFFICER || (post != null && posts.contains(post));
    }
}
