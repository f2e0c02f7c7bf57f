package org.sixrates.audit;

import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.system.Batches.slot;

import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.sixrates.system.Batches;
import org.sixrates.vocabulary.Texts;

/**
 * Writes an audit event and its changed rows, in the transaction of the change itself: an
 * import or an edit that is rolled back leaves no audit row, and none is ever missing.
 * The changes go in JDBC batches, so auditing a file of 100 000 rows costs a hundred
 * round trips.
 */
public final class AuditTrail {

	/** The length of {@code audit_event.username}. */
	public static final int USER_LENGTH = 100;

	/** The length of {@code audit_event.file_name}. */
	public static final int FILE_NAME_LENGTH = 255;

	/** The length of {@code audit_event.reason}. */
	public static final int REASON_LENGTH = 2000;

	private final DSLContext dsl;

	/**
	 * @param dsl the transaction's own
	 */
	public AuditTrail(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void write(AuditEvent event, List<AuditChange> changes) {
		add(open(event), changes);
	}

	/**
	 * Writes {@code event}, whose changes follow with {@link #add} (a large import, a
	 * batch at a time) and whose counts {@link #counted} sets once they are known.
	 * @return the event's id
	 */
	public long open(AuditEvent event) {
		return dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.HAPPENED_AT, event.at().atOffset(ZoneOffset.UTC))
			.set(AUDIT_EVENT.USERNAME, Texts.cut(event.user(), USER_LENGTH))
			.set(AUDIT_EVENT.ACTION, event.action().name())
			.set(AUDIT_EVENT.CONTENT, event.subject().name())
			.set(AUDIT_EVENT.COMMITTEE, event.committee())
			.set(AUDIT_EVENT.FILE_NAME, Texts.cut(event.fileName(), FILE_NAME_LENGTH))
			.set(AUDIT_EVENT.SHA256, event.sha256())
			.set(AUDIT_EVENT.ROWS_ADDED, event.added())
			.set(AUDIT_EVENT.ROWS_UPDATED, event.updated())
			.set(AUDIT_EVENT.REASON, Texts.cut(event.reason(), REASON_LENGTH))
			.returningResult(AUDIT_EVENT.ID)
			.fetchOne(AUDIT_EVENT.ID);
	}

	/** Sets the rows the event added and updated. */
	public void counted(long id, int added, int updated) {
		dsl.update(AUDIT_EVENT)
			.set(AUDIT_EVENT.ROWS_ADDED, added)
			.set(AUDIT_EVENT.ROWS_UPDATED, updated)
			.where(AUDIT_EVENT.ID.eq(id))
			.execute();
	}

	/** Adds {@code changes} to the event {@code id}. */
	public void add(long id, List<AuditChange> changes) {
		Batches.execute(dsl, dsl
			.insertInto(AUDIT_CHANGE, AUDIT_CHANGE.EVENT_ID, AUDIT_CHANGE.ENTITY, AUDIT_CHANGE.COMMITTEE,
					AUDIT_CHANGE.ENTITY_KEY, AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
			.values(slot(AUDIT_CHANGE.EVENT_ID), slot(AUDIT_CHANGE.ENTITY), slot(AUDIT_CHANGE.COMMITTEE),
					slot(AUDIT_CHANGE.ENTITY_KEY), slot(AUDIT_CHANGE.BEFORE_VALUE), slot(AUDIT_CHANGE.AFTER_VALUE)),
				changes, change -> new Object[] { id, change.entity(), change.committee(), change.key(),
						change.before(), change.after() });
	}

}
