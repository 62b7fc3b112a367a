package io.paxgate.engine.loadgen;

/**
 * A fixed arrival schedule: send {@code k} is due at {@code start + k / rate}, whatever happened to
 * the sends before it (open loop). Latencies count from these intended times, so a stalled engine
 * or a busy connection shows in the figures instead of slowing the load down.
 */
public final class Schedule {
    private final long startNanos;
    private final double intervalNanos;
    private final long count;

    /**
     * @param startNanos    when send 0 is due ({@link System#nanoTime()} scale)
     * @param ratePerSecond sends per second, more than 0
     * @param durationNanos how long the schedule runs; it holds the sends due before its end
     */
    public Schedule(long startNanos, double ratePerSecond, long durationNanos) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("a rate must be a positive number, was " + ratePerSecond);
        }
        if (durationNanos < 0) {
            throw new IllegalArgumentException("a duration must not be negative, was " + durationNanos + " ns");
        }
        this.startNanos = startNanos;
        this.intervalNanos = 1e9 / ratePerSecond;
        this.count = (long) Math.ceil(durationNanos / intervalNanos);
    }

    /** Sends in the schedule. */
    public long count() {
        return count;
    }

    /** When send {@code k} is due. */
    public long intended(long k) {
        return startNanos + (long) (k * intervalNanos);
    }

    /** Sends due at or before {@code nowNanos} (at most {@link #count()}). */
    public long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        long k = Math.min(count, (long) ((nowNanos - startNanos) / intervalNanos) + 1);
        // the estimate may be one off either way in floating point: settle it on intended()
        while (k > 0 && intended(k - 1) > nowNanos) {
            k--;
        }
        while (k < count && intended(k) <= nowNanos) {
            k++;
        }
        return k;
    }
}
