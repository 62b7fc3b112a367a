package io.paxgate.parsers.encode;

import io.paxgate.parsers.envelope.Interchange;

import java.util.Objects;

/**
 * Who an answer interchange is from and to, and its control reference (UNB elements 2, 3, 5).
 * Qualifiers (e.g. {@code ZZ} mutually defined) may be null and are then left out.
 */
public record EnvelopeIds(
        String sender,
        String senderQualifier,
        String recipient,
        String recipientQualifier,
        String controlReference) {

    public EnvelopeIds {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(controlReference, "controlReference");
    }

    /**
     * The ids of a reply to {@code received}: from us to its sender, our qualifier being the one
     * the sender used for us (its recipient qualifier).
     */
    public static EnvelopeIds replyTo(Interchange received, String ourId, String controlReference) {
        return new EnvelopeIds(ourId, received.recipientQualifier(),
                received.sender() == null ? "" : received.sender(), received.senderQualifier(), controlReference);
    }
}
