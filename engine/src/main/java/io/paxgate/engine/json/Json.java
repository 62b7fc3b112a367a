package io.paxgate.engine.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.problem.Problem;

import java.util.List;

/**
 * The one JSON mapper: snake_case field names, ISO dates, empty values left out. Model classes
 * are public-field carriers, so only public fields are written (no getters).
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .build();

    private Json() {
    }

    /** A problem as JSON; positions that do not apply (-1) are left out. */
    public static ObjectNode problem(Problem p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        n.put("code", p.code().name());
        if (p.interchangeIndex() >= 0) {
            n.put("interchange_index", p.interchangeIndex());
        }
        if (p.messageIndex() >= 0) {
            n.put("message_index", p.messageIndex());
        }
        if (p.segmentIndex() >= 0) {
            n.put("segment_index", p.segmentIndex());
        }
        if (p.tag() != null) {
            n.put("tag", p.tag());
        }
        if (p.element() > 0) {
            n.put("element", p.element());
        }
        if (p.component() > 0) {
            n.put("component", p.component());
        }
        if (p.offset() >= 0) {
            n.put("offset", p.offset());
        }
        n.put("message", p.message());
        return n;
    }

    /** A decoded message as one JSON object: type first, then its data, problems last. */
    public static ObjectNode message(DecodedMessage m, String file) {
        ObjectNode body = MAPPER.valueToTree(m);
        ObjectNode out = MAPPER.createObjectNode();
        out.put("type", m.type);
        if (file != null) {
            out.put("file", file);
        }
        body.remove("type");
        body.remove("problems");
        out.setAll(body);
        out.set("problems", problems(m.problems));
        return out;
    }

    public static com.fasterxml.jackson.databind.node.ArrayNode problems(List<Problem> problems) {
        var arr = MAPPER.createArrayNode();
        for (Problem p : problems) {
            arr.add(problem(p));
        }
        return arr;
    }
}
