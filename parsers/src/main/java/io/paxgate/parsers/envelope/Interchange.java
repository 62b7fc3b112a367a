package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.Syntax;

/**
 * One interchange's envelope (UNB) as received, for acknowledgements (CONTRL) and audit.
 *
 * @param index        0-based position in the input
 * @param offset       byte offset of UNA or UNB
 * @param endOffset    byte offset just after UNZ (or where the interchange was cut off)
 * @param messageCount messages found between UNB and UNZ
 */
public record Interchange(
        int index,
        long offset,
        long endOffset,
        Syntax syntax,
        String syntaxIdentifier,
        String syntaxVersion,
        String sender,
        String senderQualifier,
        String recipient,
        String recipientQualifier,
        String date,
        String time,
        String controlReference,
        int messageCount,
        boolean complete) {
}
