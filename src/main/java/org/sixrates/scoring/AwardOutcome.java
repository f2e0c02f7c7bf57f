package org.sixrates.scoring;

/**
 * Whether a committee won an award in a year, and why (DESIGN §4): eligible when
 * {@code score ≥ min_score − 1e-9}, no non-excluded rate below its veto floor
 * ({@code r < floor − 1e-9}) and, for a consecutive award, the named award won in this year and
 * each of the years before that it requires; the eligible are ranked among themselves and those
 * with rank ≤ {@code top} win (no top: all eligible win).
 *
 * @param rank the rank among the eligible, {@code null} when not eligible
 * @param eligibleCount how many committees were eligible that year
 * @param reason in English, e.g. {@code rank 2 of 5 eligible} or
 * {@code completion 40.00% below the veto floor 50.00%}
 */
public record AwardOutcome(String awardId, boolean won, boolean eligible, Integer rank, int eligibleCount,
		String reason) {
}
