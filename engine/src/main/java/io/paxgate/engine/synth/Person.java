package io.paxgate.engine.synth;

import java.time.LocalDate;

/**
 * One synthetic traveller as the generator made them, before encoding: what the PAXLST (and, for
 * a passenger on a flight with a PNR push, the PNRGOV) says about them. All names are synthetic.
 *
 * @param crewRole     null for a passenger; CR1 (flight deck) .. CR3 (cabin) for crew
 * @param documentType ICAO document code (P passport, I identity card); null when the traveller has none
 * @param visaNumber   null when no visa or residence permit is carried
 * @param bookingRef   record locator; null for crew
 * @param seat         e.g. 14C; null for crew
 */
public record Person(String surname, String givenNames, char sex, LocalDate birthDate, String nationality,
                     String residence, String crewRole, String documentType, String documentNumber,
                     String documentCountry, LocalDate documentExpiry, String visaNumber, String visaCountry,
                     LocalDate visaExpiry, String embarkation, String debarkation, String bookingRef, String seat,
                     int bags, int bagKg) {

    public boolean crew() {
        return crewRole != null;
    }
}
