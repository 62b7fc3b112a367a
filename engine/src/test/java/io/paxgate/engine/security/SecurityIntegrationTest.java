package io.paxgate.engine.security;

import io.netty.handler.ssl.ClientAuth;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Log-in lock-out, officer post scoping, the airline carrier check and TLS, against a running engine. */
class SecurityIntegrationTest {
    @TempDir
    Path dir;

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("..", "config", "samples", name));
    }

    private static HttpResponse<String> send(SecuredEngine s, String method, String path, String auth, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void usersAndKeysSurviveInTheFileAndOnlyHashesAreStored() throws Exception {
        UserStore store = UserStore.open(dir, new PasswordHasher(64, 1));
        store.putUser("analyst", Role.ANALYST, java.util.List.of(), "a long password");
        String key = store.putAirline("azal", java.util.List.of("J2"), java.util.List.of(), null);
        String file = Files.readString(store.file());
        assertTrue(file.contains("$argon2id$") && !file.contains("a long password") && !file.contains(key), file);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())),
                "only the engine's user reads the hashes");
        UserStore again = UserStore.open(dir);
        assertTrue(again.hasher().verify("a long password", again.user("analyst").orElseThrow().password()));
        assertEquals("azal", again.airlineByKey(key).orElseThrow().name());
        assertTrue(again.airlineByKey(key + "x").isEmpty());
    }

    @Test
    void repeatedFailedLogInsLockTheAccountEvenForTheRightPassword() throws Exception {
        try (SecuredEngine s = new SecuredEngine(dir, UnaryOperator.identity())) {
            byte[] wrong = "{\"user\":\"analyst\",\"password\":\"wrong password\"}".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5; i++) {
                assertEquals(401, send(s, "POST", "/v1/session", null, wrong).statusCode());
            }
            byte[] right = ("{\"user\":\"analyst\",\"password\":\"" + SecuredEngine.PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = send(s, "POST", "/v1/session", null, right);
            assertEquals(429, r.statusCode());
            assertTrue(r.body().contains("locked"), r.body());
        }
        // the audit log has the log-ins, the failures and the refusal, and its chain holds
        String audit = Files.readString(io.paxgate.engine.audit.AuditLog.file(dir));
        for (String action : new String[] {"\"action\":\"login\"", "\"action\":\"login_failed\"", "\"action\":\"login_refused\""}) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
        assertFalse(audit.contains(SecuredEngine.PASSWORD), "no password in the audit log");
    }

    @Test
    void anOfficerSeesAndActsOnlyOnTheirPostsAlerts() throws Exception {
        try (SecuredEngine s = new SecuredEngine(dir, UnaryOperator.identity())) {
            Alert kvd = new Alert();
            kvd.post = "KVD";
            kvd.flight = "J2100";
            Alert gyd = new Alert();
            gyd.post = "GYD";
            gyd.flight = "J2101";
            s.engine.alerts().add(kvd);
            s.engine.alerts().add(gyd);
            String officer = s.auth.get(Role.OFFICER);
            assertEquals(403, send(s, "GET", "/v1/alerts?post=KVD", officer, null).statusCode());
            HttpResponse<String> mine = send(s, "GET", "/v1/alerts", officer, null);
            assertEquals(200, mine.statusCode());
            assertTrue(mine.body().contains("J2101") && !mine.body().contains("J2100"), mine.body());
            assertEquals(403, send(s, "POST", "/v1/alerts/" + kvd.id + "/ack", officer, null).statusCode());
            assertEquals(200, send(s, "POST", "/v1/alerts/" + gyd.id + "/ack", officer, null).statusCode());
            assertEquals(403, send(s, "GET", "/v1/alerts/stream?post=KVD", officer, null).statusCode());
            HttpResponse<String> all = send(s, "GET", "/v1/alerts", s.auth.get(Role.SUPERVISOR), null);
            assertTrue(all.body().contains("J2100") && all.body().contains("J2101"), all.body());
        }
    }

    @Test
    void anAirlineSendingAnotherCarriersMessageIsRefusedAndNothingIsJournaled() throws Exception {
        try (SecuredEngine s = new SecuredEngine(dir, UnaryOperator.identity())) {
            String other = s.engine.security().users().putAirline("pegasus", java.util.List.of("PC"), java.util.List.of(), null);
            HttpResponse<String> r = send(s, "POST", "/v1/messages", "ApiKey " + other, sample("paxlst_gyd_planted_hits.edi"));
            assertEquals(403, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(Json.MAPPER.readTree(r.body()).get("detail").asText().contains("sender \"J2API\""), r.body());
            assertEquals(0, s.engine.journal().appendedCount());
            HttpResponse<String> own = send(s, "POST", "/v1/messages", s.auth.get(Role.AIRLINE), sample("paxlst_gyd_planted_hits.edi"));
            assertEquals(202, own.statusCode(), own.body());
        }
    }

    @Test
    void tlsOnBothPortsAndTheTcpPortMapsTheClientCertificateToItsAirline() throws Exception {
        TestCertificates server = TestCertificates.selfSigned(dir, "paxgate-test");
        TestCertificates client = TestCertificates.selfSigned(dir, "azal-client");
        TestCertificates stranger = TestCertificates.selfSigned(dir, "stranger");
        Path cas = dir.resolve("clients.crt");
        Files.writeString(cas, Files.readString(client.certFile()) + Files.readString(stranger.certFile()));
        TlsFiles http = new TlsFiles("test", server.certFile(), server.keyFile(), cas, ClientAuth.OPTIONAL);
        TlsFiles tcp = new TlsFiles("test", server.certFile(), server.keyFile(), cas, ClientAuth.REQUIRE);
        try (SecuredEngine s = new SecuredEngine(dir.resolve("engine"), c -> c.withSecurity(c.security().withEnabled(true), http, tcp))) {
            SSLContext tlsClient = sslContext(server, client);
            HttpClient https = HttpClient.newBuilder().sslContext(sslContext(server, null)).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + s.engine.httpPort() + "/health"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            assertTrue(tcpExchange(tlsClient, s.engine.tcpPort(), sample("paxlst_gyd_planted_hits.edi")).contains("UNH+"),
                    "the airline of the certificate gets its CONTRL");
            String refused = tcpExchange(sslContext(server, stranger), s.engine.tcpPort(), sample("paxlst_gyd_planted_hits.edi"));
            assertTrue(refused.startsWith("ERROR") && refused.contains("not registered to an airline"), refused);
        }
    }

    private static String tcpExchange(SSLContext ctx, int port, byte[] interchange) throws Exception {
        try (SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.startHandshake();
            socket.getOutputStream().write(interchange);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder got = new StringBuilder();
            byte[] buf = new byte[4096];
            for (int n; !got.toString().contains("UNZ+") && (n = in.read(buf)) > 0; ) {
                got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            return got.toString();
        } catch (java.net.SocketException | javax.net.ssl.SSLException closed) {
            return "ERROR " + closed.getMessage();
        }
    }

    private static SSLContext sslContext(TestCertificates trusted, TestCertificates identity) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", trusted.cert());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManagerFactory kmf = null;
        if (identity != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("me", identity.keys().getPrivate(), new char[0], new Certificate[]{identity.cert()});
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, new char[0]);
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }
}
