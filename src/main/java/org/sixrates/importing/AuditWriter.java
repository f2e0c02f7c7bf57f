package org.sixrates.importing;

import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.importing.Batches.slot;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;

/**
 * Writes an audit event and its changed rows, in the transaction of the change itself: an
 * import or an edit that is rolled back leaves no audit row, and none is ever missing.
 * The changes go in JDBC batches, so auditing a file of 100 000 rows costs a hundred
 * round trips.
 */
final class AuditWriter {

	private final DSLContext dsl;

	AuditWriter(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The event's id, which is also the state of the data that
	 * {@code TallyRepository.version()} reads.
	 */
	long write(AuditEvent event, List<AuditChange> changes) {
		Long id = dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.HAPPENED_AT, event.at().atOffset(ZoneOffset.UTC))
			.set(AUDIT_EVENT.USERNAME, cut(event.user(), ImportLog.BY_LENGTH))
			.set(AUDIT_EVENT.ACTION, event.action())
			.set(AUDIT_EVENT.CONTENT, event.content().name())
			.set(AUDIT_EVENT.COMMITTEE, event.committee())
			.set(AUDIT_EVENT.FILE_NAME, event.fileName() == null ? null : cut(event.fileName(), ImportLog.NAME_LENGTH))
			.set(AUDIT_EVENT.SHA256, event.sha256())
			.set(AUDIT_EVENT.ROWS_ADDED, event.counts().added())
			.set(AUDIT_EVENT.ROWS_UPDATED, event.counts().updated())
			.returningResult(AUDIT_EVENT.ID)
			.fetchOne(AUDIT_EVENT.ID);
		Batches.execute(dsl, dsl
			.insertInto(AUDIT_CHANGE, AUDIT_CHANGE.EVENT_ID, AUDIT_CHANGE.ENTITY, AUDIT_CHANGE.COMMITTEE,
					AUDIT_CHANGE.ENTITY_KEY, AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
			.values(slot(AUDIT_CHANGE.EVENT_ID), slot(AUDIT_CHANGE.ENTITY), slot(AUDIT_CHANGE.COMMITTEE),
					slot(AUDIT_CHANGE.ENTITY_KEY), slot(AUDIT_CHANGE.BEFORE_VALUE), slot(AUDIT_CHANGE.AFTER_VALUE)),
				changes, change -> new Object[] { id, change.entity(), change.committee(), change.key(),
						change.before(), change.after() });
		return id;
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	/**
	 * What happened, by whom and from which file.
	 *
	 * @param action {@code IMPORT}, {@code CREATE} or {@code EDIT}
	 * @param committee the one committee concerned (a clerk's import, an edit), or
	 * {@code null}
	 * @param fileName the imported file's name, {@code null} for an edit
	 * @param sha256 the imported file's SHA-256, {@code null} for an edit
	 */
	record AuditEvent(Instant at, String user, String action, ImportContent content, String committee, String fileName,
			String sha256, Counts counts) {
	}

}
