package org.sixrates.scoring;

/**
 * One rate of one committee in one year.
 *
 * <ul>
 * <li>{@code rate}: {@code r = min(numerator / denominator, cap)}; with a denominator of
 * 0 it follows {@code when_empty} ({@code 0}, or the mean of the year's capped rates
 * whose denominator is above 0); {@code null} when the rate is excluded for the
 * committee.</li>
 * <li>{@code normalized}: {@code n}, the rate on the scheme's common scale; {@code null}
 * when excluded.</li>
 * <li>{@code weight}: the weight applied to {@code n} in the score: the scheme's (or the
 * derived) weight {@code wᵢ}, divided by {@code Σ wⱼ} over the committee's non-excluded
 * rates when one of its rates is excluded; 0 when excluded.</li>
 * <li>{@code contribution}: arithmetic aggregation {@code 100 · weight · n}, the points
 * the rate adds to the score; geometric aggregation the factor {@code max(n, 0)^weight}
 * by which the score ({@code 100 · Π factors}) is multiplied; {@code null} when
 * excluded.</li>
 * </ul>
 *
 * @param filled whether the denominator was 0 and {@code when_empty} gave the rate
 */
public record RateResult(String rateId, double numerator, double denominator, Double rate, Double normalized,
		double weight, Double contribution, boolean filled) {

	/** Whether the rate is left out for the committee ({@code when_empty: exclude}). */
	public boolean excluded() {
		return rate == null;
	}

}
