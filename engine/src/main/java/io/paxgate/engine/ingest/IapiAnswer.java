package io.paxgate.engine.ingest;

/**
 * @param cusres   the CUSRES answer (EDIFACT bytes), or null when the request could not be decoded
 * @param rejected the request was not a usable PAXLST (HTTP 400, body {@code error})
 * @param error    why, for a rejected request
 */
public record IapiAnswer(byte[] cusres, boolean rejected, String error) {
}
