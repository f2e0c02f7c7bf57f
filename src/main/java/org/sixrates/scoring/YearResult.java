package org.sixrates.scoring;

import java.util.List;

/**
 * The assessment of one year.
 *
 * @param rates per rate in rules order, the weight used and the city mean
 * @param committees ordered by rank, then code
 */
public record YearResult(int year, List<RateSummary> rates, List<CommitteeResult> committees) {

	public YearResult {
		rates = List.copyOf(rates);
		committees = List.copyOf(committees);
	}

}
