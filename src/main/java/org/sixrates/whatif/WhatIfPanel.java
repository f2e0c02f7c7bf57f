package org.sixrates.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import org.sixrates.awards.YearInputs;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.springframework.stereotype.Component;

/**
 * What the what-if panel of the ranking page offers for a year: the normalizations the
 * scheme can take (target only when every rate has a target), the aggregations, and which
 * of each the scheme uses.
 */
@Component("whatIf")
public class WhatIfPanel {

	private final YearInputs inputs;

	WhatIfPanel(YearInputs inputs) {
		this.inputs = inputs;
	}

	/**
	 * The panel's choices.
	 *
	 * @param normalization the scheme's, {@code null} when some rate has its own
	 * @param decided whether the year's figures are a publicized or published snapshot
	 */
	public record Choices(List<Normalization> normalizations, Normalization normalization,
			List<Aggregation> aggregations, Aggregation aggregation, boolean decided) {
	}

	/** The choices for {@code year}, {@code null} when it has no results. */
	public Choices of(int year) {
		return inputs.shown(year).map(shown -> choices(shown.scheme(), shown.frozen())).orElse(null);
	}

	/**
	 * A weight as a slider's value: percent with 2 decimals, {@code 0.15} →
	 * {@code 15.00}.
	 */
	public String slider(double weight) {
		return BigDecimal.valueOf(weight).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static Choices choices(Scheme scheme, boolean decided) {
		boolean targets = scheme.rates().stream().allMatch(rate -> rate.target() != null);
		List<Normalization> normalizations = Arrays.stream(Normalization.values())
			.filter(n -> n != Normalization.TARGET || targets)
			.toList();
		boolean own = scheme.rates().stream().map(RateDefinition::normalization).anyMatch(n -> n != null);
		return new Choices(normalizations, own ? null : scheme.normalization(), List.of(Aggregation.values()),
				scheme.aggregation(), decided);
	}

}
