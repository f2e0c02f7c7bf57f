package org.sixrates.scoring;

import org.sixrates.rules.Aggregation;

/**
 * One committee's score from its normalized rates and the rates' weights (DESIGN §4):
 * arithmetic {@code 100 · Σ wᵢ'·nᵢ}, geometric {@code 100 · Π max(nᵢ, 0)^wᵢ'}, over the
 * rates not excluded, where {@code wᵢ' = wᵢ} when none is excluded and
 * {@code wᵢ' = wᵢ / Σ_present wⱼ} otherwise; 0 when every rate is excluded or the present
 * rates' weights sum to 0. The one formula the year's scoring and every replication of
 * the uncertainty analysis share.
 */
final class Aggregate {

	private Aggregate() {
	}

	/**
	 * @param weights in rules order
	 * @param normalized in rules order, {@code NaN} where the rate is excluded
	 */
	static double score(Aggregation aggregation, double[] weights, double[] normalized) {
		boolean anyExcluded = false;
		boolean anyPresent = false;
		double remaining = 0;
		for (int i = 0; i < weights.length; i++) {
			if (Double.isNaN(normalized[i])) {
				anyExcluded = true;
			}
			else {
				anyPresent = true;
				remaining += weights[i];
			}
		}
		if (!anyPresent) {
			return 0;
		}
		double used = 0;
		double total = (aggregation == Aggregation.ARITHMETIC) ? 0 : 1;
		for (int i = 0; i < weights.length; i++) {
			if (Double.isNaN(normalized[i])) {
				continue;
			}
			double weight = !anyExcluded ? weights[i] : remaining > 0 ? weights[i] / remaining : 0;
			used += weight;
			if (aggregation == Aggregation.ARITHMETIC) {
				total += weight * normalized[i];
			}
			else {
				total *= Math.pow(Math.max(normalized[i], 0), weight);
			}
		}
		return (used <= 0) ? 0 : 100 * total;
	}

}
