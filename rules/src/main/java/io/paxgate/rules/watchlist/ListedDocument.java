package io.paxgate.rules.watchlist;

/** An identity document of a listed person: type as sent (passport, national id ...), number, issuing country. */
public record ListedDocument(String type, String number, String issuingCountry) {
}
