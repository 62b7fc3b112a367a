package io.paxgate.benchmarks.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The guard's verdicts: each pair's ratio (our ops/s over the peer's, both from the same run, so
 * a loaded machine slows both; medians of the iterations where the results have them) against
 * its floor. Plain code over results, no JMH run in here.
 */
public final class GuardCheck {
    private GuardCheck() {
    }

    public static List<Verdict> check(List<GuardPair> pairs, List<Score> scores) {
        List<Verdict> out = new ArrayList<>(pairs.size());
        for (GuardPair p : pairs) {
            out.add(check(p, scores));
        }
        return out;
    }

    public static Verdict check(GuardPair pair, List<Score> scores) {
        Score ours = find(scores, pair.ours(), pair.mode(), pair.params()).orElse(null);
        Score peer = find(scores, pair.peer(), pair.mode(), pair.params()).orElse(null);
        if (ours == null || peer == null) {
            return new Verdict(pair, ours, peer, Double.NaN, Verdict.Status.MISSING);
        }
        double ratio = ours.guardOpsPerSecond() / peer.guardOpsPerSecond();
        // NaN (a zero or broken score) fails: "not below the floor" must be shown, not assumed.
        Verdict.Status status = ratio >= pair.floor() ? Verdict.Status.OK : Verdict.Status.FAIL;
        return new Verdict(pair, ours, peer, ratio, status);
    }

    public static boolean passed(List<Verdict> verdicts) {
        return verdicts.stream().allMatch(Verdict::passed);
    }

    /** The first result of that benchmark in that mode whose parameters include {@code params}. */
    static Optional<Score> find(List<Score> scores, String benchmark, String mode, Map<String, String> params) {
        return scores.stream()
                .filter(s -> s.benchmark().equals(benchmark) && s.mode().equals(mode))
                .filter(s -> s.params().entrySet().containsAll(params.entrySet()))
                .findFirst();
    }

    /** pair, ours, peer, ratio, floor, status: one line each, aligned. */
    public static String table(List<Verdict> verdicts) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %-34s %-34s %10s %8s  %s%n", "pair", "ours", "peer", "ratio", "floor", "status"));
        for (Verdict v : verdicts) {
            GuardPair p = v.pair();
            sb.append(String.format(Locale.ROOT, "%-14s %-34s %-34s %10s %8s  %s%n", p.name(), Score.shortName(p.ours()),
                    Score.shortName(p.peer()), Double.isNaN(v.ratio()) ? "-" : times(v.ratio()), times(p.floor()),
                    v.status() == Verdict.Status.MISSING ? "FAIL (missing " + missing(v) + ")" : v.status().name()));
        }
        return sb.toString();
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, ratio >= 100 ? "%.0fx" : "%.2fx", ratio);
    }

    private static String missing(Verdict v) {
        if (v.ours() == null && v.peer() == null) {
            return "both";
        }
        return v.ours() == null ? "ours" : "peer";
    }
}
