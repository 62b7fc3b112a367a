package io.paxgate.engine.ingest;

import io.paxgate.parsers.problem.Problem;

import java.util.List;

/**
 * The answer to one accepted input.
 *
 * @param id         the journal index of the input, as a string (what the airline quotes)
 * @param messages   messages decoded
 * @param travellers travellers decoded
 * @param problems   what was wrong, with positions
 * @param rejected   nothing usable could be decoded (HTTP 400; still journaled)
 * @param contrl     the CONTRL acknowledgement for the interchange (EDIFACT bytes), or null when
 *                   the input was not EDIFACT (PNRGOV XML)
 */
public record Receipt(String id, int messages, int travellers, List<Problem> problems, boolean rejected, byte[] contrl) {
}
