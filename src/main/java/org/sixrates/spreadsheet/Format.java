package org.sixrates.spreadsheet;

/**
 * How a column's values are written: as text, or as numbers with a format, so that a
 * spreadsheet sums and sorts them as numbers.
 */
public enum Format {

	/**
	 * A string cell, whatever it starts with: a string cell is never run as a formula.
	 */
	TEXT,

	/** A whole number (a year, a rank, a count), without a thousands separator. */
	WHOLE,

	/** A score with 2 decimals, rounded half up as the CSV writes it. */
	SCORE,

	/**
	 * A rate, given as a fraction (0.256), shown in percent with 2 decimals (25.60%): the
	 * cell holds the fraction rounded as the CSV rounds the percent.
	 */
	PERCENT,

	/** A date, as a date cell shown {@code 2024-03-05}. */
	DATE

}
