package io.paxgate.parsers.encode;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.Syntax;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.paxgate.parsers.encode.Lexed.all;
import static io.paxgate.parsers.encode.Lexed.first;
import static io.paxgate.parsers.encode.Lexed.lex;
import static io.paxgate.parsers.encode.Lexed.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CusresEncoderTest {
    private static final Path SAMPLES = Path.of("..", "config", "samples");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T12:11:00Z"), ZoneOffset.UTC);
    private static final EnvelopeIds ENVELOPE = new EnvelopeIds("GOVAPIS", "ZZ", "LHAPI", "ZZ", "000009001");

    private final CusresEncoder encoder = new CusresEncoder(CLOCK);

    @Test
    void answerToTheSamplePaxlstReproducesTheSampleCusres() throws IOException {
        PaxlstMessage request = samplePaxlst();
        List<TravellerDecision> decisions = List.of(
                new TravellerDecision(request.travellers.get(0), BoardingDecision.OK_TO_BOARD),
                new TravellerDecision(request.travellers.get(1), BoardingDecision.DO_NOT_BOARD,
                        "DO NOT BOARD - CONTACT GOVERNMENT"));

        String cusres = encoder.encode(request, decisions, ENVELOPE, "RSP0001");

        String expected = Files.readString(SAMPLES.resolve("cusres_iapi_response.edi"), StandardCharsets.ISO_8859_1)
                .replace("\r", "").replace("\n", "");
        assertEquals(tags(lex(expected)), tags(lex(cusres)));
        assertEquals(lex(expected), lex(cusres));
        assertEquals(expected, cusres);
    }

    @Test
    void eachDecisionWritesItsDefaultCodeAndText() {
        for (BoardingDecision d : BoardingDecision.values()) {
            List<Lexed.Seg> cusres = lex(encoder.encode(request(), List.of(new TravellerDecision(traveller(), d)),
                    ENVELOPE, "R1"));

            assertEquals(d.defaultCode(), first(cusres, "ERC").v(1, 1), d::name);
            assertEquals(d.defaultText(), first(cusres, "FTX").v(4, 1), d::name);
        }
    }

    @Test
    void contactGovernmentAndInsufficientDataUse2ZAnd4Z() {
        assertEquals("2Z", DecisionCodes.defaults().code(BoardingDecision.CONTACT_GOVERNMENT));
        assertEquals("4Z", DecisionCodes.defaults().code(BoardingDecision.INSUFFICIENT_DATA));
    }

    @Test
    void stateSpecificCodesReplaceTheDefaults() {
        DecisionCodes state = DecisionCodes.defaults().with(BoardingDecision.CONTACT_GOVERNMENT, "3Z", "CALL CBP");
        CusresEncoder custom = new CusresEncoder(Syntax.DEFAULT_V4, "UNOA", "4", CLOCK,
                state, true);

        List<Lexed.Seg> cusres = lex(custom.encode(request(),
                List.of(new TravellerDecision(traveller(), BoardingDecision.CONTACT_GOVERNMENT)), ENVELOPE, "R1"));

        assertEquals("3Z", first(cusres, "ERC").v(1, 1));
        assertEquals("CALL CBP", first(cusres, "FTX").v(4, 1));
    }

    @Test
    void separatorsInFreeTextAreEscapedAndReadBack() {
        String text = "O'BRIEN: CALL +49 69? NOW*";

        String cusres = encoder.encode(request(),
                List.of(new TravellerDecision(traveller(), BoardingDecision.CONTACT_GOVERNMENT, text)), ENVELOPE, "R1");

        assertTrue(cusres.contains("FTX+AAP+++O?'BRIEN?: CALL ?+49 69?? NOW?*'"), cusres);
        assertEquals(text, first(lex(cusres), "FTX").v(4, 1));
    }

    @Test
    void travellerWithoutReferencesGetsNoRffAndUntStillCountsRight() {
        Traveller bare = new Traveller();

        List<Lexed.Seg> cusres = lex(encoder.encode(request(),
                List.of(new TravellerDecision(bare, BoardingDecision.INSUFFICIENT_DATA),
                        new TravellerDecision(traveller(), BoardingDecision.OK_TO_BOARD)), ENVELOPE, "R1"));

        assertEquals(List.of("ERP", "ERC", "FTX", "ERP", "RFF", "RFF", "ERC", "FTX"),
                tags(cusres).subList(tags(cusres).indexOf("LOC") + 2, tags(cusres).indexOf("UNT")));
        assertEquals(String.valueOf(Lexed.messageSegmentCount(cusres)), first(cusres, "UNT").v(1, 1));
    }

    @Test
    void untCountsTheSegmentsFromUnhToUnt() {
        List<Lexed.Seg> cusres = lex(encoder.encode(request(),
                List.of(new TravellerDecision(traveller(), BoardingDecision.OK_TO_BOARD)), ENVELOPE, "R1"));

        // UNH BGM RFF RFF DTM DTM LOC LOC + ERP RFF RFF ERC FTX + UNT
        assertEquals("14", first(cusres, "UNT").v(1, 1));
        assertEquals(14, Lexed.messageSegmentCount(cusres));
    }

    @Test
    void functionalGroupCanBeLeftOut() {
        CusresEncoder noGroup = new CusresEncoder(Syntax.DEFAULT_V4, "UNOA", "4", CLOCK,
                DecisionCodes.defaults(), false);

        List<Lexed.Seg> cusres = lex(noGroup.encode(request(),
                List.of(new TravellerDecision(traveller(), BoardingDecision.OK_TO_BOARD)), ENVELOPE, "R1"));

        assertTrue(all(cusres, "UNG").isEmpty());
        assertTrue(all(cusres, "UNE").isEmpty());
        assertEquals("1", first(cusres, "UNZ").v(1, 1));
    }

    @Test
    void outputReadsBackThroughTheInterchangeReaderWithoutEnvelopeProblems() {
        byte[] cusres = encoder.encodeBytes(request(),
                List.of(new TravellerDecision(traveller(), BoardingDecision.DO_NOT_BOARD)), ENVELOPE, "R1");

        DecodeResult back = new InputDecoder().decode(cusres);

        assertEquals(1, back.messages().size());
        assertEquals("CUSRES", back.messages().get(0).type);
        assertEquals("LH400/260314/1415", back.messages().get(0).source.commonAccessReference);
        assertEquals("D:05B:UN:IATA", back.messages().get(0).source.messageVersion);
        // CUSRES is not a type Paxgate decodes; UNT, UNE and UNZ counts and references must all match
        for (Problem p : back.allProblems()) {
            assertEquals(ProblemCode.UNSUPPORTED_MESSAGE_TYPE, p.code(), p::toString);
        }
        assertFalse(back.interchanges().isEmpty());
        assertTrue(back.interchanges().get(0).complete());
    }

    private static PaxlstMessage samplePaxlst() throws IOException {
        DecodeResult decoded = new InputDecoder().decode(Files.readAllBytes(SAMPLES.resolve("paxlst_d12b_2pax.edi")));
        assertFalse(decoded.hasErrors(), () -> "sample should decode cleanly: " + decoded.allProblems());
        return (PaxlstMessage) decoded.messages().get(0);
    }

    private static PaxlstMessage request() {
        PaxlstMessage m = new PaxlstMessage();
        m.source.messageReference = "PAX001";
        m.source.commonAccessReference = "LH400/260314/1415";
        m.source.sequenceNumber = 1;
        m.source.sequenceIndicator = "F";
        m.transactionReference = "LH400260314001";
        Flight f = new Flight();
        f.carrier = "LH";
        f.number = "400";
        f.departureAirport = "FRA";
        f.arrivalAirport = "JFK";
        f.departureTime = LocalDateTime.of(2026, 3, 14, 14, 15);
        f.arrivalTime = LocalDateTime.of(2026, 3, 14, 17, 5);
        m.flight = f;
        Traveller t = traveller();
        m.travellers.add(t);
        return m;
    }

    private static Traveller traveller() {
        Traveller t = new Traveller();
        t.surname = "MUELLER";
        t.bookingReference = "ABC12D";
        t.passengerReference = "0220LH400001";
        return t;
    }
}
