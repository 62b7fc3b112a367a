package io.paxgate.parsers.model;

import java.util.List;

/** PNRGOV TBD: checked bags of a traveller, with pooling (HP head of pool, MP pool member). */
public final class Bag {
    public String travellerReference;
    public Integer count;
    public Integer weightKg;
    /** "head" (HP) or "member" (MP) of a bag pool; null when not pooled. */
    public String poolRole;
    /** For a pool member: the reference (ticket) of the pool head, as sent. */
    public String poolReference;
    public String destination;
    public List<String> tags;
}
