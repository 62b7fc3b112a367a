package io.paxgate.engine.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class JsonTest {
    @Test
    void fieldsAreSnakeCaseDatesIsoAndEmptyValuesLeftOut() {
        Traveller t = new Traveller();
        t.surname = "ALIYEV";
        t.givenNames = "RASHAD";
        t.birthDate = LocalDate.of(1979, 2, 28);
        JsonNode n = Json.MAPPER.valueToTree(t);
        assertEquals("RASHAD", n.get("given_names").asText());
        assertEquals("1979-02-28", n.get("birth_date").asText());
        assertNull(n.get("documents"));
        assertNull(n.get("sex"));
    }

    @Test
    void anInfantOnAnAdultsLapIsNamedNotRepeatedWhole() {
        Traveller adult = new Traveller();
        adult.surname = "ALIYEVA";
        Traveller infant = new Traveller();
        infant.surname = "ALIYEVA";
        infant.givenNames = "LEYLA";
        infant.reference = "2";
        infant.passengerType = "IN";
        infant.addDocument().number = "C1234567";
        adult.infant = infant;
        JsonNode n = Json.MAPPER.valueToTree(adult).get("infant");
        assertEquals("LEYLA", n.get("given_names").asText());
        assertEquals("2", n.get("reference").asText());
        assertNull(n.get("documents"));
        assertNull(n.get("passenger_type"));
    }

    @Test
    void problemPositionsThatDoNotApplyAreLeftOut() {
        Problem p = new Problem(ProblemCode.UNT_COUNT_MISMATCH, Severity.WARNING, 0, 1, 12, "UNT", 1, 1, 340, "count");
        JsonNode n = Json.problem(p);
        assertEquals("warning", n.get("severity").asText());
        assertEquals(12, n.get("segment_index").asInt());
        assertEquals(340, n.get("offset").asLong());
        Problem q = new Problem(ProblemCode.EMPTY_INPUT, Severity.ERROR, -1, -1, -1, null, -1, -1, 0, "empty");
        JsonNode m = Json.problem(q);
        assertFalse(m.has("segment_index"));
        assertFalse(m.has("tag"));
        assertEquals(0, m.get("offset").asLong());
    }
}
