package org.sixrates.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as every page, export and message writes them. Rounding is half up from the
 * double's shortest decimal form ({@link BigDecimal#valueOf(double)}), so 0.12345 as a
 * rate is 12.35 % wherever it is shown.
 */
public final class Decimals {

	private Decimals() {
	}

	/** Without trailing zeros: {@code 100.0} → {@code 100}, {@code 0.7} → {@code 0.7}. */
	public static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		return (decimal.signum() == 0) ? "0" : decimal.toPlainString();
	}

	/** Two decimals, half up: {@code 87.125} → {@code 87.13}; never {@code -0.00}. */
	public static String twoDecimals(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? "0.00" : rounded.toPlainString();
	}

	/**
	 * A rate (a fraction) in percent with two decimals, half up: {@code 0.12345} →
	 * {@code 12.35}.
	 */
	public static String percent(double rate) {
		BigDecimal rounded = BigDecimal.valueOf(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? "0.00" : rounded.toPlainString();
	}

	/**
	 * A share (a weight, a fraction) in percent rounded like {@link #percent(double)},
	 * without trailing zeros: {@code 0.2} → {@code 20}, {@code 1/6} → {@code 16.67}.
	 */
	public static String percentPlain(double share) {
		return plain(percentValue(share));
	}

	/** A count or a weighted count: whole numbers without decimals, others with 2. */
	public static String amount(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return plain(value);
		}
		return twoDecimals(value);
	}

	/**
	 * A rate in percent as a number, rounded like {@link #percent(double)}, for charts.
	 */
	public static double percentValue(double rate) {
		return BigDecimal.valueOf(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	/** Rounded like {@link #twoDecimals(double)}, as a number, for charts. */
	public static double twoDecimalsValue(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
