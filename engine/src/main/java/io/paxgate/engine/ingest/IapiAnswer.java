package io.paxgate.engine.ingest;

/**
 * @param cusres   the CUSRES answer (EDIFACT bytes), or null when the request could not be decoded
 * @param rejected the request was not a usable PAXLST (HTTP 400, body {@code error})
 * @param error    why, for a rejected request
 * @param refusal  why the authenticated airline may not send this request (not journaled; HTTP 403), or null
 */
public record IapiAnswer(byte[] cusres, boolean rejected, String error, String refusal) {

    public IapiAnswer(byte[] cusres, boolean rejected, String error) {
        this(cusres, rejected, error, null);
    }
}
