package io.paxgate.rules.watchlist;

/**
 * A name or alias as listed. {@code full} is always set; {@code surname} and {@code given} are
 * set when the source says which part is which (UN FIRST_NAME/SECOND_NAME..., Paxgate CSV).
 *
 * @param quality PRIMARY for the main name, GOOD for a strong alias, LOW for a weak one (UN
 *                "a.k.a., low quality"): weak aliases alert less readily
 */
public record ListedName(String full, String surname, String given, Quality quality) {
    public enum Quality { PRIMARY, GOOD, LOW }

    public static ListedName primary(String full) {
        return new ListedName(full, null, null, Quality.PRIMARY);
    }
}
