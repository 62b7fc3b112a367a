package io.paxgate.parsers.paxlst;

import io.paxgate.parsers.model.Traveller;

/** FTX+BAG tag ranges: "LH0220123456:3" means three consecutively numbered tags. */
final class BagTags {
    /** Most tags expanded from one range, so a typo in the count cannot blow up memory. */
    static final int MAX_RANGE = 50;

    private BagTags() {
    }

    /** Adds the tags after {@code first} when {@code count} > 1 (the first is already added). */
    static void addConsecutive(Traveller t, String first, long count) {
        if (count <= 1) {
            return;
        }
        int digitsFrom = first.length();
        while (digitsFrom > 0 && Character.isDigit(first.charAt(digitsFrom - 1))) {
            digitsFrom--;
        }
        int digits = first.length() - digitsFrom;
        if (digits == 0 || digits > 18) {
            return;
        }
        String prefix = first.substring(0, digitsFrom);
        long base = Long.parseLong(first.substring(digitsFrom));
        for (long i = 1; i < Math.min(count, MAX_RANGE); i++) {
            String n = Long.toString(base + i);
            StringBuilder sb = new StringBuilder(first.length()).append(prefix);
            for (int pad = n.length(); pad < digits; pad++) {
                sb.append('0');
            }
            t.addBagTag(sb.append(n).toString());
        }
    }
}
