package io.paxgate.engine.security;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.paxgate.engine.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * People and airlines, kept in one JSON file ({@code security.dir}/users.json) that
 * {@code ./paxgate users} edits and a running engine re-reads when it changes. Passwords are
 * Argon2id hashes; API keys are kept as their SHA-256 only (a key is shown once, when made).
 */
public final class UserStore {
    public static final String FILE_NAME = "users.json";

    /** A person. {@code password} is the Argon2id hash. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public record User(String name, String role, List<String> posts, String password) {
        public Principal principal() {
            return new Principal(name, Role.parse(role), Set.of(), Set.copyOf(posts == null ? List.of() : posts));
        }
    }

    /**
     * An airline: its carrier codes, the UNB sender ids it sends under, the SHA-256 of each API key,
     * and the subject CN of its client certificate (mutual TLS), if any.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public record Airline(String name, List<String> carriers, List<String> senders, List<String> keys,
                          String certificate) {
        public Principal principal() {
            return new Principal(name, Role.AIRLINE, Set.copyOf(carriers), Set.of());
        }
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    record Contents(List<User> users, List<Airline> airlines) {
        Contents {
            users = users == null ? List.of() : List.copyOf(users);
            airlines = airlines == null ? List.of() : List.copyOf(airlines);
        }
    }

    private final Path file;
    private final PasswordHasher hasher;
    private volatile Contents contents;
    private volatile FileTime loadedAt;
    private volatile long checkedNanos;

    private UserStore(Path file, PasswordHasher hasher) {
        this.file = file;
        this.hasher = hasher;
    }

    /** The store in {@code dir} (created empty when missing). */
    public static UserStore open(Path dir) {
        return open(dir, new PasswordHasher());
    }

    static UserStore open(Path dir, PasswordHasher hasher) {
        UserStore s = new UserStore(dir.resolve(FILE_NAME), hasher);
        s.load();
        return s;
    }

    public Path file() {
        return file;
    }

    PasswordHasher hasher() {
        return hasher;
    }

    private synchronized void load() {
        try {
            if (!Files.exists(file)) {
                contents = new Contents(List.of(), List.of());
                loadedAt = null;
                return;
            }
            FileTime t = Files.getLastModifiedTime(file);
            contents = Json.MAPPER.readValue(file.toFile(), Contents.class);
            loadedAt = t;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a readable users file (" + e.getMessage()
                    + "); fix or remove it and add users again with ./paxgate users", e);
        }
    }

    /** The file again when it changed on disk (another process ran {@code ./paxgate users}); checked at most once a second. */
    private Contents current() {
        long now = System.nanoTime();
        if (now - checkedNanos > 1_000_000_000L) {
            checkedNanos = now;
            try {
                FileTime t = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
                if (t != null && !t.equals(loadedAt)) {
                    load();
                }
            } catch (IOException | IllegalArgumentException e) {
                // a half-written or broken file: keep what is in force
            }
        }
        return contents;
    }

    public Optional<User> user(String name) {
        return current().users().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** The airline whose API key this is; every stored key compared in constant time. */
    public Optional<Airline> airlineByKey(String key) {
        String h = Secrets.sha256(key);
        Airline found = null;
        for (Airline a : current().airlines()) {
            for (String k : a.keys()) {
                if (Secrets.same(k, h)) {
                    found = a;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Airline> airlineByCertificate(String subjectCn) {
        return current().airlines().stream().filter(a -> a.certificate() != null && a.certificate().equals(subjectCn)).findFirst();
    }

    public List<User> users() {
        return current().users();
    }

    public List<Airline> airlines() {
        return current().airlines();
    }

    /** Adds or replaces person {@code name}; the password is stored as an Argon2id hash. */
    public synchronized void putUser(String name, Role role, List<String> posts, String password) {
        checkName(name);
        if (role == Role.AIRLINE) {
            throw new IllegalArgumentException("an airline is added with an API key or a certificate, not a password");
        }
        if (role == Role.OFFICER && (posts == null || posts.isEmpty())) {
            throw new IllegalArgumentException("an officer needs the border posts they work for (--posts)");
        }
        if (password == null || password.length() < 10) {
            throw new IllegalArgumentException("a password has at least 10 characters");
        }
        if (current().airlines().stream().anyMatch(a -> a.name().equals(name))) {
            throw new IllegalArgumentException(name + " is an airline; choose another name");
        }
        List<User> users = new ArrayList<>(current().users());
        users.removeIf(u -> u.name().equals(name));
        users.add(new User(name, role.wire(), role == Role.OFFICER ? List.copyOf(posts) : List.of(), hasher.hash(password)));
        users.sort(Comparator.comparing(User::name));
        save(new Contents(users, current().airlines()));
    }

    /**
     * Adds airline {@code name} (or updates its carriers, senders and certificate) and returns a new
     * API key for it; its earlier keys stay valid until {@link #remove}d.
     *
     * @param senders UNB sender ids it may send under (empty: its carrier codes)
     */
    public synchronized String putAirline(String name, List<String> carriers, List<String> senders, String certificate) {
        checkName(name);
        if (carriers == null || carriers.isEmpty()) {
            throw new IllegalArgumentException("an airline needs its carrier codes (--carriers)");
        }
        for (String c : carriers) {
            if (!c.matches("[A-Z0-9]{2,3}")) {
                throw new IllegalArgumentException("\"" + c + "\" is not a 2- or 3-character carrier code");
            }
        }
        if (current().users().stream().anyMatch(u -> u.name().equals(name))) {
            throw new IllegalArgumentException(name + " is a person; choose another name");
        }
        String key = Secrets.token("pxk_");
        List<Airline> airlines = new ArrayList<>(current().airlines());
        List<String> keys = new ArrayList<>();
        airlines.stream().filter(a -> a.name().equals(name)).findFirst().ifPresent(a -> keys.addAll(a.keys()));
        keys.add(Secrets.sha256(key));
        airlines.removeIf(a -> a.name().equals(name));
        airlines.add(new Airline(name, List.copyOf(carriers),
                senders == null || senders.isEmpty() ? List.copyOf(carriers) : List.copyOf(senders), keys, certificate));
        airlines.sort(Comparator.comparing(Airline::name));
        save(new Contents(current().users(), airlines));
        return key;
    }

    /** Removes person or airline {@code name} (with all its keys); false when there was none. */
    public synchronized boolean remove(String name) {
        List<User> users = new ArrayList<>(current().users());
        List<Airline> airlines = new ArrayList<>(current().airlines());
        boolean gone = users.removeIf(u -> u.name().equals(name)) | airlines.removeIf(a -> a.name().equals(name));
        if (gone) {
            save(new Contents(users, airlines));
        }
        return gone;
    }

    /** Password hashes and key hashes: readable by the engine's own user only (where the file system has POSIX modes). */
    private static void ownerOnly(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            throw new IllegalArgumentException("a name is 1-64 letters, digits, . _ @ -, was \"" + name + "\"");
        }
    }

    private void save(Contents c) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), c);
            ownerOnly(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            contents = c;
            loadedAt = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
