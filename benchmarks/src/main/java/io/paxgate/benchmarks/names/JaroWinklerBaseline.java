package io.paxgate.benchmarks.names;

import io.paxgate.rules.watchlist.ListedName;
import io.paxgate.rules.watchlist.WatchlistEntry;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The brute-force baseline: commons-text {@link JaroWinklerSimilarity} of the traveller's name
 * against every listed name (primary and aliases) of every entry.
 *
 * <p>The rule, chosen to be fair to the baseline: both sides are upper-cased, accent-stripped
 * (NFD, combining marks removed), every non-letter becomes a space and spaces are collapsed. A
 * listed name scores max(JW(q, n), JW(sorted(q), sorted(n))), where sorted() puts the parts in
 * alphabetical order, so name order (surname first or last) costs the baseline nothing. An entry
 * is a hit when its best-scoring name scores at least the threshold (the same
 * {@code MatchThresholds.DEFAULT} the index uses). Birth date, nationality and sex are not used:
 * a plain string matcher has no notion of them. Two Jaro-Winkler calls per listed name.
 */
public final class JaroWinklerBaseline {
    private final WatchlistEntry[] entries;
    private final String[] asWritten;
    private final String[] sorted;
    private final int[] nameEntry;
    private final JaroWinklerSimilarity jw = new JaroWinklerSimilarity();

    /** A hit: entry and its best score. */
    public record Hit(WatchlistEntry entry, String name, double score) {
    }

    public JaroWinklerBaseline(List<WatchlistEntry> list) {
        entries = list.toArray(new WatchlistEntry[0]);
        int total = 0;
        for (WatchlistEntry e : entries) {
            total += e.names().size();
        }
        asWritten = new String[total];
        sorted = new String[total];
        nameEntry = new int[total];
        int k = 0;
        for (int e = 0; e < entries.length; e++) {
            for (ListedName n : entries[e].names()) {
                asWritten[k] = normalize(n.full());
                sorted[k] = sortParts(asWritten[k]);
                nameEntry[k] = e;
                k++;
            }
        }
    }

    public int nameCount() {
        return asWritten.length;
    }

    /** Upper case, accents stripped, non-letters to single spaces. */
    public static String normalize(String s) {
        String d = Normalizer.normalize(s.toUpperCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetter(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    static String sortParts(String normalized) {
        String[] parts = normalized.split(" ");
        Arrays.sort(parts);
        return String.join(" ", parts);
    }

    /** Entries whose best name scores at least {@code threshold}, in list order. */
    public List<Hit> search(String travellerName, double threshold) {
        String q = normalize(travellerName);
        String qs = sortParts(q);
        List<Hit> hits = new ArrayList<>();
        int lastEntry = -1;
        for (int k = 0; k < asWritten.length; k++) {
            double s = Math.max(jw.apply(q, asWritten[k]), jw.apply(qs, sorted[k]));
            if (s >= threshold) {
                int e = nameEntry[k];
                if (e == lastEntry) {
                    Hit prev = hits.get(hits.size() - 1);
                    if (s > prev.score()) {
                        hits.set(hits.size() - 1, new Hit(entries[e], asWritten[k], s));
                    }
                } else {
                    hits.add(new Hit(entries[e], asWritten[k], s));
                    lastEntry = e;
                }
            }
        }
        return hits;
    }

    /**
     * The score the scan would give {@code entry} (its best name), without scanning: the rule
     * depends on the entry alone, so recall on a labelled query needs no full scan.
     */
    public double score(String travellerName, WatchlistEntry entry) {
        String q = normalize(travellerName);
        String qs = sortParts(q);
        double best = 0;
        for (ListedName n : entry.names()) {
            String w = normalize(n.full());
            best = Math.max(best, Math.max(jw.apply(q, w), jw.apply(qs, sortParts(w))));
        }
        return best;
    }

    /** Hit count only (the benchmark's op: the same scan without keeping the hits). */
    public int count(String travellerName, double threshold) {
        String q = normalize(travellerName);
        String qs = sortParts(q);
        int count = 0;
        int lastEntry = -1;
        for (int k = 0; k < asWritten.length; k++) {
            // an entry already hit needs no more of its names; the sorted form only when the written one fails
            if (nameEntry[k] != lastEntry
                    && (jw.apply(q, asWritten[k]) >= threshold || jw.apply(qs, sorted[k]) >= threshold)) {
                count++;
                lastEntry = nameEntry[k];
            }
        }
        return count;
    }
}
