package io.paxgate.benchmarks.names;

import io.paxgate.benchmarks.names.NamePools.Culture;
import io.paxgate.benchmarks.names.NamePools.Patronymic;
import io.paxgate.rules.names.NameQuery;
import io.paxgate.rules.watchlist.BirthDate;
import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic watchlist of N people from the cultures of {@link NamePools}
 * (Azerbaijani, Russian, Turkish, Georgian, Central Asian, Arabic, Persian, European), with
 * Zipf-like name frequencies (rank r drawn with weight 1/(r+1)): on 1,000,000 entries
 * MAMMADOV, IVANOV, YILMAZ and MOHAMMED each name tens of thousands of people, well above the
 * index's postings cap, so the bounded-cost path is exercised. Some entries carry aliases
 * (another transliteration, surname-first order, a low-quality short form), birth dates at mixed
 * precision (day, month, year, approximately, a range, none) and one or two nationalities.
 *
 * <p>Entry {@code i} is a pure function of (seed, i), so a query generator can rebuild the
 * person behind any entry without keeping the structure of a million names.
 *
 * <p>Queries: {@link #injectedVariants} are listed people as a traveller's document would spell
 * them (transliteration, order swap, dropped middle name, female form, one typo), each labelled
 * with the entry id it must find; {@link #nonListed} are travellers drawn from the same
 * distributions under another seed stream (most are nobody on the list, but a common name can
 * meet a listed namesake).
 */
public final class SyntheticWatchlist {
    public static final long DEFAULT_SEED = 20261123L;
    public static final String LIST = "synthetic";

    /** How a variant differs from the listed primary name. */
    public enum Variant { TRANSLITERATION, ORDER_SWAP, DROPPED_MIDDLE, FEMALE_FORM, TYPO }

    /**
     * A traveller to screen.
     *
     * @param query    what the screening receives (surname and given names as a PAXLST sends them,
     *                 birth date, nationality, sex)
     * @param entryId  the listed entry it is a variant of, or null for a non-listed traveller
     * @param variant  how it was spelled, or null for a non-listed traveller
     * @param listed   the listed primary name it came from (for reports), or null
     */
    public record Probe(NameQuery query, String entryId, Variant variant, String listed) {
        /** The traveller's name as one line, given names first, as the brute-force baseline reads it. */
        public String fullName() {
            String g = query.givenNames() == null ? "" : query.givenNames();
            String s = query.surname() == null ? "" : query.surname();
            return (g + " " + s).trim();
        }
    }

    /** One generated person: name parts in their roles. */
    private record Person(Culture culture, boolean female, String[] given, String[] middle, String surname,
                          SplittableRandom rnd) {
        String givenLine() {
            StringBuilder sb = new StringBuilder();
            for (String g : given) {
                append(sb, g);
            }
            for (String m : middle) {
                append(sb, m);
            }
            return sb.toString();
        }

        String full() {
            return givenLine() + " " + surname;
        }
    }

    private final long seed;
    private final Zipf[] surnames;
    private final Zipf[] male;
    private final Zipf[] female;
    private final double[] cultureCumulative;

    public SyntheticWatchlist(long seed) {
        this.seed = seed;
        int n = NamePools.CULTURES.length;
        surnames = new Zipf[n];
        male = new Zipf[n];
        female = new Zipf[n];
        cultureCumulative = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            Culture k = NamePools.CULTURES[c];
            surnames[c] = new Zipf(surnamePool(k));
            male[c] = new Zipf(k.male());
            female[c] = new Zipf(k.female());
            sum += k.weight();
            cultureCumulative[c] = sum;
        }
    }

    /** The head in rank order, then names built from roots and suffixes (each once). */
    static String[] surnamePool(Culture k) {
        Set<String> pool = new LinkedHashSet<>(Arrays.asList(k.surnameHead()));
        for (String root : k.surnameRoots()) {
            for (String suffix : k.surnameSuffixes()) {
                pool.add(joinSuffix(root, suffix));
            }
        }
        return pool.toArray(new String[0]);
    }

    private static String joinSuffix(String root, String suffix) {
        if (suffix.isEmpty()) {
            return root;
        }
        // RASHID + I = RASHIDI; ALI + YEV = ALIYEV; KARIM + OV = KARIMOV; ASKAR + OV = ASKAROV
        boolean rootVowel = "AEIOU".indexOf(root.charAt(root.length() - 1)) >= 0;
        if (rootVowel && "AEIOU".indexOf(suffix.charAt(0)) >= 0) {
            return root.substring(0, root.length() - 1) + suffix;
        }
        return root + suffix;
    }

    public long seed() {
        return seed;
    }

    /** Entries 0..n-1. */
    public List<WatchlistEntry> entries(int n) {
        List<WatchlistEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(entry(i));
        }
        return out;
    }

    public static String id(int i) {
        return String.format("SYN-%07d", i);
    }

    /** Entry {@code i}: a pure function of the seed and i. */
    public WatchlistEntry entry(int i) {
        Person p = person(i, 0);
        SplittableRandom r = p.rnd();
        List<ListedName> names = new ArrayList<>(3);
        double form = r.nextDouble();
        if (form < 0.5) {
            names.add(new ListedName(p.full(), p.surname(), p.givenLine(), ListedName.Quality.PRIMARY));
        } else if (form < 0.8) {
            names.add(ListedName.primary(p.full()));
        } else {
            // national lists often write the surname first
            names.add(ListedName.primary(p.surname() + " " + p.givenLine()));
        }
        double a = r.nextDouble();
        if (a < 0.30) {
            names.add(new ListedName(alternativeSpelling(p.full(), r), null, null, ListedName.Quality.GOOD));
        }
        if (a < 0.10) {
            names.add(new ListedName(p.surname() + " " + p.given()[0], null, null, ListedName.Quality.LOW));
        }
        Culture c = p.culture();
        List<String> nat = new ArrayList<>(2);
        nat.add(c.nationalities()[r.nextInt(c.nationalities().length)]);
        if (r.nextDouble() < 0.10) {
            String second = c.nationalities()[r.nextInt(c.nationalities().length)];
            if (!nat.contains(second)) {
                nat.add(second);
            }
        }
        return new WatchlistEntry(id(i), LIST, WatchlistEntry.EntryType.PERSON, "sanctions", 3, names,
                birthDates(r), nat, p.female() ? "F" : "M", List.of(), id(i));
    }

    private static List<BirthDate> birthDates(SplittableRandom r) {
        LocalDate day = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 65));
        double k = r.nextDouble();
        List<BirthDate> out = new ArrayList<>(2);
        if (k < 0.55) {
            out.add(BirthDate.exact(day));
        } else if (k < 0.70) {
            out.add(BirthDate.year(day.getYear()));
        } else if (k < 0.80) {
            out.add(BirthDate.month(day.getYear(), day.getMonthValue()));
        } else if (k < 0.90) {
            out.add(BirthDate.approximately(day.getYear(), 2));
        } else if (k < 0.95) {
            out.add(BirthDate.between(day.withDayOfYear(1), day.plusYears(3).withDayOfYear(1).minusDays(1)));
        }
        if (!out.isEmpty() && r.nextDouble() < 0.08) {
            out.add(BirthDate.exact(day.plusDays(1 + r.nextInt(800))));
        }
        return out;
    }

    /**
     * Person {@code i} of stream {@code stream} (0: listed, 1: non-listed travellers). The random
     * state returned continues where the name stopped, for the rest of the entry.
     */
    private Person person(int i, int stream) {
        SplittableRandom r = new SplittableRandom(mix(seed ^ mix(i * 2L + stream)));
        double u = r.nextDouble() * cultureCumulative[cultureCumulative.length - 1];
        int c = 0;
        while (u > cultureCumulative[c] && c < cultureCumulative.length - 1) {
            c++;
        }
        Culture k = NamePools.CULTURES[c];
        boolean female = r.nextDouble() < 0.25;
        Zipf givenPool = female ? this.female[c] : male[c];
        List<String> given = new ArrayList<>(2);
        given.add(givenPool.draw(r));
        List<String> middle = new ArrayList<>(2);
        String surname = surnames[c].draw(r);
        if (k.gendered() && female) {
            surname = feminine(surname);
        }
        switch (k.patronymic()) {
            case AZ:
                if (r.nextDouble() < 0.3) {
                    middle.add(male[c].draw(r));
                    middle.add(female ? "QIZI" : "OGLU");
                }
                break;
            case RU:
                if (r.nextDouble() < 0.6) {
                    middle.add(russianPatronymic(male[c].draw(r), female));
                }
                break;
            case AR:
                if (r.nextDouble() < 0.5) {
                    middle.add(male[c].draw(r));
                    if (r.nextDouble() < 0.4) {
                        middle.add(male[c].draw(r));
                    }
                }
                break;
            default:
                if (r.nextDouble() < 0.15) {
                    String second = givenPool.draw(r);
                    if (!second.equals(given.get(0))) {
                        given.add(second);
                    }
                }
                break;
        }
        return new Person(k, female, given.toArray(new String[0]), middle.toArray(new String[0]), surname, r);
    }

    static String feminine(String surname) {
        if (surname.endsWith("OV") || surname.endsWith("EV") || surname.endsWith("IN")) {
            return surname + "A";
        }
        if (surname.endsWith("SKI")) {
            return surname.substring(0, surname.length() - 1) + "AYA";
        }
        return surname;
    }

    static String masculine(String surname) {
        if (surname.endsWith("SKAYA")) {
            return surname.substring(0, surname.length() - 3) + "I";
        }
        if (surname.endsWith("OVA") || surname.endsWith("EVA") || surname.endsWith("INA")) {
            return surname.substring(0, surname.length() - 1);
        }
        return surname;
    }

    /** IVAN -> IVANOVICH / IVANOVNA; SERGEI -> SERGEEVICH; NIKOLAI -> NIKOLAEVICH. */
    static String russianPatronymic(String father, boolean female) {
        String stem;
        String v;
        if (father.endsWith("II") || father.endsWith("EI") || father.endsWith("AI")) {
            stem = father.substring(0, father.length() - 1);
            v = "EV";
        } else {
            stem = father;
            v = "OV";
        }
        return stem + v + (female ? "NA" : "ICH");
    }

    // ---------------------------------------------------------------- queries

    /**
     * {@code count} listed people spelled as a traveller's document would, entries drawn uniformly
     * from 0..listSize-1, variants in rotation (each fifth of the set is one kind where it applies).
     */
    public List<Probe> injectedVariants(int listSize, int count) {
        SplittableRandom r = new SplittableRandom(mix(seed ^ 0x5EED_0001L));
        List<Probe> out = new ArrayList<>(count);
        Variant[] kinds = Variant.values();
        for (int q = 0; q < count; q++) {
            Variant kind = kinds[q % kinds.length];
            // draw until the entry has what the kind changes (a middle name, a gendered surname)
            int i = r.nextInt(listSize);
            Person p = person(i, 0);
            for (int tries = 0; tries < 200 && !applies(kind, p); tries++) {
                i = r.nextInt(listSize);
                p = person(i, 0);
            }
            out.add(variant(entry(i), p, kind, r));
        }
        return out;
    }

    /** {@code count} travellers from the same distributions, not taken from the list. */
    public List<Probe> nonListed(int count) {
        List<Probe> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            Person p = person(q, 1);
            SplittableRandom r = p.rnd();
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
            Culture c = p.culture();
            NameQuery nq = new NameQuery(p.surname(), p.givenLine(), BirthDate.exact(born),
                    c.nationalities()[r.nextInt(c.nationalities().length)], p.female() ? "F" : "M", List.of());
            out.add(new Probe(nq, null, null, null));
        }
        return out;
    }

    /** Variants and non-listed travellers alternating, then the rest of the longer list. */
    public static List<Probe> interleave(List<Probe> variants, List<Probe> nonListed) {
        List<Probe> out = new ArrayList<>(variants.size() + nonListed.size());
        int a = 0;
        int b = 0;
        while (a < variants.size() || b < nonListed.size()) {
            if (a < variants.size()) {
                out.add(variants.get(a++));
            }
            if (b < nonListed.size()) {
                out.add(nonListed.get(b++));
            }
        }
        return out;
    }

    private static boolean applies(Variant kind, Person p) {
        switch (kind) {
            case DROPPED_MIDDLE:
                return p.middle().length > 0 || p.given().length > 1;
            case FEMALE_FORM:
                // only where the language has the form (no MARTINA for MARTIN, no SAHINA for SAHIN)
                return p.culture().gendered() && !(p.female() ? masculine(p.surname()) : feminine(p.surname())).equals(p.surname());
            default:
                return true;
        }
    }

    private Probe variant(WatchlistEntry e, Person p, Variant kind, SplittableRandom r) {
        String surname = p.surname();
        List<String> given = new ArrayList<>(Arrays.asList(p.given()));
        List<String> middle = new ArrayList<>(Arrays.asList(p.middle()));
        Variant applied = kind;
        boolean swap = false;
        switch (kind) {
            case TRANSLITERATION: {
                String s = transliterate(surname, r);
                if (!s.equals(surname)) {
                    surname = s;
                } else {
                    String g = transliterate(given.get(0), r);
                    if (!g.equals(given.get(0))) {
                        given.set(0, g);
                    } else {
                        surname = typo(surname, r);
                        applied = Variant.TYPO;
                    }
                }
                break;
            }
            case ORDER_SWAP:
                swap = true;
                break;
            case DROPPED_MIDDLE:
                if (!middle.isEmpty()) {
                    middle.clear();
                } else if (given.size() > 1) {
                    given.remove(1);
                } else {
                    swap = true;
                    applied = Variant.ORDER_SWAP;
                }
                break;
            case FEMALE_FORM: {
                String f = p.female() ? masculine(surname) : feminine(surname);
                if (!f.equals(surname)) {
                    surname = f;
                } else {
                    surname = typo(surname, r);
                    applied = Variant.TYPO;
                }
                break;
            }
            default:
                if (r.nextBoolean() || given.get(0).length() < 5) {
                    surname = typo(surname, r);
                } else {
                    given.set(0, typo(given.get(0), r));
                }
                break;
        }
        StringBuilder g = new StringBuilder();
        for (String x : given) {
            append(g, x);
        }
        for (String x : middle) {
            append(g, x);
        }
        String givenLine = g.toString();
        BirthDate listed = e.birthDates().isEmpty() ? null : e.birthDates().get(0);
        LocalDate born = listed == null
                ? LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55))
                : listed.from().plusDays(r.nextInt((int) (listed.to().toEpochDay() - listed.from().toEpochDay() + 1)));
        // an order swap is a data-entry error: the surname field holds the given names
        NameQuery q = swap
                ? new NameQuery(givenLine, surname, BirthDate.exact(born), e.nationalities().get(0), e.sex(), List.of())
                : new NameQuery(surname, givenLine, BirthDate.exact(born), e.nationalities().get(0), e.sex(), List.of());
        return new Probe(q, e.id(), applied, e.primaryName().full());
    }

    /**
     * Cross-alphabet spellings, each from one source habit to another. Rules that would invent
     * spellings nobody writes (C->TS on Turkish C, Y->I on YILMAZ) are left out: a variant the
     * scorer should not match is not a recall test.
     */
    private static final String[][] TRANSLITERATIONS = {
        {"MAMMAD", "MAMED"}, {"IYEV", "IEV"}, {"YEV", "EV"}, {"X", "KH"}, {"KH", "X"}, {"Q", "G"}, {"HUSEYN", "GUSEYN"},
        {"HASAN", "GASAN"}, {"J", "DZH"}, {"DZH", "J"}, {"IU", "YU"}, {"IA", "YA"}, {"YU", "IU"}, {"YA", "IA"},
        {"II", "IY"}, {"EI", "EY"}, {"OU", "U"}, {"U", "OU"}, {"MOHAMMED", "MUHAMMAD"}, {"MOHAMMAD", "MUHAMMAD"},
        {"MUKHAMMAD", "MUHAMMAD"}, {"AL ", "EL "}, {"EE", "I"}, {"UE", "U"}, {"SH", "SCH"}, {"W", "V"},
        {"ZZ", "Z"}, {"SS", "S"}, {"TT", "T"}, {"GH", "G"}, {"KS", "X"}, {"E", "A"}};

    /** One applicable transliteration (the first that applies from a random start), or the part unchanged. */
    static String transliterate(String part, SplittableRandom r) {
        int start = r.nextInt(TRANSLITERATIONS.length);
        for (int k = 0; k < TRANSLITERATIONS.length; k++) {
            String[] t = TRANSLITERATIONS[(start + k) % TRANSLITERATIONS.length];
            int at = part.indexOf(t[0]);
            if (at >= 0) {
                return part.substring(0, at) + t[1] + part.substring(at + t[0].length());
            }
        }
        return part;
    }

    /** One substitution, deletion, insertion or transposition in the longest word, not in its first letter. */
    static String typo(String part, SplittableRandom r) {
        int space = part.indexOf(' ');
        if (space >= 0) {
            String[] words = part.split(" ");
            int longest = 0;
            for (int w = 1; w < words.length; w++) {
                longest = words[w].length() > words[longest].length() ? w : longest;
            }
            words[longest] = typoInWord(words[longest], r);
            return String.join(" ", words);
        }
        return typoInWord(part, r);
    }

    private static String typoInWord(String part, SplittableRandom r) {
        int n = part.length();
        if (n < 3) {
            return part + (char) ('A' + r.nextInt(26));
        }
        int at = 1 + r.nextInt(n - 1);
        char c = (char) ('A' + r.nextInt(26));
        switch (r.nextInt(4)) {
            case 0:
                return part.substring(0, at) + c + part.substring(at + 1);
            case 1:
                return part.substring(0, at) + part.substring(at + 1);
            case 2:
                return part.substring(0, at) + c + part.substring(at);
            default:
                if (at == n - 1) {
                    at--;
                }
                if (at < 1) {
                    return part.substring(0, 1) + c + part.substring(1);
                }
                return part.substring(0, at) + part.charAt(at + 1) + part.charAt(at) + part.substring(at + 2);
        }
    }

    /** An alias: the whole name in another transliteration habit (or with a typo if none applies). */
    private static String alternativeSpelling(String full, SplittableRandom r) {
        String s = transliterate(full, r);
        return s.equals(full) ? typo(full, r) : s;
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Rank r drawn with weight 1/(r+1): a few names are very common, most are rare. */
    private static final class Zipf {
        final String[] names;
        final double[] cumulative;

        Zipf(String[] names) {
            this.names = names;
            cumulative = new double[names.length];
            double s = 0;
            for (int r = 0; r < names.length; r++) {
                s += 1.0 / (r + 1);
                cumulative[r] = s;
            }
        }

        String draw(SplittableRandom rnd) {
            double u = rnd.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, u);
            return names[i >= 0 ? i : Math.min(-i - 1, names.length - 1)];
        }
    }
}
