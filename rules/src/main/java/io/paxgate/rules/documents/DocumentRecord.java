package io.paxgate.rules.documents;

import java.util.Locale;

/**
 * A listed document: why it is listed, by which list, and where an officer reads more.
 *
 * @param key             the normalised document (type {@link DocumentKey#ANY_TYPE} when the list gives none)
 * @param reason          lost, stolen, revoked ...
 * @param list            the document list's name in config
 * @param sourceReference the list's own reference for the record, or null
 */
public record DocumentRecord(DocumentKey key, Reason reason, String list, String sourceReference) {

    /** Why a document is listed; stored as one byte (the ordinal: append only, never reorder). */
    public enum Reason {
        LOST, STOLEN, STOLEN_BLANK, REVOKED, INVALID, CANCELLED, OTHER;

        private static final Reason[] BY_CODE = values();

        byte code() {
            return (byte) ordinal();
        }

        static Reason ofCode(byte b) {
            return b >= 0 && b < BY_CODE.length ? BY_CODE[b] : OTHER;
        }

        /**
         * Reads the words lists use (case-insensitive): lost, stolen, stolen blank, revoked,
         * invalid / invalidated, cancelled, other.
         *
         * @throws IllegalArgumentException for anything else
         */
        public static Reason parse(String s) {
            String t = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            return switch (t) {
                case "LOST" -> LOST;
                case "STOLEN" -> STOLEN;
                case "STOLEN_BLANK", "BLANK" -> STOLEN_BLANK;
                case "REVOKED" -> REVOKED;
                case "INVALID", "INVALIDATED" -> INVALID;
                case "CANCELLED", "CANCELED" -> CANCELLED;
                case "OTHER" -> OTHER;
                default -> throw new IllegalArgumentException("'" + s
                        + "' is not a reason; write lost, stolen, stolen blank, revoked, invalid, cancelled or other");
            };
        }
    }
}
