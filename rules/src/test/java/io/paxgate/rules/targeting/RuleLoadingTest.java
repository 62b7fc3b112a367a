package io.paxgate.rules.targeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleLoadingTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
        - id: R1
          description: cash
          expression: pnr.paid_cash
          severity: 3
        - id: R2
          description: hot origin
          expression: |
            flight.origin in lists.hot
              && traveller.age > 20
          weight: 0.5
        """;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private RuleError onlyError(Path file) {
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleSet.load(dir, 1));
        assertEquals(1, e.errors().size(), e.getMessage());
        RuleError err = e.errors().get(0);
        assertEquals(file.toString(), err.file());
        return err;
    }

    @Test
    void todayIsWhatLocalDateNowSays() {
        // on UTC clocks from the epoch milliseconds, around midnight and before 1970; other zones as now() gives them
        for (String instant : new String[] {"2026-11-24T23:59:59.999Z", "2026-11-25T00:00:00Z", "1969-12-31T23:59:59.999Z",
                "1900-03-01T00:00:00.001Z", "2400-02-29T12:00:00Z"}) {
            java.time.Instant at = java.time.Instant.parse(instant);
            for (java.time.ZoneId zone : new java.time.ZoneId[] {java.time.ZoneOffset.UTC, java.time.ZoneId.of("Asia/Baku"),
                    java.time.ZoneOffset.ofHours(-11)}) {
                java.time.Clock clock = java.time.Clock.fixed(at, zone);
                assertEquals(java.time.LocalDate.now(clock), RuleRegistry.today(clock), instant + " " + zone);
            }
        }
    }

    @Test
    void typeErrorInABlockExpressionIsReportedAtItsFileLineAndColumn() throws IOException {
        write("lists.yaml", "hot: [XXA]\n");
        Path f = write("a.yaml", GOOD.replace("traveller.age > 20", "traveller.age > 'x'"));
        RuleError e = onlyError(f);
        assertEquals("R2", e.ruleId());
        assertEquals(9, e.line());
        assertEquals(24, e.column()); // the '>' on "      && traveller.age > 'x'"
        assertTrue(e.message().contains("_>_"), e.message());
    }

    @Test
    void unknownFieldInAPlainExpressionIsReportedAtItsColumn() throws IOException {
        Path f = write("a.yaml", """
            - id: P1
              description: typo
              expression: pnr.paid_cash && traveller.nationalty == 'X'
              severity: 1
            """);
        RuleError e = onlyError(f);
        assertEquals("P1", e.ruleId());
        assertEquals(3, e.line());
        assertEquals(32, e.column());
        assertTrue(e.message().contains("undeclared reference"), e.message());
    }

    @Test
    void unknownListIsATypeError() throws IOException {
        Path f = write("a.yaml", """
            - id: Q1
              description: quoted
              expression: "flight.origin in lists.nope"
              severity: 1
            """);
        RuleError e = onlyError(f);
        assertEquals(3, e.line());
        assertEquals(33, e.column()); // lists.nope, after the opening quote
    }

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Path f = write("a.yaml", "- id: R1\n  description: x\n  expression: [unclosed\n  severity: 1\n");
        RuleError e = onlyError(f);
        assertTrue(e.line() >= 3, e.toString());
        assertTrue(e.column() > 0, e.toString());
        assertTrue(e.message().startsWith("YAML syntax error"), e.message());
    }

    @Test
    void duplicateIdsAcrossFilesAreRefused() throws IOException {
        write("a.yaml", "- id: R1\n  description: x\n  expression: 'true'\n  severity: 1\n");
        Path b = write("b.yaml", "# second\n- id: R1\n  description: y\n  expression: 'false'\n  severity: 1\n");
        RuleError e = onlyError(b);
        assertEquals("R1", e.ruleId());
        assertEquals(2, e.line());
        assertTrue(e.message().contains("duplicate"), e.message());
    }

    @Test
    void missingFieldsAndBadValuesAreEachReported() throws IOException {
        Path f = write("a.yaml", """
            - id: M1
              description: no expression
              severity: 1
            - id: M2
              description: bad severity
              expression: 'true'
              severity: 9
            - id: M3
              expression: 'true'
              severity: 1
              valid_from: 2026-13-01
              enabeld: true
            """);
        RuleLoadException ex = assertThrows(RuleLoadException.class, () -> RuleSet.load(dir, 1));
        List<String> got = ex.errors().stream().map(e -> e.ruleId() + "@" + e.line() + ":" + e.column()).toList();
        assertEquals(List.of("M1@1:3", "M2@7:13", "M3@12:3", "M3@8:3", "M3@11:15"), got, ex.getMessage());
        assertTrue(ex.errors().stream().allMatch(e -> e.file().equals(f.toString())));
    }

    @Test
    void aRuleNeedsASeverityOrAWeight() throws IOException {
        Path f = write("a.yaml", "- id: R1\n  description: x\n  expression: 'true'\n");
        RuleError e = onlyError(f);
        assertTrue(e.message().contains("severity"), e.message());
    }

    @Test
    void aBadFileKeepsTheOldSetInForce() throws Exception {
        write("lists.yaml", "hot: [XXA]\n");
        write("a.yaml", GOOD);
        RuleRegistry registry = new RuleRegistry(dir, Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
        registry.reload();
        RuleSet good = registry.current();
        write("b.yaml", "- id: B1\n  description: broken\n  expression: 'pnr.paid_cash &&'\n  severity: 1\n");
        assertThrows(RuleLoadException.class, registry::reload);
        assertSame(good, registry.current());
        ScreeningSubject cash = ScreeningSubject.builder().set("pnr.paid_cash", true).build();
        assertEquals("R1", registry.evaluate(cash).get(0).ruleId());
    }

    @Test
    void reloadReportsAddedRemovedAndChangedRulesAndLists() throws Exception {
        write("lists.yaml", "hot: [XXA]\n");
        write("a.yaml", GOOD);
        RuleRegistry registry = new RuleRegistry(dir, Clock.systemUTC());
        ReloadResult first = registry.reload();
        assertEquals(1, first.version());
        assertEquals(List.of("R1", "R2"), first.added());

        write("lists.yaml", "hot: [XXA, XXB]\n");
        write("a.yaml", GOOD.replace("severity: 3", "severity: 4").replace("R2", "R3"));
        ReloadResult second = registry.reload();
        assertEquals(2, second.version());
        assertEquals(List.of("R3"), second.added());
        assertEquals(List.of("R2"), second.removed());
        assertEquals(List.of("R1"), second.changed());
        assertEquals(List.of("hot"), second.listsChanged());

        ReloadResult third = registry.reload();
        assertEquals(3, third.version());
        assertTrue(!third.anyChange());
    }

    @Test
    void listsFileErrorsAreReportedWithPosition() throws IOException {
        Path f = write("lists.yaml", "hot: [XXA]\nBad-Name: [X]\nnot_a_list: X\n");
        RuleLoadException ex = assertThrows(RuleLoadException.class, () -> RuleSet.load(dir, 1));
        assertEquals(List.of(2, 3), ex.errors().stream().map(RuleError::line).toList(), ex.getMessage());
        assertTrue(ex.errors().stream().allMatch(e -> e.file().equals(f.toString())));
    }
}
