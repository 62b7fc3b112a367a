package io.paxgate.rules.names;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link JaroWinkler#upperBound} lets the scorer skip Jaro-Winkler only where it could not have been higher. */
class JaroWinklerProperties {
    @Property(tries = 2000)
    void theBoundIsNeverBelowTheSimilarity(@ForAll @Chars({'A', 'E', 'H', 'M', 'D', 'O', 'L', 'I', '-', 'Ə'}) @StringLength(max = 12) String a,
                                           @ForAll @Chars({'A', 'E', 'H', 'M', 'D', 'O', 'L', 'I', '-', 'Ə'}) @StringLength(max = 12) String b) {
        assertTrue(JaroWinkler.upperBound(a, b) >= JaroWinkler.similarity(a, b), a + " / " + b);
    }

    @Property(tries = 200)
    void theBoundHoldsBeyondSixtyFourCharacters(@ForAll @Chars({'A', 'B', 'C'}) @StringLength(min = 60, max = 80) String a,
                                                @ForAll @Chars({'A', 'B', 'C'}) @StringLength(min = 60, max = 80) String b) {
        assertTrue(JaroWinkler.upperBound(a, b) >= JaroWinkler.similarity(a, b), a + " / " + b);
    }
}
