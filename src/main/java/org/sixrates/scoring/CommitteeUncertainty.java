package org.sixrates.scoring;

import java.util.Map;

/**
 * One committee's ranks over the replications of {@link RankUncertainty}: the median, 5th
 * and 95th percentile ranks by nearest rank (the p-th is the smallest r with
 * {@code #(rank ≤ r) ≥ ⌈p·N⌉}).
 *
 * @param nominalRank its rank in the year's result
 * @param awardShares award id → the share of replications in which it won the award, in
 * rules order
 * @param gradeShares grade id → the share of replications in which it got the grade,
 * highest first; a replication in which it reached no grade counts in none
 */
public record CommitteeUncertainty(String committee, int nominalRank, int medianRank, int p5Rank, int p95Rank,
		Map<String, Double> awardShares, Map<String, Double> gradeShares) {

	public CommitteeUncertainty {
		awardShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(awardShares));
		gradeShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gradeShares));
	}

}
