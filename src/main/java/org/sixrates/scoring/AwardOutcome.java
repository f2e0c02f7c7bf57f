package org.sixrates.scoring;

import org.sixrates.vocabulary.Localizable;

/**
 * Whether a committee won an award in a year, and why (DESIGN §4): eligible when
 * {@code score ≥ min_score − 1e-9}, no non-excluded rate below its veto floor
 * ({@code r < floor − 1e-9}) and, for a consecutive award, the named award won in this
 * year and each of the years before that it requires; the eligible are ranked among
 * themselves and those with rank ≤ {@code top} win (no top: all eligible win).
 *
 * @param rank the rank among the eligible, {@code null} when not eligible
 * @param eligibleCount how many committees were eligible that year
 * @param reason in the reader's language (message keys {@code award.*}), e.g. 符合条件的 5
 * 个单位中排第 2 名 / {@code rank 2 of 5 eligible}, or 办结率 40.00% 低于否决线 50.00% /
 * {@code completion 40.00% below the veto
 * floor 50.00%}; every reason a committee is not eligible is listed
 */
public record AwardOutcome(String awardId, boolean won, boolean eligible, Integer rank, int eligibleCount,
		Localizable reason) {

	/**
	 * The veto test of DESIGN §4: whether a rate {@code r} is below a floor, as
	 * {@code r < floor − 1e-9} so that a rate equal to its floor in exact arithmetic is
	 * not vetoed for a last bit of floating point.
	 */
	public static boolean belowFloor(double rate, double floor) {
		return rate < floor - CompetitionRanks.EPSILON;
	}

}
