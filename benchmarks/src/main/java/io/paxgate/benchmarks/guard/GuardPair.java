package io.paxgate.benchmarks.guard;

import java.util.Map;

/**
 * A benchmark of ours and its in-run peer, and the ratio (our rate / the peer's) under which the
 * guard fails. {@code measured}, {@code date} and {@code machine} say where the floor came from.
 *
 * @param params {@code @Param} values the guard runs the pair with (e.g. a smaller list); empty for the defaults
 */
public record GuardPair(String name, String ours, String peer, String mode, Map<String, String> params,
                        double floor, double measured, String date, String machine) {

    public GuardPair {
        params = Map.copyOf(params);
    }

    /** The same pair at the benchmarks' own parameters (for a full run). */
    public GuardPair withoutParams() {
        return new GuardPair(name, ours, peer, mode, Map.of(), floor, measured, date, machine);
    }

    /** The same pair with other benchmarks on either side (a test's stand-in). */
    public GuardPair withBenchmarks(String ours, String peer) {
        return new GuardPair(name, ours, peer, mode, params, floor, measured, date, machine);
    }
}
