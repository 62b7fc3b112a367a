package io.paxgate.engine.cli;

import io.paxgate.engine.config.EngineConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServeCommandTest {
    private static final EngineConfig SHIPPED = EngineConfig.load(Path.of("..", "config", "paxgate.yaml"));

    @Test
    void dataPutsTheBoardBesideTheJournalAndBoardDirPutsItElsewhere() {
        Path data = Path.of("/srv/paxgate");
        EngineConfig c = ServeCommand.overrides(SHIPPED, data, null, null, null);
        assertEquals(data.resolve("journal"), c.journalDir());
        assertEquals(data.resolve("board"), c.boardDir());
        Path shm = Path.of("/dev/shm/paxgate-board");
        c = ServeCommand.overrides(SHIPPED, data, shm, 0, 0);
        assertEquals(shm, c.boardDir(), "--board-dir wins over --data");
        assertEquals(data.resolve("journal"), c.journalDir(), "the journal stays under --data");
        assertEquals(0, c.httpPort());
        assertEquals(shm, ServeCommand.overrides(SHIPPED, null, shm, null, null).boardDir());
    }
}
