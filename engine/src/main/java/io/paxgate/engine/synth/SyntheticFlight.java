package io.paxgate.engine.synth;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One generated flight: who is on it and the bytes an airline would send for it.
 *
 * @param number    flight designator as in TDT, carrier included (e.g. J2028)
 * @param paxlst    one interchange: the passenger list, then the crew list
 * @param pnrgov    PNRGOV pushes for the flight; empty when the carrier sends none for it
 * @param typeB     true when every message of the flight is wrapped in a SITA Type B envelope
 * @param planted   travellers planted to be found, in the order of {@code people}
 */
public record SyntheticFlight(String carrier, String number, String from, String to, LocalDateTime departure,
                              LocalDateTime arrival, List<Person> people, byte[] paxlst, List<byte[]> pnrgov,
                              boolean typeB, List<PlantedHit> planted) {

    public long passengers() {
        return people.stream().filter(p -> !p.crew()).count();
    }

    public long crew() {
        return people.stream().filter(Person::crew).count();
    }
}
