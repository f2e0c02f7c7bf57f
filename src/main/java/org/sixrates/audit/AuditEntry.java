package org.sixrates.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit event as the page shows it.
 *
 * @param committee the committee of a clerk's import or of an edit, or {@code null}
 * @param fileName the imported file, {@code null} for an edit
 * @param changes the first changed rows of the event, at most
 * {@link AuditQueries#CHANGES_SHOWN}
 * @param changeCount every changed row of the event
 * @param reason the city office's reason (a move of a year, a correction in a closed
 * year), or {@code null}
 */
public record AuditEntry(long id, Instant at, String user, String action, String content, String committee,
		String fileName, String sha256, int added, int updated, List<Change> changes, int changeCount, String reason) {

	/**
	 * Whether the event is an import of records whose added records are not itemized:
	 * they are the rows of its file, which {@link #sha256} names.
	 */
	public boolean additionsInFile() {
		return fileName != null && added > 0 && AuditEvent.Subject.RECORDS.name().equals(content);
	}

	/**
	 * A row added, changed or removed.
	 *
	 * @param fields every field of the row, in column order
	 */
	public record Change(String entity, String committee, String key, boolean added, boolean removed,
			List<FieldChange> fields) {

		/** Only the fields whose value changed: what an update is about. */
		public List<FieldChange> changed() {
			return fields.stream().filter(FieldChange::changed).toList();
		}

	}

	/** One field before and after; {@code before} is {@code null} for a row added. */
	public record FieldChange(String field, String before, String after, boolean changed) {
	}

}
