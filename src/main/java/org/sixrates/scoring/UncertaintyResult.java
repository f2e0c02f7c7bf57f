package org.sixrates.scoring;

import java.util.List;

/**
 * The Monte Carlo uncertainty of a year's ranks (see {@link RankUncertainty}).
 *
 * @param n the number of replications
 * @param spread s: each weight was multiplied by a factor in [1 − s, 1 + s]
 * @param committees in the year's rank order
 */
public record UncertaintyResult(int n, double spread, long seed, List<CommitteeUncertainty> committees) {

	public UncertaintyResult {
		committees = List.copyOf(committees);
	}

}
