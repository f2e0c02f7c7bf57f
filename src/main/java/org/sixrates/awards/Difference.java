package org.sixrates.awards;

/**
 * One number (or outcome) that differs between two results of the same year.
 *
 * @param committee the committee's code, {@code null} for a number of the year (a weight)
 * @param aspect what differs
 * @param item the rate or award concerned, with the part of a rate
 * ({@code completion.rate}), or {@code null}
 * @param before the value in the first result, exactly ({@link Double#toString}), or
 * {@code null} where there is none
 * @param after the value in the second result, likewise
 */
public record Difference(String committee, String name, Aspect aspect, String item, String before, String after) {

	/** What a difference is about; labels {@code difference.*}. */
	public enum Aspect {

		/** The committee is in one result only. */
		COMMITTEE,

		/** A rate's weight or city mean for the year. */
		WEIGHT, RANK, SCORE, GRADE,

		/** A rate's numerator, denominator, rate, normalized value, weight or points. */
		RATE,

		/** Whether an award is won, and its rank and reason. */
		AWARD;

		public String labelKey() {
			return "difference." + name();
		}

	}

}
