package io.paxgate.engine.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Alerts and what officers did with them, kept as an append-only JSON Lines file
 * ({@code alerts.jsonl}: {@code alert}, {@code ack} and {@code disposition} records) and indexed in
 * memory. Each record is written with one {@code write} call before anyone is told, so a crash of
 * the process never loses an alert that was delivered; a line cut short by a crash is dropped on
 * the next start.
 *
 * <p>Thread-safe: writers serialise on the store; listeners are called after each new alert, in
 * sequence order, and must not block.
 */
public final class AlertStore implements AutoCloseable {
    public static final List<String> OUTCOMES = List.of("confirmed", "false_positive", "no_action");

    private final Path file;
    private FileChannel out;
    private final Map<String, Alert> byId = new HashMap<>();
    private final Map<String, List<Alert>> byPost = new HashMap<>();
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Seen> alerted = new HashMap<>();
    private long seq;

    private AlertStore(Path file, FileChannel out) {
        this.file = file;
        this.out = out;
    }

    /** Opens (or creates) the store in {@code dir}, reading back every alert and action. */
    public static AlertStore open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("alerts.jsonl");
        long good = 0;
        List<JsonNode> records = new ArrayList<>();
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    try {
                        records.add(Json.MAPPER.readTree(line));
                        good += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    } catch (IOException torn) {
                        break; // the last line, cut short by a crash
                    }
                }
            }
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        ch.truncate(good);
        ch.position(good);
        AlertStore store = new AlertStore(file, ch);
        for (JsonNode rec : records) {
            store.apply(rec);
        }
        return store;
    }

    private void apply(JsonNode rec) throws IOException {
        String type = rec.path("type").asText();
        switch (type) {
            case "alert" -> {
                Alert a = Json.MAPPER.treeToValue(rec.get("alert"), Alert.class);
                index(a);
                seq = Math.max(seq, a.seq);
            }
            case "seq" -> seq = Math.max(seq, rec.path("seq").asLong());
            case "ack" -> find(rec.path("id").asText()).ifPresent(a -> {
                a.status = "acknowledged";
                a.acknowledgedAt = rec.path("at").asText();
            });
            case "disposition" -> find(rec.path("id").asText()).ifPresent(a -> {
                a.status = "closed";
                a.disposition = Json.MAPPER.convertValue(rec.get("disposition"), Alert.Disposition.class);
            });
            default -> {
                // a record type from a newer version: skipped
            }
        }
    }

    private void index(Alert a) {
        byId.put(a.id, a);
        byPost.computeIfAbsent(a.post, p -> new ArrayList<>()).add(a);
        Seen seen = alerted.computeIfAbsent(travellerKey(a), k -> new Seen());
        seen.rank = Math.max(seen.rank, rank(a.decision));
        if (a.reasons != null) {
            for (Alert.Reason r : a.reasons) {
                seen.reasons.add(r.kind + ":" + r.source + ":" + r.entry);
            }
        }
    }

    /** What a post was already told about one traveller of one flight. */
    private static final class Seen {
        final Set<String> reasons = new HashSet<>();
        int rank;
    }

    /** Post, flight, date, surname and first given name: one traveller of one flight, however many messages name them. */
    static String travellerKey(Alert a) {
        String name = a.traveller == null || a.traveller.name == null ? "" : a.traveller.name.toUpperCase(Locale.ROOT);
        int comma = name.indexOf(',');
        String surname = comma < 0 ? name.trim() : name.substring(0, comma).trim();
        String given = comma < 0 ? "" : name.substring(comma + 1).trim();
        int space = given.indexOf(' ');
        return a.post + "|" + a.flight + "|" + a.flightDate + "|" + surname + "|" + (space < 0 ? given : given.substring(0, space));
    }

    private static int rank(String decision) {
        return "do_not_board".equals(decision) ? 2 : "refer".equals(decision) ? 1 : 0;
    }

    /**
     * Stores the alert unless its post was already alerted about the same traveller of the same
     * flight (a PAXLST and then a PNR push naming them, or a re-screening) with every one of its
     * reasons and at least its decision. Returns the stored alert, or null when it told nothing new.
     */
    public Alert addIfNew(Alert a) {
        synchronized (this) {
            Seen seen = alerted.get(travellerKey(a));
            if (seen != null && rank(a.decision) <= seen.rank && a.reasons != null
                    && a.reasons.stream().allMatch(r -> seen.reasons.contains(r.kind + ":" + r.source + ":" + r.entry))) {
                return null;
            }
            return add(a);
        }
    }

    private Optional<Alert> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Called with every new alert, in sequence order. */
    public void subscribe(Consumer<Alert> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Alert> listener) {
        listeners.remove(listener);
    }

    /** Stores a new alert (its id and sequence number are assigned here) and tells the listeners. */
    public Alert add(Alert a) {
        synchronized (this) {
            a.seq = ++seq;
            a.id = "A" + a.seq;
            if (a.status == null) {
                a.status = "new";
            }
            ObjectNode rec = Json.MAPPER.createObjectNode();
            rec.put("type", "alert");
            rec.set("alert", Json.MAPPER.valueToTree(a));
            write(rec);
            index(a);
            for (Consumer<Alert> l : listeners) {
                l.accept(a);
            }
        }
        return a;
    }

    /** The officer has seen it. Empty when there is no such alert. */
    public synchronized Optional<Alert> acknowledge(String id, Instant at) {
        Optional<Alert> a = find(id);
        a.ifPresent(alert -> {
            if (!"new".equals(alert.status)) {
                return;
            }
            ObjectNode rec = Json.MAPPER.createObjectNode();
            rec.put("type", "ack").put("id", id).put("at", at.toString());
            write(rec);
            alert.status = "acknowledged";
            alert.acknowledgedAt = at.toString();
        });
        return a;
    }

    /** Records what the officer found; the alert is then closed. Empty when there is no such alert. */
    public synchronized Optional<Alert> dispose(String id, String outcome, String note, String by, Instant at) {
        if (!OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("outcome must be one of " + OUTCOMES + ", was " + outcome);
        }
        Optional<Alert> a = find(id);
        a.ifPresent(alert -> {
            Alert.Disposition d = new Alert.Disposition();
            d.outcome = outcome;
            d.note = note;
            d.by = by;
            d.at = at.toString();
            ObjectNode rec = Json.MAPPER.createObjectNode();
            rec.put("type", "disposition").put("id", id);
            rec.set("disposition", Json.MAPPER.valueToTree(d));
            write(rec);
            alert.status = "closed";
            alert.disposition = d;
        });
        return a;
    }

    public synchronized Optional<Alert> get(String id) {
        return find(id);
    }

    /** A post's alerts (all posts when {@code post} is null), optionally of one status, newest first. */
    public synchronized List<Alert> list(String post, String status, int limit) {
        List<Alert> out = new ArrayList<>();
        List<Alert> all = new ArrayList<>();
        if (post == null) {
            byPost.values().forEach(all::addAll);
            all.sort((x, y) -> Long.compare(x.seq, y.seq));
        } else {
            all.addAll(byPost.getOrDefault(post, List.of()));
        }
        for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
            Alert a = all.get(i);
            if (status == null || status.equals(a.status)) {
                out.add(a);
            }
        }
        return out;
    }

    /** A post's alerts (every post's when null) after sequence number {@code afterSeq}, oldest first (an SSE resume). */
    public synchronized List<Alert> since(String post, long afterSeq) {
        List<Alert> out = new ArrayList<>();
        if (post == null) {
            byPost.values().forEach(out::addAll);
            out.sort((x, y) -> Long.compare(x.seq, y.seq));
        } else {
            out.addAll(byPost.getOrDefault(post, List.of()));
        }
        out.removeIf(a -> a.seq <= afterSeq);
        return out;
    }

    /** Per list or rule: how many of its alerts officers found confirmed, false positive, no action. */
    public synchronized Map<String, Map<String, Integer>> dispositionsBySource() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (Alert a : byId.values()) {
            if (a.disposition == null || a.reasons == null) {
                continue;
            }
            for (Alert.Reason r : a.reasons) {
                out.computeIfAbsent(r.kind + ":" + r.source, k -> new LinkedHashMap<>())
                        .merge(a.disposition.outcome, 1, Integer::sum);
            }
        }
        return out;
    }

    /** Per list or rule ({@code kind:source}): how many alerts it was a reason of. */
    public synchronized Map<String, Integer> alertsBySource() {
        Map<String, Integer> out = new TreeMap<>();
        for (Alert a : byId.values()) {
            if (a.reasons != null) {
                a.reasons.stream().map(r -> r.kind + ":" + r.source).distinct().forEach(k -> out.merge(k, 1, Integer::sum));
            }
        }
        return out;
    }

    /**
     * Applies retention: drops the alerts {@code erase} picks, hands the others {@code mask} picks to
     * {@code masker} (which changes them in place), then writes the store anew (one alert record per
     * alert, with its status and disposition) and moves it over the old file: what was erased or
     * masked is gone from the file, not only from memory. Listeners are not told.
     */
    public synchronized void retain(java.util.function.Predicate<Alert> erase, java.util.function.Predicate<Alert> mask,
                                    Consumer<Alert> masker) throws IOException {
        List<Alert> all = new ArrayList<>(byId.values());
        all.sort((x, y) -> Long.compare(x.seq, y.seq));
        List<Alert> kept = new ArrayList<>();
        List<Alert> toMask = new ArrayList<>();
        for (Alert a : all) {
            if (erase.test(a)) {
                continue;
            }
            if (mask.test(a)) {
                toMask.add(a);
            }
            kept.add(a);
        }
        if (kept.size() == all.size() && toMask.isEmpty()) {
            return; // nothing to do: the file stays as it is
        }
        toMask.forEach(masker);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel t = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            // the sequence goes on from where it was, also when the newest alerts were erased
            ByteBuffer mark = ByteBuffer.wrap(("{\"type\":\"seq\",\"seq\":" + seq + "}\n").getBytes(StandardCharsets.UTF_8));
            while (mark.hasRemaining()) {
                t.write(mark);
            }
            for (Alert a : kept) {
                ObjectNode rec = Json.MAPPER.createObjectNode();
                rec.put("type", "alert");
                rec.set("alert", Json.MAPPER.valueToTree(a));
                ByteBuffer b = ByteBuffer.wrap((Json.MAPPER.writeValueAsString(rec) + "\n").getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) {
                    t.write(b);
                }
            }
            t.force(true);
        }
        out.close();
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        out = FileChannel.open(file, StandardOpenOption.WRITE);
        out.position(out.size());
        byId.clear();
        byPost.clear();
        alerted.clear();
        for (Alert a : kept) {
            index(a);
        }
    }

    public synchronized long size() {
        return byId.size();
    }

    private void write(ObjectNode rec) {
        try {
            byte[] line = (Json.MAPPER.writeValueAsString(rec) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.wrap(line);
            while (b.hasRemaining()) {
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
