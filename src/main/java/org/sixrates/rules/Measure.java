package org.sixrates.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A numerator or denominator (DESIGN §3). Over the records matching {@code filter}: count
 * {@code Σ w}, sum of quantity {@code Σ quantity·w}, sum of score {@code Σ score·w}, each
 * times {@code times}; or the committee's members that year times {@code times}. A
 * record's {@code w} is the product over the {@code weightBy} fields of the factor listed
 * for its value (a value not listed counts 0); no {@code weightBy}: w = 1.
 *
 * @param filter {@link Filter#ANY} for {@link Source#MEMBERS}
 * @param weightBy field → canonical value → factor, empty when not weighted
 * @param times the constant factor, 1 when not given
 */
public record Measure(Source source, Filter filter, Map<FilterField, Map<String, Double>> weightBy, double times) {

	public Measure {
		Map<FilterField, Map<String, Double>> copy = new EnumMap<>(FilterField.class);
		weightBy
			.forEach((field, factors) -> copy.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(factors))));
		weightBy = Collections.unmodifiableMap(copy);
	}

	/** What is counted or summed. */
	public enum Source {

		/** {@code count: FILTER}. */
		COUNT,
		/** {@code sum: quantity, where: FILTER}. */
		QUANTITY,
		/** {@code sum: score, where: FILTER}. */
		SCORE,
		/** {@code committee: members}. */
		MEMBERS

	}

}
