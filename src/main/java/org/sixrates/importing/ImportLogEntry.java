package org.sixrates.importing;

import java.time.Instant;

/**
 * One file imported.
 *
 * @param id the entry's number, increasing with time
 * @param importedBy who imported it
 * @param importedAt when
 * @param fileName the file's name as given
 * @param content committees or records
 * @param sha256 SHA-256 of the file's bytes, lower-case hex
 * @param rowsAdded rows whose key was new
 * @param rowsUpdated rows whose key was known, changed or not
 */
public record ImportLogEntry(long id, String importedBy, Instant importedAt, String fileName, ImportContent content,
		String sha256, int rowsAdded, int rowsUpdated) {
}
