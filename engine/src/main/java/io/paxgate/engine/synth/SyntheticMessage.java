package io.paxgate.engine.synth;

import java.time.Instant;

/**
 * One interchange (or PNRGOV XML document) a carrier sends, as the bytes on the wire.
 *
 * @param sentAt when the carrier sends it (UTC): PNR pushes a day ahead, crew and passenger lists
 *               before departure, a faulty copy just before the corrected one
 */
public record SyntheticMessage(Kind kind, byte[] bytes, Instant sentAt) {

    /** What the message is; the name is how files of it are called ({@code 000012-J2072-paxlst.edi}). */
    public enum Kind {
        /** A passenger list (BGM+745), or one part of it. */
        PAXLST("paxlst"),
        /** A crew list (BGM+250). */
        CREW("crew"),
        /** A PNRGOV push, EDIFACT or XML. */
        PNRGOV("pnrgov"),
        /** A copy of one of the flight's messages with a fault the codec must report. */
        FAULT("fault");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** True for PNRGOV XML, false for EDIFACT (Type B wrapped or not). */
    public boolean xml() {
        return bytes.length > 0 && bytes[0] == '<';
    }

    public String extension() {
        return xml() ? "xml" : "edi";
    }
}
