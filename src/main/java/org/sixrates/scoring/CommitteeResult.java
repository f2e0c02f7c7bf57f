package org.sixrates.scoring;

import java.util.List;

import org.sixrates.rules.Grade;

/**
 * One committee's assessment in one year. {@code score} is {@code 100 · Σ wᵢ·nᵢ}
 * (arithmetic) or {@code 100 · Π max(nᵢ, 0)^wᵢ} (geometric) over its non-excluded rates,
 * with the weights of {@link RateResult#weight()}; 0 when every rate is excluded.
 * {@code rank} is the competition rank: 1 + the number of committees ranked strictly
 * better (see {@link Scorer}).
 *
 * @param rates in rules order
 * @param grade the first grade, highest first, with {@code score ≥ min_score − 1e-9};
 * {@code null} when none is reached or the scheme has no grades
 * @param awards ids of the awards won, in rules order
 * @param outcomes one per award of the scheme, in rules order
 */
public record CommitteeResult(String code, String name, int year, List<RateResult> rates, double score, int rank,
		Grade grade, List<String> awards, List<AwardOutcome> outcomes) {

	public CommitteeResult {
		rates = List.copyOf(rates);
		awards = List.copyOf(awards);
		outcomes = List.copyOf(outcomes);
	}

}
