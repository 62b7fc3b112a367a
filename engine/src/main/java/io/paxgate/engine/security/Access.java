package io.paxgate.engine.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call a route: anyone (no credentials: health, log-in), or the listed roles. A route
 * registered without saying is {@link #UNDECLARED}: with security on it is refused to everyone,
 * so a new route cannot be left open by omission.
 */
public record Access(boolean open, Set<Role> roles) {
    public static final Access UNDECLARED = new Access(false, Set.of());
    public static final Access ANYONE = new Access(true, Set.of());

    public Access {
        roles = Set.copyOf(roles);
    }

    public static Access roles(Role first, Role... more) {
        return new Access(false, EnumSet.of(first, more));
    }

    /** Every role, people and airlines: any valid credential. */
    public static Access authenticated() {
        return new Access(false, EnumSet.allOf(Role.class));
    }

    public boolean allows(Role role) {
        return open || roles.contains(role);
    }
}
