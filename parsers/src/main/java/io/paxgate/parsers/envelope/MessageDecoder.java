package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.MessageSource;

/**
 * Decodes the segments of one message type, streamed by {@link InterchangeReader} between UNH and
 * UNT. One instance is reused for every message of its type within a reader; it must not keep
 * references to the {@link Segment} view, which is refilled for every segment. Problems go to
 * {@link DecodeContext#problems()}; an exception thrown from {@link #segment} is caught by the
 * reader and reported against that segment, and decoding goes on with the next one.
 */
public interface MessageDecoder {
    void begin(DecodeContext context, MessageSource source);

    void segment(Segment segment);

    /** Finishes the message (also when UNT is missing); never returns null. */
    DecodedMessage end();
}
