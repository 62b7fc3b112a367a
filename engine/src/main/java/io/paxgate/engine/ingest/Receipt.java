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
 * @param refusal    why the authenticated sender may not submit this (another airline's sender or
 *                   carrier): not journaled (HTTP 403); null when accepted
 */
public record Receipt(String id, int messages, int travellers, List<Problem> problems, boolean rejected, byte[] contrl,
                      String refusal) {

    public Receipt(String id, int messages, int travellers, List<Problem> problems, boolean rejected, byte[] contrl) {
        this(id, messages, travellers, problems, rejected, contrl, null);
    }

    public static Receipt refused(String why) {
        return new Receipt(null, 0, 0, List.of(), true, null, why);
    }
}
