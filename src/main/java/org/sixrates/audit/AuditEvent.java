package org.sixrates.audit;

import java.time.Instant;

/**
 * What happened, by whom and from which file.
 *
 * @param committee the one committee concerned (a clerk's import, an edit), or
 * {@code null}
 * @param fileName the imported file's name, {@code null} for an edit
 * @param sha256 the imported file's SHA-256, {@code null} for an edit
 * @param added rows whose key was new
 * @param updated rows whose key was there before, changed or not
 * @param reason why the city office made the change: a move of a year's state, or a
 * correction in a closed year; {@code null} where none is asked for
 */
public record AuditEvent(Instant at, String user, Action action, Subject subject, String committee, String fileName,
		String sha256, int added, int updated, String reason) {

	public AuditEvent(Instant at, String user, Action action, Subject subject, String committee, String fileName,
			String sha256, int added, int updated) {
		this(at, user, action, subject, committee, fileName, sha256, added, updated, null);
	}

	/**
	 * What was done: names as in {@code audit_event.action}, labels
	 * {@code audit.action.*}.
	 */
	public enum Action {

		IMPORT, CREATE, EDIT, DELETE,

		/** A year moved from one state to another (DESIGN §7). */
		STATE,

		/** A year's closing date set or cleared. */
		CLOSING_DATE,

		/** An objection lodged against a publicized draft. */
		OBJECTION,

		/** The city office's answer to an objection. */
		ANSWER,

		/** Records or changes approved by the city office (DESIGN §8). */
		APPROVE,

		/** Records or changes returned to their clerk with a reason. */
		RETURN,

		/** An evidence file added to a record. */
		EVIDENCE_ADDED,

		/** An evidence file deleted from a record. */
		EVIDENCE_DELETED,

		/** A clerk's declaration that its committee's reporting of a year is complete. */
		REPORTED,

		/** The tally cube made again from the records (DESIGN §11). */
		CUBE_REBUILT

	}

	/**
	 * What it was done to: names as in {@code audit_event.content}, labels
	 * {@code import.content.*}.
	 */
	public enum Subject {

		COMMITTEES, RECORDS, YEARS

	}

}
