package org.sixrates.demo;

import java.time.LocalDate;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * One row of the demo {@code records.csv}. A {@code null} is written as an empty cell,
 * which DESIGN §2 reads as the field's default (level NONE, status FILED, not converted,
 * quantity 0).
 *
 * @param level {@code null} for activities and evaluations, where no level applies
 * @param status {@code null} except for proposals and social-opinion reports
 * @param converted {@code null} except for the five kinds of suggestion
 * @param quantity {@code null} except for activities (members taking part)
 * @param scoreTenths {@code null} except for evaluations: the score in tenths of a point
 */
public record DemoRecord(String id, String committee, int year, Kind kind, String subtype, String title, LocalDate date,
		Level level, Status status, Boolean converted, Satisfaction satisfaction, Integer quantity,
		Integer scoreTenths) {

	/** The score as written, one decimal ({@code 87.5}), or {@code null}. */
	public String scoreText() {
		return (scoreTenths != null) ? (scoreTenths / 10) + "." + (scoreTenths % 10) : null;
	}

}
