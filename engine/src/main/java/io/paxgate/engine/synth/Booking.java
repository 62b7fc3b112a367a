package io.paxgate.engine.synth;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One PNR behind some passengers of a flight: what the PNRGOV push says beyond the manifest.
 *
 * @param agencyIata   null for a booking made directly with the airline
 * @param ticketed     ticket issue time; null for an unticketed booking
 * @param payer        null when no payer is named (the traveller paid)
 * @param returnAt     departure of the return flight; null for a one-way booking
 * @param emailDomain  contact e-mail domain of the booking
 * @param frequentFlyer frequent flyer number of the first traveller; null when none
 * @param seatChanges  seat changes in the PNR history (each an ABI/SAC block)
 */
record Booking(String locator, List<Person> travellers, LocalDateTime created, LocalDateTime ticketed, boolean cash,
               String agencyIata, String agencyOffice, String agencyCity, String payer, LocalDateTime returnAt,
               String emailDomain, int fare, String frequentFlyer, int seatChanges) {
}
