package io.paxgate.engine.synth;

import java.time.Instant;

/**
 * One interactive API check-in: a PAXLST interchange with one to three travellers of a flight,
 * as {@code POST /v1/iapi} takes it.
 *
 * @param flight flight designator, e.g. J2072
 * @param sentAt when the check-in desk sends it (UTC)
 */
public record IapiRequest(String flight, byte[] bytes, Instant sentAt) {
}
