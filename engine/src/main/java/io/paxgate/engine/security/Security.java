package io.paxgate.engine.security;

import io.paxgate.engine.ingest.SenderCheck;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.envelope.Interchange;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.PnrgovMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling and what they may send: log-in with lock-out, session tokens, API keys, client
 * certificates, and the airline carrier check. Session tokens are 256 random bits, kept only as
 * their SHA-256 with an expiry, in memory: a restart logs everyone out.
 */
public final class Security {
    private static final Logger LOG = LoggerFactory.getLogger(Security.class);
    /** Verified against when the user does not exist, so an unknown name costs as long as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-password-of-anyone");

    private final SecurityConfig config;
    private final UserStore users;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Session(Principal principal, Instant expires) {
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    /** A successful log-in: the token to send as {@code Authorization: Bearer}, and who it is. */
    public record Login(String token, Principal principal, Instant expires) {
    }

    /** A refused log-in; {@code locked}: too many failures, try after {@code until}. */
    public static final class LoginRefused extends Exception {
        private final boolean locked;

        LoginRefused(String message, boolean locked) {
            super(message);
            this.locked = locked;
        }

        public boolean locked() {
            return locked;
        }
    }

    /** Where log-ins and log-outs are recorded: the audit log's {@code record(actor, action, subject, purpose)}. */
    @FunctionalInterface
    public interface Events {
        Events NONE = (actor, action, subject, purpose) -> { };

        void record(String actor, String action, String subject, String purpose);
    }

    private final Events events;

    public Security(SecurityConfig config, UserStore users, Clock clock) {
        this(config, users, clock, Events.NONE);
    }

    public Security(SecurityConfig config, UserStore users, Clock clock, Events events) {
        this.config = config;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    public SecurityConfig config() {
        return config;
    }

    public UserStore users() {
        return users;
    }

    public Login login(String name, String password) throws LoginRefused {
        Instant now = clock.instant();
        Optional<UserStore.User> user = name == null ? Optional.empty() : users.user(name);
        Failures f = name == null ? null : failures.get(name);
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            LOG.warn("log-in refused for {}: locked after {} failures", name, f.count());
            events.record(name, "login_refused", "user " + name, "locked until " + f.lockedUntil());
            throw new LoginRefused("too many failed log-ins: the account is locked until " + f.lockedUntil(), true);
        }
        boolean ok = users.hasher().verify(password == null ? "" : password, user.map(UserStore.User::password).orElse(DUMMY_HASH))
                && user.isPresent();
        if (!ok) {
            if (user.isPresent()) {
                failures.compute(name, (k, old) -> {
                    int n = (old == null || old.lockedUntil() != null && !now.isBefore(old.lockedUntil()) ? 0 : old.count()) + 1;
                    return new Failures(n, n >= config.maxFailures() ? now.plus(config.lockout()) : null);
                });
            }
            LOG.info("failed log-in for {}", user.isPresent() ? name : "an unknown user");
            events.record(user.isPresent() ? name : "unknown", "login_failed", user.isPresent() ? "user " + name : "an unknown user",
                    "wrong user name or password");
            throw new LoginRefused("wrong user name or password", false);
        }
        failures.remove(name);
        Principal p = user.get().principal();
        String token = Secrets.token("pxs_");
        Instant expires = now.plus(config.sessionTtl());
        sessions.put(Secrets.sha256(token), new Session(p, expires));
        sessions.values().removeIf(s -> now.isAfter(s.expires()));
        LOG.info("{} ({}) logged in", p.name(), p.role().wire());
        events.record(p.name(), "login", "session", "role " + p.role().wire() + " until " + expires);
        return new Login(token, p, expires);
    }

    /** Ends the session of {@code token}; false when there was none. */
    public boolean logout(String token) {
        Session s = token == null ? null : sessions.remove(Secrets.sha256(token));
        if (s != null) {
            events.record(s.principal().name(), "logout", "session", "ended by the user");
        }
        return s != null;
    }

    /**
     * The principal of {@code Authorization: Bearer <token>} / {@code ApiKey <key>}, of an
     * {@code access_token} query value (event streams), or of a client certificate; null when none
     * is valid.
     */
    public Principal authenticate(String authorization, String accessToken, X509Certificate clientCertificate) {
        if (authorization != null) {
            String a = authorization.trim();
            int sp = a.indexOf(' ');
            String scheme = sp < 0 ? a : a.substring(0, sp);
            String value = sp < 0 ? "" : a.substring(sp + 1).trim();
            if (scheme.equalsIgnoreCase("Bearer")) {
                return session(value);
            }
            if (scheme.equalsIgnoreCase("ApiKey")) {
                return users.airlineByKey(value).map(UserStore.Airline::principal).orElse(null);
            }
            return null;
        }
        if (accessToken != null) {
            return session(accessToken);
        }
        return clientCertificate == null ? null : airline(clientCertificate);
    }

    private Principal session(String token) {
        if (token.isEmpty()) {
            return null;
        }
        Session s = sessions.get(Secrets.sha256(token));
        if (s == null || clock.instant().isAfter(s.expires())) {
            return null;
        }
        return s.principal();
    }

    /** The airline whose certificate subject CN this is (the chain was checked by TLS), or null. */
    public Principal airline(X509Certificate cert) {
        String cn = commonName(cert);
        return cn == null ? null : users.airlineByCertificate(cn).map(UserStore.Airline::principal).orElse(null);
    }

    static String commonName(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }

    /**
     * What {@code principal} may submit: an airline only interchanges whose UNB sender is one of
     * its sender ids and messages whose flight carrier is one of its carriers. Others: anything.
     */
    public SenderCheck senderCheck(Principal principal) {
        if (principal == null || principal.role() != Role.AIRLINE) {
            return SenderCheck.NONE;
        }
        List<String> senders = users.airlines().stream().filter(a -> a.name().equals(principal.name())).findFirst()
                .map(UserStore.Airline::senders).orElse(List.of());
        return decoded -> refusal(principal, senders, decoded);
    }

    static String refusal(Principal airline, List<String> senders, DecodeResult decoded) {
        for (Interchange i : decoded.interchanges()) {
            if (i.sender() == null || !senders.contains(i.sender())) {
                return "interchange " + (i.index() + 1) + " (UNB at byte " + i.offset() + "): sender \"" + i.sender()
                        + "\" is not one of " + airline.name() + "'s sender ids " + senders;
            }
        }
        int n = 0;
        for (DecodedMessage m : decoded.messages()) {
            n++;
            Flight f = m instanceof PaxlstMessage p ? p.flight : m instanceof PnrgovMessage p ? p.flight : null;
            String carrier = f == null ? null : f.carrier;
            if (carrier != null && !airline.carriers().contains(carrier)) {
                return "message " + n + " (" + m.type + ", " + f.designator() + "): carrier \"" + carrier
                        + "\" is not one of " + airline.name() + "'s carriers " + airline.carriers();
            }
        }
        return null;
    }
}
