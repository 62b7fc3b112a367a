package io.paxgate.engine.ingest;

import io.paxgate.parsers.envelope.DecodeResult;

/**
 * Whether the authenticated sender may submit what was decoded (an airline only for its own
 * carriers). Runs after decoding and before journaling: a refused input is not journaled.
 */
@FunctionalInterface
public interface SenderCheck {
    /** Everything is allowed: security off, or a channel whose sender is not known (plain TCP when allowed). */
    SenderCheck NONE = decoded -> null;

    /** Null when allowed, else what is not the sender's (names the UNB sender or carrier and where). */
    String refusal(DecodeResult decoded);
}
