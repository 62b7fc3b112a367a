package io.paxgate.engine.alerts;

import io.paxgate.engine.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivers each post's alerts to its webhook (HTTP POST, JSON body: one alert), in order, at least
 * once. The outbox is the alert store itself plus one cursor per post (the sequence number last
 * delivered, in {@code webhooks/<post>.cursor}): an unreachable post gets every alert once it is
 * back, also after a restart. Failed deliveries are retried with exponential backoff (1 s doubling
 * to {@code maxBackoff}); a 2xx answer counts as delivered.
 *
 * <p>These are the only outbound connections Paxgate opens, and only to the configured URLs.
 */
public final class WebhookOutbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);

    private final AlertStore store;
    /** Each delivery is a disclosure; null: not recorded. */
    private final io.paxgate.engine.audit.AuditLog audit;
    private final Path dir;
    private final Duration maxBackoff;
    private final HttpClient client;
    private final List<Thread> workers = new ArrayList<>();
    private final Map<String, Long> backlog = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final java.util.function.Consumer<Alert> wake = a -> {
        synchronized (this) {
            notifyAll();
        }
    };

    public WebhookOutbox(AlertStore store, List<Post> posts, Path dir, Duration maxBackoff) throws IOException {
        this(store, posts, dir, maxBackoff, null);
    }

    /** The same, recording each delivery in {@code audit} as a disclosure to the post. */
    public WebhookOutbox(AlertStore store, List<Post> posts, Path dir, Duration maxBackoff,
                         io.paxgate.engine.audit.AuditLog audit) throws IOException {
        this.store = store;
        this.audit = audit;
        this.dir = dir;
        this.maxBackoff = maxBackoff;
        Files.createDirectories(dir);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (Post p : posts) {
            if (p.webhook() != null && !p.webhook().isBlank()) {
                Thread t = new Thread(() -> deliver(p), "paxgate-webhook-" + p.id());
                t.setDaemon(true);
                workers.add(t);
            }
        }
        store.subscribe(wake);
        workers.forEach(Thread::start);
    }

    /** Alerts stored but not yet delivered, per post with a webhook. */
    public Map<String, Long> backlog() {
        return Map.copyOf(backlog);
    }

    private void deliver(Post p) {
        URI uri = URI.create(p.webhook());
        long cursor = readCursor(p.id());
        long backoffMs = 1000;
        while (running) {
            List<Alert> pending = store.since(p.id(), cursor);
            backlog.put(p.id(), (long) pending.size());
            if (pending.isEmpty()) {
                await(1000);
                continue;
            }
            Alert a = pending.get(0);
            if (post(uri, a)) {
                if (audit != null) {
                    audit.record("system", "disclose", "alert " + a.id, "webhook post=" + p.id());
                }
                cursor = a.seq;
                writeCursor(p.id(), cursor);
                backoffMs = 1000;
            } else {
                await(backoffMs);
                backoffMs = Math.min(backoffMs * 2, maxBackoff.toMillis());
            }
        }
    }

    private boolean post(URI uri, Alert a) {
        try {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(a), StandardCharsets.UTF_8))
                    .build();
            int status = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            LOG.warn("webhook of post {} answered {} for alert {}; retrying", a.post, status, a.id);
        } catch (IOException e) {
            LOG.warn("webhook of post {} unreachable ({}); alert {} waits", a.post, e.getClass().getSimpleName(), a.id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private synchronized void await(long ms) {
        if (!running) {
            return;
        }
        try {
            wait(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private long readCursor(String post) {
        Path f = dir.resolve(post + ".cursor");
        try {
            return Files.exists(f) ? Long.parseLong(Files.readString(f).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("unreadable webhook cursor " + f + ": " + e.getMessage(), e);
        }
    }

    private void writeCursor(String post, long cursor) {
        Path f = dir.resolve(post + ".cursor");
        Path tmp = dir.resolve(post + ".cursor.tmp");
        try {
            Files.writeString(tmp, Long.toString(cursor));
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("cannot write webhook cursor {}: {} (alerts may be delivered again)", f, e.toString());
        }
    }

    @Override
    public void close() {
        running = false;
        store.unsubscribe(wake);
        synchronized (this) {
            notifyAll();
        }
        for (Thread t : workers) {
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
