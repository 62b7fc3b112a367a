package io.paxgate.engine.privacy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.alerts.AlertStore;
import io.paxgate.engine.audit.AuditLog;
import io.paxgate.engine.json.Json;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Depersonalisation and deletion of the alert store (EU PNR Directive art. 12): an alert older than
 * {@link PrivacyConfig#depersonaliseAfter} has its traveller (name, birth date, nationality,
 * document), its hits' texts and list entry keys, and the officer's note masked, the originals
 * sealed ({@link SealedStore}); older than {@link PrivacyConfig#deleteAfter} it is deleted with what
 * was sealed. An alert still open (no disposition recorded: the case is not closed) is neither masked
 * nor deleted. Each masking and deletion is an audit record ({@code depersonalise}, {@code erase}).
 *
 * <p>The journal is handled by {@code LaneJournal.deleteCyclesBefore} (whole daily files past
 * the deletion date); the flight board holds only flights not yet arrived and needs nothing.
 */
public final class RetentionJob {
    public static final String MASK = "***";

    /** What one run did. */
    public record Report(List<String> masked, List<String> erased, List<String> held) {
    }

    private final AlertStore alerts;
    private final SealedStore sealed;
    private final AuditLog audit;
    private final PrivacyConfig config;

    public RetentionJob(AlertStore alerts, SealedStore sealed, AuditLog audit, PrivacyConfig config) {
        this.alerts = alerts;
        this.sealed = sealed;
        this.audit = audit;
        this.config = config;
    }

    /** One pass as of {@code now}. */
    public synchronized Report run(Instant now) throws IOException {
        Instant maskBefore = now.minus(config.depersonaliseAfter());
        Instant deleteBefore = now.minus(config.deleteAfter());
        List<String> masked = new ArrayList<>();
        List<String> erased = new ArrayList<>();
        List<String> held = new ArrayList<>();
        alerts.retain(a -> {
            Instant created = created(a);
            if (!created.isBefore(deleteBefore)) {
                return false;
            }
            if (!"closed".equals(a.status)) {
                held.add(a.id);
                return false;
            }
            erased.add(a.id);
            return true;
        }, a -> {
            Instant created = created(a);
            if (a.masked || !created.isBefore(maskBefore)) {
                return false;
            }
            if (!"closed".equals(a.status)) {
                if (!held.contains(a.id)) {
                    held.add(a.id);
                }
                return false;
            }
            return true;
        }, a -> {
            sealed.put(a.id, mask(a));
            masked.add(a.id);
        });
        for (String id : erased) {
            sealed.remove(id);
        }
        sealed.save();
        for (String id : masked) {
            audit.record("system", "depersonalise", "alert " + id,
                    "retention: older than " + config.depersonaliseAfter().toDays() + " days");
        }
        for (String id : erased) {
            audit.record("system", "erase", "alert " + id,
                    "retention: older than " + config.deleteAfter().toDays() + " days");
        }
        return new Report(masked, erased, held);
    }

    /** Masks {@code a} in place; returns what was taken out of it. */
    static ObjectNode mask(Alert a) {
        ObjectNode original = Json.MAPPER.createObjectNode();
        if (a.traveller != null) {
            original.set("traveller", Json.MAPPER.valueToTree(a.traveller));
            a.traveller.name = MASK;
            a.traveller.birthDate = a.traveller.birthDate == null ? null : MASK;
            a.traveller.nationality = a.traveller.nationality == null ? null : MASK;
            a.traveller.document = a.traveller.document == null ? null : MASK;
        }
        if (a.reasons != null) {
            ArrayNode reasons = original.putArray("reasons");
            for (Alert.Reason r : a.reasons) {
                ObjectNode o = reasons.addObject();
                o.put("summary", r.summary).put("explanation", r.explanation).put("entry", r.entry);
                // hit texts quote the name and the document; a document list's entry is the document key
                r.summary = r.summary == null ? null : MASK;
                r.explanation = r.explanation == null ? null : MASK;
                if ("document_list".equals(r.kind)) {
                    r.entry = MASK;
                }
            }
        }
        if (a.disposition != null && a.disposition.note != null) {
            original.put("note", a.disposition.note);
            a.disposition.note = MASK;
        }
        a.masked = true;
        return original;
    }

    private static Instant created(Alert a) {
        try {
            return a.createdAt == null ? Instant.EPOCH : Instant.parse(a.createdAt);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH; // unreadable: treated as oldest, so it never outlives the period
        }
    }
}
