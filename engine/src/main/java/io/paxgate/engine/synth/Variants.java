package io.paxgate.engine.synth;

import java.util.SplittableRandom;

/**
 * Spellings of a listed name as a traveller's documents might give it: another transliteration,
 * surname and given names swapped, a typing slip, or one of the list's own aliases. Each is a
 * way real manifests differ from list entries (STANDARDS.md section 7, matching pitfalls).
 */
final class Variants {
    /** Transliteration pairs tried in order; the first that occurs in the name is applied once. */
    private static final String[][] TRANSLITERATIONS = {
            {"KH", "X"}, {"X", "KH"}, {"Q", "G"}, {"YEV", "EV"}, {"IY", "I"}, {"YE", "E"}, {"OU", "U"},
            {"EI", "EY"}, {"AI", "AY"}, {"SH", "SCH"}, {"MM", "M"}, {"DD", "D"}, {"SS", "S"}, {"EE", "I"},
            {"J", "DZH"}, {"Y", "I"}, {"W", "V"}, {"U", "OU"}};

    enum Kind { TRANSLITERATION, ORDER, TYPO, ALIAS }

    private Variants() {
    }

    /** Returns {surname, given names} for the plant; {@code turn} picks the kind of variant. */
    static String[] spell(Plants.ListedPerson p, int turn, SplittableRandom r) {
        Kind kind = Kind.values()[Math.floorMod(turn, Kind.values().length)];
        return switch (kind) {
            case ORDER -> new String[] {p.givenNames(), p.surname()};
            case TYPO -> typo(p.surname(), p.givenNames(), r);
            case ALIAS -> {
                if (p.aliases().isEmpty()) {
                    yield transliterate(p.surname(), p.givenNames());
                }
                String[] a = p.aliases().get(r.nextInt(p.aliases().size())).split("/", 2);
                yield new String[] {a[0], a[1]};
            }
            case TRANSLITERATION -> transliterate(p.surname(), p.givenNames());
        };
    }

    /** A planted spelling and, in a few words, how it differs from the list's. */
    record Spelling(String surname, String givenNames, String how) {
    }

    /** {@link #spell}, but never the listed spelling itself: a name no rule changes gets a typo instead. */
    static Spelling variant(Plants.ListedPerson p, int turn, SplittableRandom r) {
        Kind kind = Kind.values()[Math.floorMod(turn, Kind.values().length)];
        String[] v = spell(p, turn, r);
        if (v[0].equals(p.surname()) && v[1].equals(p.givenNames())) {
            kind = Kind.TYPO;
            v = typo(p.surname(), p.givenNames(), r);
        } else if (kind == Kind.ALIAS && p.aliases().isEmpty()) {
            kind = Kind.TRANSLITERATION;
        }
        if (v[0].equals(p.surname()) && v[1].equals(p.givenNames())) {
            return new Spelling(v[0], v[1], "as listed (too short to alter)");
        }
        String how = switch (kind) {
            case ORDER -> "surname and given names swapped";
            case TYPO -> "two neighbouring letters swapped";
            case ALIAS -> "an alias the list gives";
            case TRANSLITERATION -> "transliteration " + applied(p.surname(), p.givenNames());
        };
        return new Spelling(v[0], v[1], how);
    }

    /** The transliteration {@link #transliterate} applies, as {@code KH->X in the surname}. */
    private static String applied(String surname, String given) {
        for (String[] t : TRANSLITERATIONS) {
            if (surname.contains(t[0])) {
                return t[0] + "->" + t[1] + " in the surname";
            }
        }
        for (String[] t : TRANSLITERATIONS) {
            if (given.contains(t[0])) {
                return t[0] + "->" + t[1] + " in the given names";
            }
        }
        return "(none applies)";
    }

    static String[] transliterate(String surname, String given) {
        for (String[] t : TRANSLITERATIONS) {
            if (surname.contains(t[0])) {
                return new String[] {surname.replaceFirst(t[0], t[1]), given};
            }
        }
        for (String[] t : TRANSLITERATIONS) {
            if (given.contains(t[0])) {
                return new String[] {surname, given.replaceFirst(t[0], t[1])};
            }
        }
        return new String[] {surname, given};
    }

    /** Two neighbouring letters swapped inside the longer name, never its first letter. */
    static String[] typo(String surname, String given, SplittableRandom r) {
        boolean inSurname = surname.length() >= given.length();
        String s = inSurname ? surname : given;
        if (s.length() < 4) {
            return new String[] {surname, given};
        }
        for (int tries = 0; tries < 8; tries++) {
            int i = 1 + r.nextInt(s.length() - 2);
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (a != b && Character.isLetter(a) && Character.isLetter(b)) {
                String t = s.substring(0, i) + b + a + s.substring(i + 2);
                return inSurname ? new String[] {t, given} : new String[] {surname, t};
            }
        }
        return new String[] {surname, given};
    }
}
