package io.paxgate.engine.server;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reading answers off a plain socket in tests. */
final class SocketReads {
    private SocketReads() {
    }

    /** Reads until {@code marker} has been seen {@code times} times, or the end of the stream. */
    static String readUntil(InputStream in, String marker, int times) throws Exception {
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[8192];
        int seen = 0;
        int from = 0;
        while (seen < times) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            sb.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            for (int at = sb.indexOf(marker, from); at >= 0; at = sb.indexOf(marker, from)) {
                seen++;
                from = at + marker.length();
            }
        }
        return sb.toString();
    }
}
