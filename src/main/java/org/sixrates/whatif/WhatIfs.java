package org.sixrates.whatif;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sixrates.awards.YearInputs;
import org.sixrates.rules.Award;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.WhatIf;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Named;
import org.sixrates.web.Refused;
import org.springframework.stereotype.Service;

/**
 * Checks a what-if request against the year's scheme and runs it on the inputs of the
 * figures shown (a decided year's snapshot, today's data otherwise); every refusal names
 * the parameter and what was expected.
 */
@Service
class WhatIfs {

	private final YearInputs inputs;

	private final WhatIf whatIf = new WhatIf();

	WhatIfs(YearInputs inputs) {
		this.inputs = inputs;
	}

	record Tried(WhatIf.Outcome outcome, boolean decided) {

		WhatIfRanking ranking() {
			return new WhatIfRanking(outcome.year(), decided, outcome.weights(), outcome.normalization().key(),
					outcome.aggregation().key(),
					outcome.committees()
						.stream()
						.map(row -> new WhatIfRanking.Row(row.committee(), row.name(), row.score(), row.rank(),
								row.nominalRank(), row.move(),
								row.grade() == null ? null : row.grade().label().of(row.grade().id()),
								named(row.awards()), named(row.nominalAwards())))
						.toList());
		}

		private static List<Named> named(List<Award> awards) {
			return awards.stream().map(award -> award.label().of(award.id())).toList();
		}

	}

	Tried run(int year, WhatIfRequest request) {
		YearInputs.Shown shown = inputs.shown(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
		Scheme scheme = shown.scheme();
		Map<String, Double> weights = request.weights() == null ? Map.of() : request.weights();
		double sum = 0;
		for (Map.Entry<String, Double> weight : weights.entrySet()) {
			if (scheme.indexOf(weight.getKey()) < 0) {
				throw Refused.badParameter("weights." + weight.getKey(), String.valueOf(weight.getValue()),
						Message.of("whatif.expected.rate",
								scheme.rates().stream().map(RateDefinition::id).collect(Collectors.joining(", "))));
			}
			Double value = weight.getValue();
			if (value == null || !(value >= 0) || value.isInfinite()) {
				throw Refused.badParameter("weights." + weight.getKey(), String.valueOf(value),
						Message.of("whatif.expected.weight"));
			}
			sum += value;
		}
		if (weights.size() == scheme.rates().size() && !(sum > 0)) {
			throw Refused.badParameter("weights", "0", Message.of("whatif.expected.sum"));
		}
		Normalization normalization = choice(request.normalization(), Normalization.values(), Normalization::key,
				"normalization");
		if (normalization == Normalization.TARGET && scheme.rates().stream().anyMatch(rate -> rate.target() == null)) {
			throw Refused.badParameter("normalization", request.normalization(), Message.of("whatif.expected.target"));
		}
		Aggregation aggregation = choice(request.aggregation(), Aggregation.values(), Aggregation::key, "aggregation");
		try {
			return new Tried(
					whatIf.of(shown.file(), scheme, shown.result(), shown.committees(), shown.settled(),
							new WhatIf.Choice(new LinkedHashMap<>(weights), normalization, aggregation)),
					shown.frozen());
		}
		catch (IllegalArgumentException ex) {
			// the weights not named are the year's, which may all be 0 with those named
			throw Refused.badParameter("weights", "0", Message.of("whatif.expected.sum"));
		}
	}

	private static <E> E choice(String key, E[] values, java.util.function.Function<E, String> keyOf, String name) {
		if (key == null || key.isBlank()) {
			return null;
		}
		return Arrays.stream(values)
			.filter(value -> keyOf.apply(value).equals(key.strip()))
			.findFirst()
			.orElseThrow(() -> Refused.badParameter(name, key, Message.of("whatif.expected." + name,
					Arrays.stream(values).map(keyOf).collect(Collectors.joining(", ")))));
	}

}
