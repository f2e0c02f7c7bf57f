package org.sixrates.scoring;

import java.util.Arrays;
import java.util.Objects;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.sixrates.rules.Normalization;

/**
 * One rate normalized across the committees of a year that have it ({@code null}:
 * excluded, left out and kept {@code null}):
 * <ul>
 * <li>none: {@code n = r}</li>
 * <li>min-max: {@code n = (r − min) / (max − min)}; {@code max − min ≤ 1e-12} counts as
 * all equal and gives {@code n = 1}</li>
 * <li>efficacy: {@code n = 0.6 + 0.4 · (r − min) / (max − min)}; all equal gives 1</li>
 * <li>z-score: {@code n = 0.5 + z / 10}, {@code z = (r − mean) / sd}, sd the sample
 * standard deviation; fewer than two committees or {@code sd ≤ 1e-12} gives
 * {@code z = 0}</li>
 * <li>target: {@code n = min(1, r / target)}</li>
 * </ul>
 * The 1e-12 spreads stand for "equal": rates that agree in exact arithmetic may differ in
 * the last bit (a mean filled in by {@code when_empty}), and dividing by that difference
 * would turn noise into a full point of spread.
 */
final class Normalizer {

	static final double EQUAL_SPREAD = 1e-12;

	private Normalizer() {
	}

	static Double[] normalize(Normalization normalization, Double[] rates, Double target) {
		double[] present = Arrays.stream(rates).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
		Double[] normalized = new Double[rates.length];
		if (present.length == 0) {
			return normalized;
		}
		double min = Arrays.stream(present).min().getAsDouble();
		double max = Arrays.stream(present).max().getAsDouble();
		double mean = new Mean().evaluate(present);
		double sd = present.length < 2 ? 0 : new StandardDeviation(true).evaluate(present);
		for (int c = 0; c < rates.length; c++) {
			if (rates[c] == null) {
				continue;
			}
			double r = rates[c];
			normalized[c] = switch (normalization) {
				case NONE -> r;
				case MIN_MAX -> max - min <= EQUAL_SPREAD ? 1 : (r - min) / (max - min);
				case EFFICACY -> max - min <= EQUAL_SPREAD ? 1 : 0.6 + 0.4 * (r - min) / (max - min);
				case Z_SCORE -> 0.5 + (sd <= EQUAL_SPREAD ? 0 : (r - mean) / sd) / 10;
				case TARGET -> Math.min(1, r / target);
			};
		}
		return normalized;
	}

}
