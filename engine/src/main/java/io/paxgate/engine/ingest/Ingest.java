package io.paxgate.engine.ingest;

import java.util.concurrent.CompletableFuture;

/**
 * What the network servers hand received bytes to. The servers frame, limit and answer; an
 * {@code Ingest} journals, decodes and screens.
 */
public interface Ingest {

    /**
     * Journals one input (EDIFACT interchange(s), Type B wrapped or not, or PNRGOV XML) and decodes
     * it; completes with what to answer once the bytes are durable. Bad input completes normally
     * with {@link Receipt#rejected()} set; the future fails only on an internal error.
     *
     * @param channel "http" or "tcp"
     * @param remote  the sender's address
     */
    default CompletableFuture<Receipt> submit(byte[] bytes, String channel, String remote) {
        return submit(bytes, channel, remote, SenderCheck.NONE);
    }

    /**
     * The same, refusing (not journaling) an input {@code check} refuses: completes with
     * {@link Receipt#refusal()} set.
     */
    CompletableFuture<Receipt> submit(byte[] bytes, String channel, String remote, SenderCheck check);

    /**
     * Interactive API: one PAXLST for a check-in; completes with the CUSRES answer (a decision per
     * traveller) once every traveller is screened.
     */
    default CompletableFuture<IapiAnswer> iapi(byte[] bytes, String remote) {
        return iapi(bytes, remote, SenderCheck.NONE);
    }

    /** The same, answering {@link IapiAnswer#refusal()} (not journaled) when {@code check} refuses. */
    CompletableFuture<IapiAnswer> iapi(byte[] bytes, String remote, SenderCheck check);

    /** False while the pipeline is full: HTTP answers 503 with Retry-After, TCP stops reading. */
    boolean accepting();
}
