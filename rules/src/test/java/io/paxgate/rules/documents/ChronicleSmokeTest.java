package io.paxgate.rules.documents;

import net.openhft.chronicle.map.ChronicleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.*;

class ChronicleSmokeTest {
    @Test
    void smoke(@TempDir Path dir) throws Exception {
        try (ChronicleMap<byte[], byte[]> m = ChronicleMap.of(byte[].class, byte[].class)
                .entries(1000).averageKeySize(12).averageValueSize(3)
                .createPersistedTo(dir.resolve("x.cmap").toFile())) {
            m.put("AZEC1234".getBytes(), new byte[]{1, 2, 3});
            assertArrayEquals(new byte[]{1, 2, 3}, m.get("AZEC1234".getBytes()));
        }
        System.out.println("java " + System.getProperty("java.version") + " ok");
    }
}
