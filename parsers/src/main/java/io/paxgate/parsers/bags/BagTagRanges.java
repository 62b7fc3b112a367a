package io.paxgate.parsers.bags;

import java.util.List;

/**
 * Bag tag ranges, as both PAXLST (FTX+BAG tag:count) and PNRGOV (TBD tag with a count) send them:
 * "LH0220123456" with count 3 means three consecutively numbered tags.
 */
public final class BagTagRanges {
    /** Most tags expanded from one range, so a typo in the count cannot blow up memory. */
    public static final int MAX_RANGE = 50;

    private BagTagRanges() {
    }

    /**
     * Adds the tags after {@code first} when {@code count} > 1 (the first is already added);
     * {@code scratch} is the caller's reusable work array.
     */
    public static void addConsecutive(List<String> tags, String first, long count, char[] scratch) {
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
        long base = 0;
        for (int i = digitsFrom; i < first.length(); i++) {
            base = base * 10 + Character.digit(first.charAt(i), 10); // isDigit above: never -1
        }
        // Each tag is written into one char array (prefix, zero-padded number) and becomes one
        // String: no substring, Long.toString or StringBuilder per tag.
        char[] chars = scratch.length >= first.length() + 19 ? scratch : new char[first.length() + 19];
        first.getChars(0, digitsFrom, chars, 0);
        for (long i = 1; i < Math.min(count, MAX_RANGE); i++) {
            long n = base + i;
            int numDigits = 1;
            for (long v = n; v >= 10; v /= 10) {
                numDigits++;
            }
            int width = Math.max(digits, numDigits);
            int end = digitsFrom + width;
            for (int p = end - 1; p >= digitsFrom; p--) {
                chars[p] = (char) ('0' + n % 10);
                n /= 10;
            }
            tags.add(new String(chars, 0, end));
        }
    }
}
