/**
 * Name matching: a traveller's name against listed names, in any script.
 *
 * <ul>
 * <li>{@link io.paxgate.rules.names.NameNormalizer}: raw name to parts (A-Z, ICAO 9303 via
 * {@code IcaoTransliterator}), with roles ({@link io.paxgate.rules.names.TokenRole}: surname,
 * given, patronymic, initial, particle, marker) and per part a cross-alphabet skeleton
 * ({@link io.paxgate.rules.names.SpellingVariants}).</li>
 * <li>{@link io.paxgate.rules.names.NameScorer}: one query against one listed name: order-free
 * alignment of parts (joined/split parts too), surname weighting, asymmetric penalties for parts
 * left over, then birth date at each side's precision, nationality, sex and documents. Result:
 * {@link io.paxgate.rules.names.NameMatch} with its {@link io.paxgate.rules.names.Explanation}.</li>
 * <li>{@link io.paxgate.rules.names.NameIndex}: two levels, a vocabulary of the list's part
 * skeletons keyed by skeletons, one-letter deletions and consonants, then int-array postings of
 * names per part and per pair of common parts by birth year; only the sets of query parts that can
 * still reach the threshold are read; {@code search(NameQuery, threshold, max)}.</li>
 * <li>{@link io.paxgate.rules.names.MatchThresholds#DEFAULT}: the alerting threshold, set on the
 * tuning half of the evaluation set ({@code src/test/resources/names/evaluation.csv}).</li>
 * </ul>
 */
package io.paxgate.rules.names;
