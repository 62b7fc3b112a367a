package io.paxgate.rules.names;

import java.util.List;

/**
 * A name after {@link NameNormalizer}: its parts in the order written.
 *
 * @param tokens           every part, particles and markers included
 * @param surnameKnown     the source said which parts are the surname
 * @param significantCount parts that carry index keys ({@link TokenRole#indexed()})
 */
public record NormalizedName(List<NameToken> tokens, boolean surnameKnown, int significantCount) {
    public NormalizedName {
        tokens = List.copyOf(tokens);
    }

    /** The parts joined by single spaces (display and idempotence). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
