package org.sixrates.ranking;

import org.sixrates.rules.Label;
import org.sixrates.vocabulary.Named;
import java.util.List;
import java.util.Map;

/**
 * How one rate of one committee was made: numerator, denominator, rate, normalized value,
 * weight and contribution to the score.
 *
 * @param rate {@code null} when excluded (denominator 0 and {@code when_empty: exclude})
 * @param normalized {@code null} when excluded
 * @param numeratorRecords the record filter behind the numerator (field → allowed values,
 * e.g. {@code kind → [PROPOSAL]}), {@code null} when it is no count or sum of records
 * @param denominatorRecords likewise for the denominator
 * @param numeratorWords what the numerator counts or sums, in words as the rules page
 * says it; {@code null} where not given
 * @param denominatorWords likewise for the denominator
 */
public record RateLine(Named definition, double numerator, double denominator, Double rate, Double normalized,
		double weight, double contribution, Map<String, List<String>> numeratorRecords,
		Map<String, List<String>> denominatorRecords, Label numeratorWords, Label denominatorWords) {

	public RateLine(Named definition, double numerator, double denominator, Double rate, Double normalized,
			double weight, double contribution, Map<String, List<String>> numeratorRecords,
			Map<String, List<String>> denominatorRecords) {
		this(definition, numerator, denominator, rate, normalized, weight, contribution, numeratorRecords,
				denominatorRecords, null, null);
	}

}
