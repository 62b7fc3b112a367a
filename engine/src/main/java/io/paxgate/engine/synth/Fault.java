package io.paxgate.engine.synth;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The faults real carriers' systems put into EDIFACT now and then, applied to a good interchange
 * (before any Type B wrapping). Each leaves something the codec must report as a problem.
 */
enum Fault {
    /** UNT counts segments that are not there (a message edited after it was counted). */
    SEGMENT_COUNT("wrong segment count in UNT"),
    /** A date that is no date: month 13 (a day-month swap in the sender's formatter). */
    BAD_DATE("month 13 in a date"),
    /** The mandatory BGM (PAXLST) or MSG (PNRGOV) left out. */
    MISSING_SEGMENT("mandatory segment missing"),
    /** Bytes from a line or a terminal between two segments. */
    STRAY_CHARACTERS("stray characters between segments"),
    /** The interchange cut off part way, without its UNZ (a dropped connection). */
    TRUNCATED("interchange truncated");

    private final String description;

    Fault(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The interchange with this fault; {@code r} picks where. */
    byte[] apply(byte[] interchange, SplittableRandom r) {
        String s = new String(interchange, StandardCharsets.ISO_8859_1);
        String out = switch (this) {
            case SEGMENT_COUNT -> {
                int unt = s.indexOf("UNT+");
                int end = s.indexOf('+', unt + 4);
                int n = Integer.parseInt(s.substring(unt + 4, end));
                yield s.substring(0, unt + 4) + (n + 1 + r.nextInt(3)) + s.substring(end);
            }
            case BAD_DATE -> {
                // DTM+329:YYMMDD (PAXLST birth date) or DAT+700:DDMMYY (PNRGOV last transaction): MM is at +2
                int at = s.indexOf("DTM+329:");
                at = at >= 0 ? at : s.indexOf("DAT+700:");
                int month = at + 8 + 2;
                yield s.substring(0, month) + "13" + s.substring(month + 2);
            }
            case MISSING_SEGMENT -> {
                int at = s.indexOf("BGM+");
                at = at >= 0 ? at : s.indexOf("MSG+");
                int end = s.indexOf('\'', at) + 1;
                if (end < s.length() && s.charAt(end) == '\n') {
                    end++;
                }
                yield s.substring(0, at) + s.substring(end);
            }
            case STRAY_CHARACTERS -> {
                int at = nthTerminator(s, 3 + r.nextInt(4)) + 1;
                yield s.substring(0, at) + "~#\u0007" + s.substring(at);
            }
            case TRUNCATED -> s.substring(0, s.length() * (40 + r.nextInt(40)) / 100);
        };
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Index of the {@code n}th segment terminator after the UNA string. */
    private static int nthTerminator(String s, int n) {
        int at = s.indexOf('\'', SegmentWriter.UNA.length());
        for (int i = 1; i < n && at >= 0; i++) {
            at = s.indexOf('\'', at + 1);
        }
        return at < 0 ? s.length() - 1 : at;
    }
}
