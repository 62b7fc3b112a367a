package io.paxgate.rules.documents;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a document list reload did.
 *
 * @param version   the version now in force (1 for the first load)
 * @param documents distinct documents (issuing country + number) in the new version
 * @param added     documents in the new version and not the previous one
 * @param removed   documents in the previous version and not the new one
 * @param file      the new map file
 * @param fileBytes its size on disk
 */
public record DocumentReloadResult(String list, long version, long documents, long added, long removed,
                                   Duration elapsed, Path file, long fileBytes) {
}
