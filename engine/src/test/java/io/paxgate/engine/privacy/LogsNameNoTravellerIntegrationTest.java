package io.paxgate.engine.privacy;

import io.paxgate.engine.cli.PaxgateCommand;
import io.paxgate.engine.cli.ShippedConfig;
import io.paxgate.engine.synth.Person;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.TrafficGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * STANDARDS.md section 6: logs never carry a traveller's full name or document number at INFO. The
 * demo runs in its own JVM (engine, servers, pipeline, alerts, console routes, everything at its
 * shipped INFO level) on a generated day whose travellers this test knows, and its whole output
 * (stdout and the log on stderr) is searched for each traveller's name, in the forms messages and
 * alerts write it, and for each document number.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LogsNameNoTravellerIntegrationTest {
    @TempDir
    Path dir;

    @Test
    void aDemoRunLogsNoTravellersNameNorDocumentNumber() throws Exception {
        Path cfg = ShippedConfig.copyTo(dir);
        long seed = 7;
        int flights = 6;
        // the demo's day: tomorrow (UTC), as DemoCommand draws it
        LocalDate date = LocalDate.now(Clock.systemUTC()).plusDays(1);
        List<SyntheticFlight> day = new TrafficGenerator(seed, Plants.fromConfig(cfg.getParent())).day(date, flights);

        Path output = dir.resolve("demo.out");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle.")) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-Dchronicle.analytics.disable=true", "-cp", System.getProperty("java.class.path"),
                PaxgateCommand.class.getName(), "demo", "--config", cfg.toString(), "--duration", "12",
                "--flights", String.valueOf(flights), "--seed", String.valueOf(seed)));
        Process demo = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(demo.waitFor(150, TimeUnit.SECONDS), "the demo did not stop");
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, demo.exitValue(), out);
        assertTrue(out.contains(" INFO ") && out.contains("ALERT "), "the run logged and alerted: " + out);

        String upper = out.toUpperCase(Locale.ROOT);
        int travellers = 0;
        for (SyntheticFlight f : day) {
            for (Person p : f.people()) {
                travellers++;
                String surname = p.surname().toUpperCase(Locale.ROOT);
                String given = p.givenNames().toUpperCase(Locale.ROOT);
                for (String name : List.of(surname + ", " + given, surname + " " + given, given + " " + surname,
                        surname + "/" + given)) {
                    assertTrue(!upper.contains(name), "a traveller's full name in the output (" + initials(name) + ")");
                }
                if (p.documentNumber() != null && p.documentNumber().length() >= 6) {
                    assertTrue(!upper.contains(p.documentNumber().toUpperCase(Locale.ROOT)),
                            "a document number in the output (" + p.documentNumber().substring(0, 2) + "...)");
                }
            }
        }
        assertTrue(travellers > 100, "the day had travellers to look for: " + travellers);
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[,/\\s]+")) {
            if (!part.isEmpty()) {
                sb.append(part.charAt(0)).append('.');
            }
        }
        return sb.toString();
    }
}
