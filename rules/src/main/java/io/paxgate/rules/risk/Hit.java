package io.paxgate.rules.risk;

/**
 * One reason to look at a traveller, whatever found it: a name list match, a document list
 * match or a targeting rule. The decision and the alert are built from these.
 *
 * @param kind        what found it
 * @param source      the list name or the rule id
 * @param entryId     the watchlist entry id, the document key, or the rule id
 * @param score       how sure the finder is, 0..1 (a name score; 1 for an exact document or a rule)
 * @param severity    1 (lowest) .. 5 (highest), from the list's or rule's config
 * @param weight      how much the analyst wants this source to count, 0..1 (1 for lists)
 * @param summary     one line for the officer ("UN-SC entry QDi.430, alias 'ALIEV RASHAD', score 0.93")
 * @param explanation the detail: features and values that made the hit
 */
public record Hit(Kind kind, String source, String entryId, double score, int severity, double weight,
                  String summary, String explanation) {

    public enum Kind { NAME_LIST, DOCUMENT_LIST, RULE }

    public Hit {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("hit score must be within 0..1, was " + score);
        }
        if (weight < 0 || weight > 1 || Double.isNaN(weight)) {
            throw new IllegalArgumentException("hit weight must be within 0..1, was " + weight);
        }
        severity = Math.max(1, Math.min(5, severity));
    }
}
