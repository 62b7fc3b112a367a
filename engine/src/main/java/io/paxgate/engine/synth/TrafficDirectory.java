package io.paxgate.engine.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a generated day as files, the contract load generators and backtests read:
 * <pre>
 * DIR/traffic/NNNNNN-&lt;CARRIER&gt;&lt;NUMBER&gt;-&lt;paxlst|crew|pnrgov|fault&gt;.&lt;edi|xml&gt;   one interchange a file, in send order
 * DIR/iapi/NNNNNN-&lt;CARRIER&gt;&lt;NUMBER&gt;.edi   check-in requests for POST /v1/iapi, in send order
 * DIR/planted.json                        {@link PlantedManifest}
 * DIR/README.txt                          what is here and the command that made it
 * </pre>
 */
public final class TrafficDirectory {
    /** What was written. */
    public record Summary(Path dir, int files, int flights, long travellers, int planted, int faults, int iapi) {
    }

    private TrafficDirectory() {
    }

    /**
     * @param commandLine how the day was made, for README.txt
     * @throws IllegalArgumentException when {@code dir} already holds generated traffic (files of two
     *                                  runs must not mix)
     */
    public static Summary write(Path dir, TrafficGenerator.Day day, long seed, LocalDate date, String commandLine)
            throws IOException {
        Path traffic = dir.resolve("traffic");
        Path iapi = dir.resolve("iapi");
        for (Path p : List.of(traffic, iapi)) {
            if (holdsFiles(p)) {
                throw new IllegalArgumentException(p + " already holds files: give an empty or new --out directory");
            }
            Files.createDirectories(p);
        }
        record Sent(SyntheticFlight flight, SyntheticMessage message) {
        }
        List<Sent> sends = new ArrayList<>();
        for (SyntheticFlight f : day.flights()) {
            f.messages().forEach(m -> sends.add(new Sent(f, m)));
        }
        sends.sort(Comparator.comparing(s -> s.message().sentAt())); // stable: a flight's messages keep their order
        Map<SyntheticMessage, String> names = new IdentityHashMap<>();
        int faults = 0;
        for (int i = 0; i < sends.size(); i++) {
            Sent s = sends.get(i);
            String name = String.format(Locale.ROOT, "%06d-%s-%s.%s", i + 1, s.flight().number(),
                    s.message().kind().fileName(), s.message().extension());
            Files.write(traffic.resolve(name), s.message().bytes());
            names.put(s.message(), "traffic/" + name);
            faults += s.message().kind() == SyntheticMessage.Kind.FAULT ? 1 : 0;
        }
        for (int i = 0; i < day.iapi().size(); i++) {
            IapiRequest r = day.iapi().get(i);
            Files.write(iapi.resolve(String.format(Locale.ROOT, "%06d-%s.edi", i + 1, r.flight())), r.bytes());
        }
        List<PlantedManifest.Entry> planted = new ArrayList<>();
        long travellers = 0;
        for (SyntheticFlight f : day.flights()) {
            travellers += f.people().size();
            for (PlantedHit h : f.planted()) {
                planted.add(new PlantedManifest.Entry(h.flight(), names.get(f.messages().get(h.message())), h.surname(),
                        h.givenNames(), h.birthDate(), h.documentNumber(), h.expected(), h.variant()));
            }
        }
        PlantedManifest manifest = new PlantedManifest(seed, date, day.flights().size(), sends.size(), travellers, planted);
        Files.write(dir.resolve("planted.json"), manifest.toJson());
        String readme = String.format(Locale.ROOT, """
                Synthetic traffic made by Paxgate: %d flights into Baku (GYD), Ganja (KVD) and Nakhchivan (NAJ) \
                on %s, seed %d, with %,d travellers (every name synthetic). traffic/ holds %d interchanges \
                (PAXLST passenger lists, some in parts, crew lists, PNRGOV pushes in EDIFACT or XML, some Type B \
                wrapped, %d faulty first sends), one a file, named in send order; iapi/ holds %d check-in \
                requests for POST /v1/iapi; planted.json lists the %d travellers planted to match a watchlist \
                entry, a lost/stolen document or a targeting rule (score them with ./paxgate backtest \
                --planted). Made with: %s
                """, day.flights().size(), date, seed, travellers, sends.size(), faults, day.iapi().size(),
                planted.size(), commandLine);
        Files.writeString(dir.resolve("README.txt"), readme, StandardCharsets.UTF_8);
        return new Summary(dir, sends.size(), day.flights().size(), travellers, planted.size(), faults, day.iapi().size());
    }

    private static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
