package io.paxgate.parsers.typeb;

/**
 * Recognises a SITA/ARINC Type B envelope in the bytes in front of an EDIFACT interchange: an
 * optional SOH, the priority and address line ({@code QU GYDAPXH FRAKLLH}), the origin line
 * ({@code .FRAAPLH 141215}), optional STX, and end-of-message markers after it (ETX, NNNN).
 * The hard-wrapped text itself needs no unwrapping here: the lexer drops line breaks inside
 * segments.
 */
public final class TypeBEnvelope {
    private TypeBEnvelope() {
    }

    /**
     * Describes the Type B heading in {@code b[from, to)}, or returns null when the bytes are
     * not one.
     */
    public static String describeHeading(byte[] b, int from, int to) {
        String text = printable(b, from, to);
        String[] lines = text.split("\n");
        int i = 0;
        // the end marker of the Type B message before this one (NNNN, =END) comes first when
        // messages are sent back to back
        while (i < lines.length && (lines[i].isBlank() || isEndMarker(lines[i].trim()))) {
            i++;
        }
        if (i >= lines.length) {
            return null;
        }
        String first = lines[i].trim();
        String priority;
        String addresses;
        if (first.startsWith("=HEADER") || first.startsWith("=PRIORITY")) {
            return "IATA Type B message with '=' field markers";
        }
        if (first.matches("[A-Z]{2}( +[A-Z0-9]{7})+")) {
            priority = first.substring(0, 2);
            addresses = first.substring(3).trim();
        } else {
            return null;
        }
        String origin = null;
        for (int k = i + 1; k < lines.length; k++) {
            String l = lines[k].trim();
            if (l.startsWith(".")) {
                origin = l.substring(1).trim();
                break;
            }
            if (!l.matches("([A-Z0-9]{7} *)+")) { // continuation of the address line
                break;
            }
        }
        if (origin == null) {
            return null;
        }
        return "Type B envelope removed (priority " + priority + ", to " + addresses + ", from " + origin + ")";
    }

    private static boolean isEndMarker(String line) {
        return line.equals("NNNN") || line.equals("=END");
    }

    /** True when {@code b[from, to)} holds only white space, control characters and Type B end markers. */
    public static boolean isTrailer(byte[] b, int from, int to) {
        String text = printable(b, from, to).replace("NNNN", "").replace("=END", "").trim();
        return text.isEmpty();
    }

    private static String printable(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, Math.min(to - from, 512)));
        for (int i = from; i < to && sb.length() < 4096; i++) {
            int c = b[i] & 0xFF;
            if (c == '\r') {
                continue;
            }
            if (c == 0x01 || c == 0x02 || c == 0x03) { // SOH, STX, ETX
                sb.append('\n');
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
