package org.sixrates.audit;

/**
 * One row an import or an edit added or changed, as the audit trail keeps it.
 *
 * @param entity {@code RECORD} or {@code COMMITTEE_YEAR}
 * @param committee the committee's code
 * @param key the record's id, or the committee year
 * @param before the row's fields as JSON before the change, {@code null} for a row added
 * @param after the row's fields as JSON after the change, {@code null} for a row deleted
 */
public record AuditChange(String entity, String committee, String key, String before, String after) {

	public static final String RECORD = "RECORD";

	public static final String COMMITTEE_YEAR = "COMMITTEE_YEAR";

	/** An assessment year's state and dates. */
	public static final String YEAR = "YEAR";

	/** An objection and its answer. */
	public static final String OBJECTION = "OBJECTION";

	/** A clerk's change to an approved record, waiting for review beside it. */
	public static final String RECORD_CHANGE = "RECORD_CHANGE";

	/** An evidence file on a record (key: record id / SHA-256). */
	public static final String EVIDENCE = "EVIDENCE";

	/** A clerk's declaration that its committee's reporting of a year is complete. */
	public static final String REPORTING = "REPORTING";

}
