package io.paxgate.rules.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a name scored what it did: the name parts aligned (or left unmatched) with their similarity
 * and weight, the name score, then each corroborating feature with what it added or took away.
 */
public record Explanation(List<Feature> features, double nameScore, double score) {
    public Explanation {
        features = List.copyOf(features);
    }

    /**
     * @param feature      e.g. "surname", "given", "unmatched-query", "birth-date", "nationality"
     * @param detail       what was compared, e.g. "ALIYEV~ALIEV skeleton"
     * @param contribution similarity of a name part (0..1), or the score added/removed by a corroboration
     */
    public record Feature(String feature, String detail, double contribution) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s %+.3f", feature, detail, contribution);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "name %.3f", nameScore));
        for (Feature f : features) {
            sb.append("; ").append(f);
        }
        sb.append(String.format(Locale.ROOT, " => %.3f", score));
        return sb.toString();
    }

    static final class Builder {
        final List<Feature> features = new ArrayList<>(8);
        double nameScore;

        void add(String feature, String detail, double contribution) {
            features.add(new Feature(feature, detail, contribution));
        }

        Explanation build(double nameScore, double score) {
            return new Explanation(features, nameScore, score);
        }
    }
}
