package io.paxgate.parsers.model;

import java.time.LocalDateTime;

/** PNRGOV history (Gr10 ABI, Gr11 SAC, Gr12 and LTS lines). */
public final class HistoryEntry {
    public LocalDateTime time;
    /** Who changed it (ABI originator). */
    public String agent;
    /** SAC action: "cancelled" (X), "added" (A), or as sent. */
    public String action;
    /** The changed element as text, e.g. "SSR SEAT 31A 31B" or the raw LTS line. */
    public String text;
    /** True when {@link #text} reveals health or religion (a meal or medical SSR): delete on receipt. */
    public boolean sensitive;
    public String sensitiveCategory;
}
