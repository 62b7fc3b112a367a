package io.paxgate.engine.synth;

import java.time.LocalDate;

/**
 * A traveller the generator planted so that screening should flag them, as written in the
 * messages (spelling variant included), with what should find them.
 *
 * @param flight   flight designator, e.g. J2028
 * @param expected {@code list:<list name>:<entry id>}, {@code document:<document list name>} or
 *                 {@code rule:<rule id>}
 */
public record PlantedHit(String flight, String surname, String givenNames, LocalDate birthDate, String documentNumber,
                         String expected) {
}
