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
 * <li>{@link io.paxgate.rules.names.NameIndex}: a list's names keyed by skeletons and one-letter
 * deletions, int-array postings, bounded work per query; {@code search(NameQuery, threshold, max)}.</li>
 * <li>{@link io.paxgate.rules.names.MatchThresholds#DEFAULT}: the alerting threshold, set on the
 * tuning half of the evaluation set ({@code src/test/resources/names/evaluation.csv}).</li>
 * </ul>
 */
package io.paxgate.rules.names;
