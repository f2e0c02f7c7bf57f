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

	/**
	 * Every committee's score at once, as {@link #score} gives it, bit for bit: for the
	 * arithmetic mean of a committee with no rate excluded, the same products added in
	 * the same order, without looking for excluded rates again.
	 * @param weights in rules order
	 * @param normalized committee → rate, {@code NaN} where excluded
	 * @param flat the same values, committee by committee in one array
	 * @param complete by committee: whether no rate is excluded
	 */
	static void scores(Aggregation aggregation, double[] weights, double[][] normalized, double[] flat,
			boolean[] complete, double[] into) {
		if (aggregation != Aggregation.ARITHMETIC) {
			for (int c = 0; c < normalized.length; c++) {
				into[c] = score(aggregation, weights, normalized[c]);
			}
			return;
		}
		double used = 0;
		for (double weight : weights) {
			used += weight;
		}
		int k = weights.length;
		for (int c = 0; c < normalized.length; c++) {
			if (!complete[c]) {
				into[c] = score(aggregation, weights, normalized[c]);
				continue;
			}
			int at = c * k;
			double total = 0;
			for (int i = 0; i < k; i++) {
				total += weights[i] * flat[at + i];
			}
			into[c] = (used <= 0 || k == 0) ? 0 : 100 * total;
		}
	}

}
