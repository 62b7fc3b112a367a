package io.paxgate.benchmarks.guard;

/**
 * One pair's outcome. {@code ratio} is NaN when a side is missing from the results.
 */
public record Verdict(GuardPair pair, Score ours, Score peer, double ratio, Status status) {

    public enum Status {
        /** ratio at or above the floor */
        OK,
        /** ratio under the floor: a regression, or a peer that got faster */
        FAIL,
        /** one side (or both) is not in the results: the guard cannot vouch for the pair */
        MISSING
    }

    public boolean passed() {
        return status == Status.OK;
    }
}
