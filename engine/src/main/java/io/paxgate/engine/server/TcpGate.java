package io.paxgate.engine.server;

import io.paxgate.engine.ingest.SenderCheck;

import java.security.cert.X509Certificate;

/**
 * Who may send over the EDIFACT port: decided once per connection, from the TLS client
 * certificate (mutual TLS) or, on a plain connection, by policy.
 */
@FunctionalInterface
public interface TcpGate {
    /** Everyone, unchecked (security off). */
    TcpGate OPEN = cert -> new Admission("unauthenticated", SenderCheck.NONE, null);

    /** @param clientCertificate null on a plain connection */
    Admission admit(X509Certificate clientCertificate);

    /**
     * @param sender  the airline's name (for logs)
     * @param check   what it may send
     * @param refusal why the connection is refused (it is closed with this error), or null
     */
    record Admission(String sender, SenderCheck check, String refusal) {
        public static Admission refused(String why) {
            return new Admission(null, SenderCheck.NONE, why);
        }
    }
}
