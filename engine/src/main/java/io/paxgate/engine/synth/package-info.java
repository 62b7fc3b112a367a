/**
 * Synthetic traffic: a reproducible day of API/PNR messages into Baku (GYD), Ganja (KVD) and
 * Nakhchivan (NAJ), with planted travellers that screening should flag. All names are synthetic.
 *
 * <pre>{@code
 * Plants plants = Plants.fromConfig(Path.of("config"));      // or Plants.none()
 * TrafficGenerator.Day day = new TrafficGenerator(seed, plants, faultShare).day(date, 40, iapiRequests);
 * for (SyntheticFlight f : day.flights()) {
 *     f.messages().forEach(m -> send(m.bytes()));             // PNR push, crew list, passenger list parts, in send order
 * }
 * // f.planted(): who should be flagged, and by what ("list:un-sc:QDi.393", "document:sltd", "rule:PNR-001")
 * TrafficDirectory.write(dir, day, seed, date, commandLine);  // the files of ./paxgate synth, planted.json beside
 * }</pre>
 *
 * <ul>
 * <li>{@link io.paxgate.engine.synth.TrafficGenerator}: the schedule (routes of {@code Route}),
 * people per flight (bookings of one to six, names by {@code Culture} with weights, documents,
 * visas for those who need one, seats, bags, crew) and the plants placed on flights that can carry
 * them.</li>
 * <li>{@code PaxlstEncoder}: a passenger list (in parts for a big flight) or a crew list, one
 * interchange each, D:05B or D:12B with UNG; {@code PnrgovEncoder} / {@code PnrgovXmlEncoder}: a
 * PNRGOV 13.1 full push of the flight's bookings, EDIFACT or XML; {@code TypeBWrapper}: the SITA
 * Type B envelope a share of flights travel in; {@code Fault}: what a faulty first send gets wrong.</li>
 * <li>{@link io.paxgate.engine.synth.TrafficDirectory}: a day as files; {@link
 * io.paxgate.engine.synth.PlantedManifest} and {@link io.paxgate.engine.synth.PlantedRecall}: the
 * planted.json beside it and recall scored against it.</li>
 * <li>{@link io.paxgate.engine.synth.Plants}: listed people, lost/stolen documents and rules taken
 * from a config; {@code Variants}: the spellings listed people are planted under.</li>
 * </ul>
 */
package io.paxgate.engine.synth;
