package org.sixrates.scoring;

import java.util.List;
import java.util.Map;

import org.sixrates.rules.Label;

/**
 * How far one committee is from the next step in a year (DESIGN §9): for the next grade
 * and for each award it did not win, per rate the smallest rate that, raised alone, would
 * get it there — the other committees and rates as they are, normalization, derived
 * weights and ranks recomputed by the {@link Scorer} — and, where the rate counts a
 * subset of its denominator's records, how many more of its own records would have to
 * reach the numerator.
 *
 * @param nextGrade {@code null} when the committee has the highest grade or the scheme
 * has none
 * @param awards the awards it did not win, in rules order
 */
public record Distance(int year, String committee, Step nextGrade, List<Step> awards) {

	public Distance {
		awards = List.copyOf(awards);
	}

	/**
	 * One step up: a grade or an award, and what each rate alone would take.
	 *
	 * @param id the grade's or award's id
	 * @param rates in rules order
	 * @param reachable whether some rate alone can take the committee there (computed)
	 */
	public record Step(String id, Label label, List<RateStep> rates, boolean reachable) {

		public Step {
			rates = List.copyOf(rates);
			reachable = rates.stream().anyMatch(rate -> rate.needed() != null);
		}

		public Step(String id, Label label, List<RateStep> rates) {
			this(id, label, rates, false);
		}

	}

	/**
	 * One rate raised alone.
	 *
	 * @param rate the rate now (a fraction), {@code null} when excluded
	 * @param needed the smallest rate that takes the step (within 1e-9), {@code null}
	 * when none does
	 * @param increase {@code needed − rate} (computed), {@code null} without a needed
	 * rate
	 * @param obstacle why no rate does, {@code null} when one does
	 * @param records the records it takes, {@code null} where the rate does not count a
	 * subset of its denominator's records or none are left to count
	 */
	public record RateStep(String rateId, Label label, Double rate, Double needed, Double increase, Obstacle obstacle,
			RecordStep records) {

		public RateStep {
			increase = (needed == null || rate == null) ? null : needed - rate;
		}

		public RateStep(String rateId, Label label, Double rate, Double needed, Obstacle obstacle, RecordStep records) {
			this(rateId, label, rate, needed, null, obstacle, records);
		}

	}

	/**
	 * So many more of the committee's own records reaching the numerator: its records
	 * counted in the denominator but not in the numerator, changed in the fields the
	 * numerator asks more of to the value it counts most.
	 *
	 * @param needed how many more records, at least 1
	 * @param of the committee's records in the denominator
	 * @param becomes rules field key → the canonical value the records take
	 */
	public record RecordStep(long needed, long of, Map<String, String> becomes) {

		public RecordStep {
			becomes = Map.copyOf(becomes);
		}

	}

	/** Why raising a rate alone cannot take the step. */
	public enum Obstacle {

		/** The rate is left out for the committee ({@code when_empty: exclude}). */
		EXCLUDED,
		/** The rate is already at its cap or at the most its records can give. */
		AT_MOST,
		/** Even the most the rate can be does not get there. */
		OUT_OF_REACH

	}

}
