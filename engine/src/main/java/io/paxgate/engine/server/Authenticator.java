package io.paxgate.engine.server;

import io.paxgate.engine.security.Principal;

import java.security.cert.X509Certificate;

/** Resolves a request's credentials; the security module's {@code Security::authenticate}. */
@FunctionalInterface
public interface Authenticator {
    /**
     * @param authorization     the Authorization header, or null
     * @param accessToken       the {@code access_token} query value (event streams only), or null
     * @param clientCertificate the TLS client certificate, or null
     * @return who it is, or null when no credential is valid
     */
    Principal authenticate(String authorization, String accessToken, X509Certificate clientCertificate);
}
