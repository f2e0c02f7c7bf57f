package org.sixrates.scoring;

import org.sixrates.rules.Label;

/**
 * Whether a committee won an award in a year, and why (DESIGN §4): eligible when
 * {@code score ≥ min_score − 1e-9}, no non-excluded rate below its veto floor
 * ({@code r < floor − 1e-9}) and, for a consecutive award, the named award won in this
 * year and each of the years before that it requires; the eligible are ranked among
 * themselves and those with rank ≤ {@code top} win (no top: all eligible win).
 *
 * @param rank the rank among the eligible, {@code null} when not eligible
 * @param eligibleCount how many committees were eligible that year
 * @param reason in Chinese and English, e.g. {@code 符合条件的5个单位中排第2名} /
 * {@code rank 2 of 5 eligible}, or {@code 办结率40.00%低于否决线50.00%} /
 * {@code completion 40.00% below the veto floor 50.00%}; every reason a committee is not
 * eligible is listed
 */
public record AwardOutcome(String awardId, boolean won, boolean eligible, Integer rank, int eligibleCount,
		Label reason) {
}
