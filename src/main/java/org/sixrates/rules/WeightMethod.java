package org.sixrates.rules;

import java.util.List;

/**
 * Weights derived instead of written on each rate: {@code weights: {method: …}}.
 *
 * @param method how the weights are derived
 * @param matrix the AHP pairwise comparisons in rate order ({@code a[i][j]}: how much
 * more rate i matters than rate j), empty for the other methods
 * @param ahp the AHP weights and consistency, computed at load, or {@code null}
 */
public record WeightMethod(Method method, List<List<Double>> matrix, Ahp ahp) {

	public WeightMethod {
		matrix = matrix.stream().map(List::copyOf).toList();
	}

	/** The derivations a scheme may ask for. */
	public enum Method {

		/** Every rate weighs 1/k. */
		EQUAL("equal"),
		/** Entropy weights from the year's rates. */
		ENTROPY("entropy"),
		/** CRITIC weights from the year's rates. */
		CRITIC("critic"),
		/** Analytic hierarchy process from a pairwise comparison matrix. */
		AHP("ahp");

		private final String key;

		Method(String key) {
			this.key = key;
		}

		/** The spelling in a rules file. */
		public String key() {
			return key;
		}

	}

}
