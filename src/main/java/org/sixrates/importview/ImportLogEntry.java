package org.sixrates.importview;

import java.time.OffsetDateTime;

/** One line of the import log: who imported which file, when, and what it changed. */
public record ImportLogEntry(long id, String importedBy, OffsetDateTime importedAt, String fileName, String content,
		String sha256, int rowsAdded, int rowsUpdated) {
}
