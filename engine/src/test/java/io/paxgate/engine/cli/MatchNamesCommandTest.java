package io.paxgate.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchNamesCommandTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void writesTheSameRowsWithScoreAndMatch() throws IOException {
        Path f = file("pairs.csv", """
                name1,name2,birth_date1,birth_date2,nationality1,nationality2,note
                RASHAD ALIYEV,Рашад Алиев,1982-03-14,1982,AZE,AZE,"translit, cyrillic"
                RASHAD ALIYEV,ELCHIN ALIYEV,1982-03-14,1975-01-01,AZE,AZE,other person
                """);
        CliRun r = run("match-names", "--pairs", f.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals("name1,name2,birth_date1,birth_date2,nationality1,nationality2,note,score,match", lines[0]);
        assertTrue(lines[1].startsWith("RASHAD ALIYEV,Рашад Алиев,1982-03-14,1982,AZE,AZE,\"translit, cyrillic\","), lines[1]);
        assertTrue(lines[1].endsWith(",true"), lines[1]);
        assertTrue(lines[1].matches(".*,(0|1)\\.\\d{3},true"), lines[1]);
        assertTrue(lines[2].endsWith(",false"), lines[2]);
    }

    @Test
    void readmeExampleGivesTheDocumentedLine() throws IOException {
        Path f = file("p.csv", "name1,name2,birth_date1,birth_date2\nRASHAD ALIYEV,Алиев Рашад,1982-03-14,1982\n");
        CliRun r = run("match-names", "--pairs", f.toString());
        assertEquals("name1,name2,birth_date1,birth_date2,score,match\nRASHAD ALIYEV,Алиев Рашад,1982-03-14,1982,1.000,true\n",
                r.out());
    }

    @Test
    void onlyName1AndName2AreRequired() throws IOException {
        Path f = file("names.csv", "name2,name1\nMUHAMMAD ALQAHTANI,MOHAMMED AL-QAHTANI\n");
        CliRun r = run("match-names", "--pairs", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().split("\n")[1].endsWith(",true"), r.out());
    }

    @Test
    void thresholdDecidesTheMatchColumn() throws IOException {
        Path f = file("t.csv", "name1,name2\nRASHAD ALIYEV,RASHID ALIYEV\n");
        CliRun strict = run("match-names", "--pairs", f.toString(), "--threshold", "0.99");
        CliRun loose = run("match-names", "--pairs", f.toString(), "--threshold", "0.5");
        assertTrue(strict.out().split("\n")[1].endsWith(",false"), strict.out());
        assertTrue(loose.out().split("\n")[1].endsWith(",true"), loose.out());
    }

    @Test
    void missingNameColumnsIsAnErrorNamingTheFile() throws IOException {
        Path f = file("bad-header.csv", "first,second\nA,B\n");
        CliRun r = run("match-names", "--pairs", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad-header.csv:1:"), r.err());
        assertTrue(r.err().contains("name1 and name2"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badBirthDateIsAnErrorNamingFileLineAndColumn() throws IOException {
        Path f = file("bad-date.csv", "name1,name2,birth_date1\nA B,A B,1980-01-01\nC D,C D,14/03/1982\n");
        CliRun r = run("match-names", "--pairs", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad-date.csv:3: birth_date1"), r.err());
        assertTrue(r.err().contains("14/03/1982"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFileExitsOne() {
        CliRun r = run("match-names", "--pairs", dir.resolve("nope.csv").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.csv: no such file"), r.err());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertEquals(2, run("match-names").exit());
        Path f = file("ok.csv", "name1,name2\nA B,A B\n");
        assertEquals(2, run("match-names", "--pairs", f.toString(), "--threshold", "1.5").exit());
        assertEquals(2, run("match-names", "--pairs", f.toString(), "--threshold", "abc").exit());
    }
}
