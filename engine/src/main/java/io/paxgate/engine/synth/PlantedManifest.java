package io.paxgate.engine.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code planted.json} beside a generated day: who was planted to be found, where, and by what,
 * so that recall can be scored end to end. Keys are camelCase as other tools read them:
 * {@code {"seed","date","flights","files","travellers","planted":[{"flight","file","surname",
 * "givenNames","birthDate","document","expected","variant"}]}}.
 *
 * @param files      traffic files written (not counting iapi/)
 * @param travellers passengers and crew over all flights
 */
public record PlantedManifest(long seed, LocalDate date, int flights, int files, long travellers, List<Entry> planted) {

    /**
     * One planted traveller.
     *
     * @param file     the file that should raise the hit, relative to the directory (traffic/000042-J2072-paxlst.edi)
     * @param expected {@code list:<list>:<entry id>}, {@code document:<list>} or {@code rule:<rule id>}
     */
    public record Entry(String flight, String file, String surname, String givenNames, LocalDate birthDate,
                        String document, String expected, String variant) {
    }

    /** Pretty-printed JSON, the same bytes for the same manifest. */
    public byte[] toJson() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("seed", seed);
        n.put("date", date.toString());
        n.put("flights", flights);
        n.put("files", files);
        n.put("travellers", travellers);
        ArrayNode a = n.putArray("planted");
        for (Entry e : planted) {
            ObjectNode x = a.addObject();
            x.put("flight", e.flight());
            x.put("file", e.file());
            x.put("surname", e.surname());
            x.put("givenNames", e.givenNames());
            x.put("birthDate", e.birthDate() == null ? null : e.birthDate().toString());
            x.put("document", e.document());
            x.put("expected", e.expected());
            x.put("variant", e.variant());
        }
        try {
            return (Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public static PlantedManifest read(Path file) throws IOException {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        }
        if (n == null || !n.path("planted").isArray()) {
            throw new IllegalArgumentException(file + " has no \"planted\" array: not a planted.json of ./paxgate synth");
        }
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode e : n.get("planted")) {
            String where = file + ": planted[" + i++ + "]";
            entries.add(new Entry(text(e, "flight", where), e.path("file").asText(null), text(e, "surname", where),
                    e.path("givenNames").asText(null), date(e.path("birthDate").asText(null), where),
                    e.path("document").asText(null), text(e, "expected", where), e.path("variant").asText(null)));
        }
        return new PlantedManifest(n.path("seed").asLong(), date(n.path("date").asText(null), file.toString()),
                n.path("flights").asInt(), n.path("files").asInt(), n.path("travellers").asLong(), List.copyOf(entries));
    }

    private static String text(JsonNode e, String field, String where) {
        String v = e.path(field).asText(null);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(where + " has no \"" + field + "\"");
        }
        return v;
    }

    private static LocalDate date(String v, String where) {
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": \"" + v + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
