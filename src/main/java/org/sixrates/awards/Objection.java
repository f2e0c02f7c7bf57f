package org.sixrates.awards;

import java.time.Instant;

import org.sixrates.vocabulary.Term;

/**
 * An objection (异议) a clerk lodged against the publicized draft about its own committee,
 * and the city office's answer.
 *
 * @param version the draft snapshot it was lodged against
 * @param rate the rate it concerns, or {@code null}
 * @param records the record ids it names, comma separated, or {@code null}
 * @param decision {@code UPHELD} (采纳), {@code DISMISSED} (不予采纳), or {@code null} while
 * unanswered
 */
public record Objection(long id, int year, String committee, int version, String rate, String records, String text,
		String lodgedBy, Instant lodgedAt, Decision decision, String reply, String answeredBy, Instant answeredAt) {

	/** The office's answer; labels {@code objection.decision.*}. */
	public enum Decision implements Term {

		UPHELD, DISMISSED;

		@Override
		public String labelKey() {
			return "objection.decision." + name();
		}

	}

	public boolean answered() {
		return decision != null;
	}

}
