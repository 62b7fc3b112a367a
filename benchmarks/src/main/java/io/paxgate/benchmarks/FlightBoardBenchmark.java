package io.paxgate.benchmarks;

import io.paxgate.benchmarks.board.HeapFlightBoard;
import io.paxgate.engine.pipeline.FlightBoard;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.TrafficGenerator;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What keeping travellers off the heap costs the screening thread: one flight's PNR pushes then its
 * passenger list applied to the flight board exactly as the pipeline does (each traveller merged
 * with what the board knew), then the flight cancelled so the board stays the same size. The
 * off-heap {@link FlightBoard} (Chronicle Map, {@code BoardCodec} values) against its peer, the on-heap board it
 * replaced ({@link HeapFlightBoard}, a map of the decoded objects). Average time per flight; the
 * setup prints travellers per flight so the cost per traveller can be read off. {@code reload}
 * reads every traveller of 50 flights back (the re-screening after a list reload).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class FlightBoardBenchmark extends PaxgateBenchmark {
    private static final int FLIGHTS = 50;

    /** One decoded flight: its key, passenger list and PNR pushes. */
    record DecodedFlight(String key, PaxlstMessage list, List<PnrgovMessage> pushes) {
    }

    private List<DecodedFlight> flights;
    private FlightBoard offHeap;
    private HeapFlightBoard heap;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        InputDecoder decoder = new InputDecoder();
        flights = new ArrayList<>();
        long travellers = 0;
        for (SyntheticFlight f : new TrafficGenerator(7, Plants.none()).day(LocalDate.of(2026, 11, 24), FLIGHTS * 3)) {
            if (f.pnrgov().isEmpty()) {
                continue; // the merge is the point: flights with both kinds of message
            }
            PaxlstMessage list = null;
            for (byte[] part : f.paxlst()) {
                for (DecodedMessage m : decoder.decode(part).messages()) {
                    if (m instanceof PaxlstMessage p && !p.travellers.isEmpty()
                            && (p.travellers.get(0).role == null || !p.travellers.get(0).role.isCrew())) {
                        if (list == null) {
                            list = p;
                        } else {
                            list.travellers.addAll(p.travellers); // the parts of one passenger list
                        }
                    }
                }
            }
            List<PnrgovMessage> pushes = new ArrayList<>();
            for (byte[] push : f.pnrgov()) {
                for (DecodedMessage m : decoder.decode(push).messages()) {
                    if (m instanceof PnrgovMessage p) {
                        pushes.add(p);
                    }
                }
            }
            flights.add(new DecodedFlight(f.number() + "/" + f.departure().toLocalDate(), list, pushes));
            travellers += list.travellers.size();
            if (flights.size() == FLIGHTS) {
                break;
            }
        }
        System.out.printf("%nFlightBoardBenchmark: %d flights, %.1f listed travellers per flight%n", flights.size(),
                (double) travellers / flights.size());
        offHeap = FlightBoard.inMemory(200_000);
        heap = new HeapFlightBoard();
        for (DecodedFlight f : flights) {
            applyOffHeap(f, null);
            applyHeap(f, null);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        offHeap.close();
    }

    private DecodedFlight nextFlight() {
        DecodedFlight f = flights.get(next);
        next = (next + 1) % flights.size();
        return f;
    }

    private void applyOffHeap(DecodedFlight f, Blackhole bh) {
        for (PnrgovMessage push : f.pushes()) {
            for (Pnr pnr : push.pnrs) {
                for (Traveller t : pnr.travellers) {
                    consume(bh, offHeap.recordBooked(f.key(), push.flight, t, pnr, "1"));
                }
            }
            offHeap.flush(f.key()); // each input's writes applied after it, as the pipeline does
        }
        for (Traveller t : f.list().travellers) {
            consume(bh, offHeap.recordListed(f.key(), f.list().flight, t, "2"));
        }
        offHeap.flush(f.key());
    }

    private void applyHeap(DecodedFlight f, Blackhole bh) {
        for (PnrgovMessage push : f.pushes()) {
            for (Pnr pnr : push.pnrs) {
                for (Traveller t : pnr.travellers) {
                    consume(bh, heap.seat(f.key(), t));
                    heap.record(f.key(), push.flight, t, pnr, "1");
                }
            }
        }
        for (Traveller t : f.list().travellers) {
            HeapFlightBoard.Seat known = heap.seat(f.key(), t);
            consume(bh, known == null ? null : known.pnr());
            heap.record(f.key(), f.list().flight, t, null, "2");
        }
    }

    private static void consume(Blackhole bh, Object o) {
        if (bh != null) {
            bh.consume(o);
        }
    }

    /** One flight's pushes and list applied, then the flight cancelled (off the heap). */
    @Benchmark
    public void flightOffHeap(Blackhole bh) {
        DecodedFlight f = nextFlight();
        offHeap.cancelFlight(f.key());
        applyOffHeap(f, bh);
    }

    /** The same on the heap board it replaced. */
    @Benchmark
    public void flightOnHeap(Blackhole bh) {
        DecodedFlight f = nextFlight();
        heap.cancelFlight(f.key());
        applyHeap(f, bh);
    }

    /** Every traveller of the 50 flights read back for re-screening (off the heap). */
    @Benchmark
    public int reloadOffHeap() {
        return offHeap.expected(LocalDateTime.of(2026, 11, 20, 0, 0)).size();
    }

    /** The same on the heap board. */
    @Benchmark
    public int reloadOnHeap() {
        return heap.expected(LocalDateTime.of(2026, 11, 20, 0, 0)).size();
    }
}
