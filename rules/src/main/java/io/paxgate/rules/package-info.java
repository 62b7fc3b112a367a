/**
 * Screening core: model to hits (name normalisation, watchlists, document lists, name scoring,
 * CEL targeting rules, risk decision, backtest). Empty until the screening issue lands; the
 * module exists so the dependency direction engine -> rules -> parsers is fixed from the start.
 */
package io.paxgate.rules;
