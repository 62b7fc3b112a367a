package io.paxgate.rules.names;

/**
 * One normalised name part.
 *
 * @param text       upper-case A-Z, ICAO form (ALIYEVA, MAMMADOV)
 * @param skeleton   cross-alphabet skeleton ({@link SpellingVariants#skeleton}), female form folded
 * @param consonants the skeleton without vowels
 * @param role       what the part is
 * @param fromArabic the part was written in Arabic script (no short vowels: compare on consonants)
 * @param joinedToPrevious the part was hyphen-joined to the previous one (SMITH-JONES)
 */
public record NameToken(String text, String skeleton, String consonants, TokenRole role, boolean fromArabic,
                        boolean joinedToPrevious) {

    public static NameToken of(String text, TokenRole role, boolean fromArabic, boolean joinedToPrevious) {
        String skel = SpellingVariants.skeleton(text);
        return new NameToken(text, skel, SpellingVariants.consonants(skel), role, fromArabic, joinedToPrevious);
    }

    @Override
    public String toString() {
        return text;
    }
}
