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
        int prefix = 0;
        int maxPrefix = Math.min(4, Math.min(la, lb));
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}
