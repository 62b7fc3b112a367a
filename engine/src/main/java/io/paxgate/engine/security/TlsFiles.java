package io.paxgate.engine.security;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.paxgate.rules.config.ConfigNode;

import javax.net.ssl.SSLException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server's TLS from PEM files ({@code server.http.tls} / {@code server.tcp.tls}).
 *
 * @param where      file and key it came from, for errors
 * @param cert       the server's certificate chain (PEM)
 * @param key        its private key (PEM, PKCS#8 or PKCS#1)
 * @param clientCa   CA certificates client certificates must chain to (PEM), or null
 * @param clientAuth {@code none}, {@code optional} or {@code require} a client certificate
 */
public record TlsFiles(String where, Path cert, Path key, Path clientCa, ClientAuth clientAuth) {

    /** The section {@code tls} of {@code server} (null when absent). {@code requireClient}: the TCP port always asks. */
    public static TlsFiles from(ConfigNode server, boolean requireClient) {
        if (!server.has("tls")) {
            return null;
        }
        ConfigNode n = server.section("tls");
        n.allowOnly(requireClient ? new String[]{"cert", "key", "client_ca"} : new String[]{"cert", "key", "client_ca", "client_auth"});
        Path cert = existing(n, "cert", true);
        Path key = existing(n, "key", true);
        Path ca = existing(n, "client_ca", false);
        ClientAuth auth = ca == null ? ClientAuth.NONE : requireClient ? ClientAuth.REQUIRE
                : ClientAuth.valueOf(n.choice("client_auth", "optional", "none", "optional", "require").toUpperCase(java.util.Locale.ROOT));
        if (ca == null && n.has("client_auth") && !"none".equals(n.string("client_auth", "none"))) {
            throw n.error("client_auth", "needs " + n.key("client_ca") + ": the CA client certificates are checked against");
        }
        return new TlsFiles(server.file() + ": " + server.key("tls"), cert, key, ca, auth);
    }

    private static Path existing(ConfigNode n, String name, boolean required) {
        if (!n.has(name)) {
            if (required) {
                throw n.error(name, "is required: a PEM file");
            }
            return null;
        }
        Path p = n.path(name, null);
        if (!Files.isReadable(p)) {
            throw n.error(name, "no readable file at " + p);
        }
        return p;
    }

    /** The Netty server context; a clear error naming the files when they do not make one. */
    public SslContext serverContext() {
        try {
            SslContextBuilder b = SslContextBuilder.forServer(cert.toFile(), key.toFile());
            if (clientCa != null) {
                b.trustManager(clientCa.toFile()).clientAuth(clientAuth);
            }
            return b.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": cannot set up TLS from " + cert + " and " + key
                    + (clientCa == null ? "" : " (client CA " + clientCa + ")") + ": " + e.getMessage(), e);
        }
    }
}
