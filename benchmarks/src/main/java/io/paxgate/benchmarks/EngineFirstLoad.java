package io.paxgate.benchmarks;

import io.paxgate.engine.Engine;
import io.paxgate.engine.alerts.Alert;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;
import io.paxgate.engine.json.Json;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.SyntheticMessage;
import io.paxgate.engine.synth.TrafficGenerator;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A first load run of the assembled engine, in one process: generated PAXLST and PNRGOV inputs
 * (a day of flights) POSTed over loopback HTTP at a fixed rate (open loop: each input has an
 * intended send time and latencies count from it, so a stall is not hidden), journal on (sync as
 * configured). Reports inputs and travellers per second, acknowledgement latency, and
 * receipt-to-alert latency (intended send time to the alert stored, for the inputs that alert).
 * The first {@code warmup} flights warm the JIT and are not measured. Not the load generator of
 * the benchmarks issue: one process, HTTP only, no iAPI.
 *
 * <pre>
 * java $(paxgate.jvm.flags) -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.EngineFirstLoad \
 *      [flights=400] [inputsPerSecond=200] [warmupFlights=60] [config=config/paxgate.yaml] [iapiPerSecond=0]
 * </pre>
 */
public final class EngineFirstLoad {
    private EngineFirstLoad() {
    }

    public static void main(String[] args) throws Exception {
        int flights = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path cfg = Path.of(args.length > 3 ? args[3] : "config/paxgate.yaml");
        double iapiRate = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        Path data = Files.createTempDirectory("paxgate-load-");
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(data.resolve("journal"), data.resolve("alerts"));
        List<SyntheticFlight> day = new TrafficGenerator(7, Plants.fromConfig(cfg.getParent()))
                .day(LocalDate.now().plusDays(1), flights + warmup);
        List<byte[]> inputs = new ArrayList<>();
        List<Integer> travellers = new ArrayList<>();
        int warmInputs = 0;
        for (int i = 0; i < day.size(); i++) {
            SyntheticFlight f = day.get(i);
            for (SyntheticMessage m : f.messages()) {
                inputs.add(m.bytes());
                // the PNR's travellers are the manifest's; count each traveller once, with the flight's first list
                travellers.add(m.kind() == SyntheticMessage.Kind.CREW ? f.people().size() : 0);
            }
            if (i == warmup - 1) {
                warmInputs = inputs.size();
            }
        }
        Map<String, Long> alertAt = new ConcurrentHashMap<>();
        try (Engine engine = Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC())) {
            engine.alerts().subscribe((Alert a) -> alertAt.putIfAbsent(a.sourceMessageId, System.nanoTime()));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI uri = URI.create("http://127.0.0.1:" + engine.httpPort() + "/v1/messages");
            // warm-up, closed loop
            for (int i = 0; i < warmInputs; i++) {
                http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(inputs.get(i))).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            await(engine, warmInputs);
            int n = inputs.size() - warmInputs;
            long[] intended = new long[n];
            String[] ids = new String[n];
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            Histogram ack = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            long interval = (long) (1e9 / rate);
            // interactive API requests (a two-passenger check-in) at their own fixed rate, open loop
            Histogram iapi = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
            boolean[] iapiDone = {false};
            byte[] checkIn = Files.readAllBytes(cfg.getParent().resolve("samples/paxlst_d12b_2pax.edi"));
            URI iapiUri = URI.create("http://127.0.0.1:" + engine.httpPort() + "/v1/iapi");
            Thread iapiThread = new Thread(() -> {
                if (iapiRate <= 0) {
                    return;
                }
                long every = (long) (1e9 / iapiRate);
                List<CompletableFuture<Void>> sent = new ArrayList<>();
                for (long k = 0; !iapiDone[0]; k++) {
                    long due = start + k * every;
                    long w = due - System.nanoTime();
                    if (w > 0) {
                        LockSupport.parkNanos(w);
                    }
                    sent.add(http.sendAsync(HttpRequest.newBuilder(iapiUri).POST(HttpRequest.BodyPublishers.ofByteArray(checkIn))
                            .build(), HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
                                long now = System.nanoTime();
                                synchronized (iapi) {
                                    iapi.recordValue(Math.max(0, now - due));
                                }
                            }));
                }
                CompletableFuture.allOf(sent.toArray(new CompletableFuture[0])).join();
            }, "iapi-load");
            iapiThread.start();
            for (int k = 0; k < n; k++) {
                intended[k] = start + k * interval;
                long wait = intended[k] - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                final int kk = k;
                acks.add(http.sendAsync(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(
                        inputs.get(warmInputs + k))).build(), HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
                            long now = System.nanoTime();
                            synchronized (ack) {
                                ack.recordValue(Math.max(0, now - intended[kk]));
                            }
                            try {
                                ids[kk] = Json.MAPPER.readTree(r.body()).get("id").asText();
                            } catch (Exception e) {
                                ids[kk] = null;
                            }
                        }));
            }
            CompletableFuture.allOf(acks.toArray(new CompletableFuture[0])).get(10, TimeUnit.MINUTES);
            iapiDone[0] = true;
            iapiThread.join();
            long lastSent = intended[n - 1];
            await(engine, inputs.size());
            long done = System.nanoTime();
            Thread.sleep(200);
            Histogram toAlert = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
            long pax = 0;
            for (int k = 0; k < n; k++) {
                pax += travellers.get(warmInputs + k);
                Long at = ids[k] == null ? null : alertAt.get(ids[k]);
                if (at != null) {
                    toAlert.recordValue(Math.max(0, at - intended[k]));
                }
            }
            double secs = (done - start) / 1e9;
            System.out.printf(Locale.ROOT, "EngineFirstLoad: %d inputs (%d flights' PAXLST + PNRGOV, %,d travellers) offered at %.0f inputs/s"
                            + " over %.1f s; all processed %.1f s after the first was due%n", n, flights, pax, rate,
                    (lastSent - start) / 1e9, secs);
            System.out.printf(Locale.ROOT, "  throughput: %.0f inputs/s, %,.0f travellers/s (processed, over the whole run)%n",
                    n / secs, pax / secs);
            print("acknowledgement (202) latency", ack);
            if (iapiRate > 0) {
                print(String.format(Locale.ROOT, "iAPI round trip at %.0f requests/s (%d requests)", iapiRate, iapi.getTotalCount()), iapi);
            }
            print("receipt-to-alert latency (" + toAlert.getTotalCount() + " alerting inputs)", toAlert);
            System.out.printf("  journal: %d appended, %d processed; alerts stored: %d%n", engine.journal().appendedCount(),
                    engine.journal().processedCount(), engine.alerts().size());
        }
    }

    private static void await(Engine engine, int inputs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (engine.journal().processedCount() < inputs && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void print(String what, Histogram h) {
        System.out.printf(Locale.ROOT, "  %s: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n", what,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6,
                h.getMaxValue() / 1e6);
    }
}
