package io.paxgate.rules.names;

/**
 * Jaro-Winkler similarity over two short strings, without allocation: matched positions are kept
 * in two 64-bit masks (name parts are shorter than that; longer ones are compared on their first 64
 * characters).
 */
public final class JaroWinkler {
    private JaroWinkler() {
    }

    public static double similarity(CharSequence a, CharSequence b) {
        int la = Math.min(a.length(), 64);
        int lb = Math.min(b.length(), 64);
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long ma = 0;
        long mb = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((mb & (1L << j)) == 0 && b.charAt(j) == c) {
                    ma |= 1L << i;
                    mb |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((ma & (1L << i)) != 0) {
                while ((mb & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        return winkler(jaro, a, b, Math.min(4, Math.min(la, lb)));
    }

    /**
     * At least {@link #similarity}, from the letters alone and in a fraction of its time: a letter
     * the other side does not have cannot be matched; transpositions and the match distance are not
     * counted, the common prefix is.
     */
    public static double upperBound(CharSequence a, CharSequence b) {
        int la = Math.min(a.length(), 64);
        int lb = Math.min(b.length(), 64);
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        long lettersA = letters(a, la);
        long lettersB = letters(b, lb);
        int matches = Math.min(present(a, la, lettersB), present(b, lb, lettersA));
        if (matches == 0) {
            return 0.0;
        }
        double m = matches;
        double jaro = (m / la + m / lb + 1.0) / 3.0;
        return winkler(jaro, a, b, Math.min(4, Math.min(la, lb)));
    }

    /** Jaro raised for a common prefix of up to {@code maxPrefix} characters. */
    private static double winkler(double jaro, CharSequence a, CharSequence b, int maxPrefix) {
        int prefix = 0;
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** The letters of {@code s[0..n)}, one bit per character modulo 64 (a shared bit may be two letters: the bound stays above). */
    private static long letters(CharSequence s, int n) {
        long set = 0;
        for (int i = 0; i < n; i++) {
            set |= 1L << s.charAt(i);
        }
        return set;
    }

    /** How many of {@code s[0..n)}'s characters are in {@code letters}. */
    private static int present(CharSequence s, int n, long letters) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += (int) (letters >>> s.charAt(i)) & 1;
        }
        return count;
    }
}
