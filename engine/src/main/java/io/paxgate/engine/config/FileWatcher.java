package io.paxgate.engine.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action when watched files change: the watchlists, document lists and rule files, so an
 * analyst's saved edit is in force without a restart. Changes are gathered until the files have
 * been quiet for {@code quiet} (an editor writes a file in several steps), then the action runs
 * once on this watcher's thread. Only the named files count (and every file of a watched
 * directory, for the rules).
 */
public final class FileWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FileWatcher.class);

    private final WatchService service;
    private final Map<Path, Set<String>> watched = new HashMap<>();
    private final Thread thread;

    /**
     * @param files       files whose change triggers the action
     * @param directories directories any of whose files' change triggers it
     */
    public FileWatcher(Set<Path> files, Set<Path> directories, Duration quiet, Runnable action) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            watched.computeIfAbsent(abs.getParent(), d -> new HashSet<>()).add(abs.getFileName().toString());
        }
        for (Path d : directories) {
            watched.put(d.toAbsolutePath().normalize(), null);
        }
        for (Path dir : watched.keySet()) {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        thread = new Thread(() -> loop(quiet, action), "paxgate-file-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Duration quiet, Runnable action) {
        boolean pending = false;
        try {
            while (true) {
                WatchKey key = pending ? service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) : service.take();
                if (key == null) {
                    pending = false;
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        LOG.error("reload after a file change failed: {}", e.toString());
                    }
                    continue;
                }
                Path dir = (Path) key.watchable();
                Set<String> names = watched.get(dir);
                for (WatchEvent<?> ev : key.pollEvents()) {
                    if (ev.context() instanceof Path p && (names == null || names.contains(p.getFileName().toString()))) {
                        pending = true;
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("closing the file watcher: {}", e.toString());
        }
        thread.interrupt();
    }
}
