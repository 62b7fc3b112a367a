package io.paxgate.engine.pipeline;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.paxgate.engine.synth.Plants;
import io.paxgate.engine.synth.SyntheticFlight;
import io.paxgate.engine.synth.TrafficGenerator;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardCodecTest {
    /** Every public field, annotations ignored (the API's JSON leaves some out), nulls and empties kept. */
    private static final ObjectMapper ALL_FIELDS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.USE_ANNOTATIONS)
            .build();

    @Test
    void generatedFlightsPnrsAndTravellersReadBackAsWritten() throws Exception {
        InputDecoder decoder = new InputDecoder();
        BoardCodec codec = new BoardCodec(true);
        int pnrs = 0;
        int travellers = 0;
        for (SyntheticFlight f : new TrafficGenerator(11, Plants.none()).day(LocalDate.of(2026, 11, 24), 12)) {
            for (byte[] input : f.messages().stream().map(m -> m.bytes()).toList()) {
                for (DecodedMessage m : decoder.decode(input).messages()) {
                    if (m instanceof PnrgovMessage p) {
                        roundTrip(codec, stored(p.flight, false), FlightBoard.StoredFlight.class);
                        for (Pnr pnr : p.pnrs) {
                            pnr.problems = null; // not part of a booking's state: left out
                            roundTrip(codec, pnr, Pnr.class);
                            pnrs++;
                        }
                    } else if (m instanceof PaxlstMessage p) {
                        roundTrip(codec, stored(p.flight, true), FlightBoard.StoredFlight.class);
                        for (Traveller t : p.travellers) {
                            FlightBoard.StoredSeat seat = new FlightBoard.StoredSeat();
                            seat.traveller = t;
                            seat.booking = "ABC123";
                            seat.source = "42";
                            seat.fromManifest = true;
                            roundTrip(codec, seat, FlightBoard.StoredSeat.class);
                            travellers++;
                        }
                    }
                }
            }
        }
        assertTrue(pnrs > 100 && travellers > 500, pnrs + " PNRs, " + travellers + " listed travellers");
    }

    private static FlightBoard.StoredFlight stored(io.paxgate.parsers.model.Flight flight, boolean listed) {
        FlightBoard.StoredFlight f = new FlightBoard.StoredFlight();
        f.flight = flight;
        f.fromManifest = listed;
        return f;
    }

    private static <T> void roundTrip(BoardCodec codec, T value, Class<T> type) throws Exception {
        String written = ALL_FIELDS.writeValueAsString(value);
        byte[] bytes = codec.write(value);
        assertEquals(written, ALL_FIELDS.writeValueAsString(codec.read(bytes, type)));
    }
}
