package io.paxgate.parsers.multipart;

import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.ModelDump;
import io.paxgate.parsers.edifact.Edi;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.problem.ProblemCode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * However a passenger list is cut into parts (UNH sequence 01:C .. NN:F) and in whatever order the
 * parts come, in one interchange or each in its own, the joined manifest has the same travellers,
 * in the same order, field for field, the same flight and reporting party as the list sent whole,
 * and is not reported incomplete.
 */
class MultipartProperties {
    private static final String SAMPLE = new String(Edi.resource("samples/paxlst_d12b_2pax.edi"), StandardCharsets.ISO_8859_1);
    private static final String[] LINES = SAMPLE.split("\n");

    @Property(tries = 300)
    void partsInAnyOrderJoinToTheWholeList(@ForAll @IntRange(min = 2, max = 24) int travellers,
            @ForAll @IntRange(min = 2, max = 6) int parts, @ForAll boolean interchangeEach, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < travellers; i++) {
            people.add(person(i));
        }
        int k = Math.min(parts, travellers);
        // k - 1 distinct cut points between travellers
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < travellers; i++) {
            cuts.add(i);
        }
        Collections.shuffle(cuts, random);
        cuts = new ArrayList<>(cuts.subList(0, k - 1));
        cuts.add(0);
        cuts.add(travellers);
        Collections.sort(cuts);
        List<String> messages = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            messages.add(message(p + 1, k, people.subList(cuts.get(p), cuts.get(p + 1))));
        }
        Collections.shuffle(messages, random);
        String input = interchangeEach ? String.join("", messages.stream().map(m -> interchange(List.of(m))).toList())
                : interchange(messages);

        PaxlstMessage whole = (PaxlstMessage) decode(interchange(List.of(message(1, 1, people)))).get(0);
        List<DecodedMessage> joined = decode(input);
        assertEquals(1, joined.size(), input);
        PaxlstMessage got = (PaxlstMessage) joined.get(0);
        assertFalse(got.problems.stream().anyMatch(p -> p.code() == ProblemCode.MULTIPART_INCOMPLETE
                || p.code() == ProblemCode.MULTIPART_DUPLICATE_PART), () -> got.problems + "\n" + input);
        assertEquals(travellers, got.travellers.size(), input);
        assertEquals(ModelDump.of(whole.travellers), ModelDump.of(got.travellers), input);
        assertEquals(ModelDump.of(whole.flight), ModelDump.of(got.flight), input);
        assertEquals(ModelDump.of(whole.reportingParty), ModelDump.of(got.reportingParty), input);
    }

    private static List<DecodedMessage> decode(String input) {
        DecodeResult r = InputDecoder.assembled(new InputDecoder().decode(input.getBytes(StandardCharsets.ISO_8859_1)));
        return r.messages();
    }

    /** Traveller {@code i}: one of the sample's two, with a name and references of its own. */
    private static String person(int i) {
        String block = i % 2 == 0 ? lines(14, 31) : lines(32, 48);
        String tag = "" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
        return block.replace("MUELLER:", "MUELLER" + tag + ":").replace("SHARMA:", "SHARMA" + tag + ":")
                .replace("0220LH40000", "0220LH4" + String.format("%05d", i));
    }

    /** Part {@code part} of {@code of}: the sample's header under that sequence, the people, CNT, UNT. */
    private static String message(int part, int of, List<String> people) {
        String ref = "PAX" + String.format("%03d", part);
        StringBuilder sb = new StringBuilder();
        sb.append("UNH+").append(ref).append("+PAXLST:D:12B:UN:IATA+LH400/260314/1415+")
                .append(String.format("%02d", part)).append(part == of ? ":F" : ":C").append("'\n");
        sb.append(lines(5, 13));
        people.forEach(sb::append);
        sb.append("CNT+42:").append(people.size()).append("'\n");
        int segments = (int) sb.chars().filter(c -> c == '\'').count() + 1;
        sb.append("UNT+").append(segments).append('+').append(ref).append("'\n");
        return sb.toString();
    }

    private static String interchange(List<String> messages) {
        return lines(1, 3) + String.join("", messages)
                + "UNE+" + messages.size() + "+000000701'\nUNZ+1+000000701'\n";
    }

    /** The sample's lines {@code from} to {@code to} (1-based, inclusive), each with its line break. */
    private static String lines(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append(LINES[i - 1]).append('\n');
        }
        return sb.toString();
    }
}
