package org.sixrates.years;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment year's state and dates.
 *
 * @param closesOn the closing date (填报截止) set ahead, or {@code null}
 * @param publicizedFrom the first day of the publicity (公示), or {@code null}
 * @param publicizedUntil the last day of the publicity, or {@code null}
 * @param changedAt when the state last moved, {@code null} if never
 * @param changedBy who moved it last, {@code null} if never
 */
public record AssessmentYear(int year, YearState state, LocalDate closesOn, LocalDate publicizedFrom,
		LocalDate publicizedUntil, Instant changedAt, String changedBy) {

	/** A year with committees whose state never moved. */
	public static AssessmentYear open(int year) {
		return new AssessmentYear(year, YearState.OPEN, null, null, null, null, null);
	}

}
