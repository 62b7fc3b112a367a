package io.paxgate.rules.targeting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSchemaTest {
    @Test
    void noFieldRevealsSensitiveDataNamesOrFreeText() {
        for (SchemaField f : RuleSchema.fields()) {
            String leaf = f.name().substring(f.name().indexOf('.') + 1).toLowerCase(Locale.ROOT);
            for (String word : List.of("religio", "ethnic", "race", "health", "medical", "meal", "diet", "politic",
                "union", "sexual", "name", "surname", "given", "ssr", "remark", "text", "address", "phone", "card", "birth_place")) {
                assertFalse(leaf.contains(word), f.name() + " must not be in the rule schema (" + word + ")");
            }
        }
    }

    @Test
    void aRuleCannotReadSensitiveOrPersonalData() {
        for (String expression : List.of("traveller.surname == 'X'", "traveller.religion == 'X'", "pnr.meal == 'MOML'",
            "pnr.ssr.exists(s, s == 'WCHR')", "traveller.ethnicity == 'X'", "pnr.remarks.size() > 0")) {
            Rule r = new Rule("S", "s", expression, 1, null, true, null, null, List.of(), "mem", 1, 1, 1, false);
            RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleSet.of(List.of(r), Map.of(), 1), expression);
            assertTrue(e.errors().get(0).message().contains("undeclared reference"), e.getMessage());
        }
    }

    @Test
    void everyFieldIsDocumentedInTheSchemaReference() throws IOException {
        String doc = Files.readString(Path.of("../docs/rules-schema.md"));
        for (SchemaField f : RuleSchema.fields()) {
            assertTrue(doc.contains("`" + f.name() + "`"), f.name() + " missing from docs/rules-schema.md");
        }
    }

    @Test
    void fieldSlotsAreDenseForEachType() {
        for (FieldType t : FieldType.values()) {
            long n = RuleSchema.fields().stream().filter(f -> f.type() == t).count();
            assertEquals(n, RuleSchema.slots(t));
        }
    }
}
