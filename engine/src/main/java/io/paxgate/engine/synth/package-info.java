/**
 * Synthetic traffic: a reproducible day of API/PNR messages into Baku (GYD), Ganja (KVD) and
 * Nakhchivan (NAJ), with planted travellers that screening should flag. All names are synthetic.
 *
 * <pre>{@code
 * Plants plants = Plants.fromConfig(Path.of("config"));      // or Plants.none()
 * for (SyntheticFlight f : new TrafficGenerator(seed, plants).day(date, 40)) {
 *     send(f.paxlst());                                       // one interchange per flight
 *     f.pnrgov().forEach(this::send);                         // for the flights whose carrier pushes PNRs
 * }
 * // f.planted(): who should be flagged, and by what ("list:un-sc:QDi.393", "document:sltd", "rule:PNR-001")
 * }</pre>
 *
 * <ul>
 * <li>{@link io.paxgate.engine.synth.TrafficGenerator}: the schedule (routes of {@code Route}),
 * people per flight (bookings of one to six, names by {@code Culture} with weights, documents,
 * visas for those who need one, seats, bags, crew) and the plants placed on flights that can carry
 * them.</li>
 * <li>{@code PaxlstEncoder}: passenger list and crew list in one interchange, D:05B or D:12B
 * with UNG; {@code PnrgovEncoder}: a PNRGOV 13.1 full push of the flight's bookings;
 * {@code TypeBWrapper}: the SITA Type B envelope a share of flights travel in.</li>
 * <li>{@link io.paxgate.engine.synth.Plants}: listed people, lost/stolen documents and rules taken
 * from a config; {@code Variants}: the spellings listed people are planted under.</li>
 * </ul>
 */
package io.paxgate.engine.synth;
