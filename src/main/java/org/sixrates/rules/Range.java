package org.sixrates.rules;

import java.math.BigDecimal;

/**
 * The numbers a key of a scheme may hold: from {@code min} to {@code max}, and 0 too when
 * {@code orZero}. The bounds keep every computation of DESIGN §4 finite and meaningful,
 * whatever the records: a weighted count is at most {@code Σ amount · factor⁶ · times}
 * (six fields to weight by) ≤ 9.2e18 · 1e36 · 1e6 ≈ 1e61, and a denominator that is not 0
 * is at least {@code 1e-6⁶ · 1e-6 = 1e-42} of a record, so a rate stays below 1e103 and
 * its square, which the z-score and the statistics take, below 1e206, far from the
 * 1.8e308 where a double overflows. A factor, weight or floor between 0 and 0.000001 is
 * refused for the same reason (and because it only ever means rounding noise); so are NaN
 * and the infinities, which YAML can write ({@code .nan}, {@code .inf}).
 */
record Range(double min, double max, boolean orZero) {

	/** A rate's weight; explicit weights also add up to 1. */
	static final Range WEIGHT = new Range(0.000001, 1, true);

	/** A {@code weight_by} factor: what one record counts. */
	static final Range FACTOR = new Range(0.000001, 1_000_000, true);

	/** {@code times}, {@code cap} and {@code target}. */
	static final Range POSITIVE = new Range(0.000001, 1_000_000, false);

	/** A veto floor (a rate as a fraction). */
	static final Range FLOOR = new Range(0.000001, 1_000_000, true);

	/** A grade's or an award's {@code min_score}. */
	static final Range SCORE = new Range(-1_000_000, 1_000_000, false);

	/** An AHP comparison: Saaty's scale, on which his random index was computed. */
	static final Range SAATY = new Range(1.0 / 9 - WeightReader.RECIPROCAL_TOLERANCE,
			9 + WeightReader.RECIPROCAL_TOLERANCE, false);

	boolean contains(double value) {
		return (orZero && value == 0) || (value >= min && value <= max);
	}

	/** What is expected, for messages: {@code 0 or a number from 0.000001 to 1}. */
	String expected() {
		return "expected " + (orZero ? "0 or " : "") + "a number from " + plain(min) + " to " + plain(max);
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
