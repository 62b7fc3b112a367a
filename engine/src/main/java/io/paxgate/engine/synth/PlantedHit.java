package io.paxgate.engine.synth;

import java.time.LocalDate;

/**
 * A traveller the generator planted so that screening should flag them, as written in the
 * messages (spelling variant included), with what should find them.
 *
 * @param flight   flight designator, e.g. J2028
 * @param expected {@code list:<list name>:<entry id>}, {@code document:<document list name>} or
 *                 {@code rule:<rule id>}
 * @param variant  how the name differs from the list's spelling ("as generated" for document and rule plants)
 * @param message  index in {@link SyntheticFlight#messages()} of the message that should raise the hit:
 *                 the passenger list part holding the traveller, or the PNR push for a PNR rule
 */
public record PlantedHit(String flight, String surname, String givenNames, LocalDate birthDate, String documentNumber,
                         String expected, String variant, int message) {
}
