package io.paxgate.engine.synth;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One generated flight: who is on it and the bytes an airline would send for it.
 *
 * @param number    flight designator as in TDT, carrier included (e.g. J2028)
 * @param people    passengers then crew
 * @param messages  everything sent for the flight, in send order: the PNRGOV push (when the
 *                  carrier sends one), the crew list, the passenger list (in parts for a big
 *                  flight), and now and then a faulty copy sent before the good one
 * @param typeB     true when every EDIFACT message of the flight is wrapped in a SITA Type B envelope
 * @param planted   travellers planted to be found
 */
public record SyntheticFlight(String carrier, String number, String from, String to, LocalDateTime departure,
                              LocalDateTime arrival, List<Person> people, List<SyntheticMessage> messages,
                              boolean typeB, List<PlantedHit> planted) {

    /** The passenger list (every part) and the crew list: the API of the flight. */
    public List<byte[]> paxlst() {
        return bytes(SyntheticMessage.Kind.PAXLST, SyntheticMessage.Kind.CREW);
    }

    /** The PNRGOV pushes, EDIFACT or XML; empty when the carrier sends none for the flight. */
    public List<byte[]> pnrgov() {
        return bytes(SyntheticMessage.Kind.PNRGOV);
    }

    /** The faulty copies (usually none). */
    public List<byte[]> faults() {
        return bytes(SyntheticMessage.Kind.FAULT);
    }

    private List<byte[]> bytes(SyntheticMessage.Kind... kinds) {
        List<SyntheticMessage.Kind> k = List.of(kinds);
        return messages.stream().filter(m -> k.contains(m.kind())).map(SyntheticMessage::bytes).toList();
    }

    public long passengers() {
        return people.stream().filter(p -> !p.crew()).count();
    }

    public long crew() {
        return people.stream().filter(Person::crew).count();
    }
}
