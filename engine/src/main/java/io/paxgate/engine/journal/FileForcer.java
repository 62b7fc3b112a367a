package io.paxgate.engine.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forces a journal file to disk. {@code FileChannel.force(false)} is fdatasync, which on Linux also
 * writes back the pages dirtied through the memory mapping (msync(MS_SYNC) is the same call
 * underneath). Used by one thread, the {@link GroupSyncer}'s.
 */
class FileForcer {

    private static final Logger LOG = LoggerFactory.getLogger(FileForcer.class);

    private final Path dir;
    /** The file forced last, kept open: a daily file sees thousands of forces. */
    private FileChannel channel;
    private Path channelFile;

    FileForcer(Path dir) {
        this.dir = dir;
    }

    void force(Path file) throws IOException {
        if (!file.equals(channelFile)) {
            close();
            channel = FileChannel.open(file, StandardOpenOption.READ);
            channelFile = file;
            forceDirectory();
        }
        channel.force(false);
    }

    /** A new file is a new directory entry: without this a power cut could lose the whole file. */
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every OS lets a directory be opened; Linux does
            LOG.debug("cannot force directory {}: {}", dir, e.toString());
        }
    }

    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing {}: {}", channelFile, e.toString());
            }
            channel = null;
            channelFile = null;
        }
    }
}
