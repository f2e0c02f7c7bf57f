package org.sixrates.ranking;

import org.sixrates.vocabulary.Named;
import java.util.List;

/**
 * One committee in a year's ranking.
 *
 * @param rates the rates (fractions) in column order; {@code null} where excluded
 * @param grade {@code null} when the scheme has no grade the score reaches
 * @param previousRank the rank the year before, {@code null} if not assessed then
 * @param previousScore the score the year before, {@code null} if not assessed then
 * @param vetoes the rates below an award's veto floor, in the scheme's order of awards
 */
public record RankingRow(int rank, String code, String name, List<Double> rates, double score, Named grade,
		List<Named> awards, Integer previousRank, Double previousScore, List<RateVeto> vetoes) {

	public RankingRow(int rank, String code, String name, List<Double> rates, double score, Named grade,
			List<Named> awards, Integer previousRank, Double previousScore) {
		this(rank, code, name, rates, score, grade, awards, previousRank, previousScore, List.of());
	}

	/** The vetoes on the rate {@code rateId}, none when it is above every floor. */
	public List<RateVeto> vetoesOf(String rateId) {
		return vetoes.stream().filter(veto -> veto.rate().id().equals(rateId)).toList();
	}

	/**
	 * Places gained since last year (positive is better), {@code null} without a last
	 * year.
	 */
	public Integer rankChange() {
		return (previousRank == null) ? null : previousRank - rank;
	}

	/** Score change since last year, {@code null} without a last year. */
	public Double scoreChange() {
		return (previousScore == null) ? null : score - previousScore;
	}

}
