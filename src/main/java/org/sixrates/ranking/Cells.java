package org.sixrates.ranking;

import java.util.regex.Pattern;

import org.sixrates.vocabulary.Decimals;

/** How values are written into the ranking CSV. */
public final class Cells {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private Cells() {
	}

	/**
	 * A rate (a fraction) in percent with 2 decimals, half up; {@code null} (an excluded
	 * rate) is an empty cell. The double's shortest decimal form is rounded, so 0.12345
	 * gives 12.35.
	 */
	public static String percent(Double rate) {
		return (rate == null) ? "" : Decimals.percent(rate);
	}

	/** A score with 2 decimals, half up. */
	public static String score(double score) {
		return Decimals.twoDecimals(score);
	}

	/**
	 * A text cell a spreadsheet will not run as a formula: one starting with {@code =},
	 * {@code +}, {@code -}, {@code @}, tab or carriage return that is not a number gets a
	 * leading single quote, as OWASP advises against CSV injection.
	 */
	public static String inert(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return (risky && !NUMBER.matcher(text).matches()) ? "'" + text : text;
	}

}
