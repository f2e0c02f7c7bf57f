package org.sixrates.records;

import java.util.List;
import java.util.Map;

import org.sixrates.vocabulary.Message;
import org.sixrates.web.Refused;
import org.springframework.util.MultiValueMap;

/**
 * The number a drill-down opens: a rate's numerator or denominator
 * ({@code rate=activity&part=numerator}), whose own total the list shows beside its
 * records.
 */
public record RateMeasure(String rate, boolean denominator) {

	/** The measure a request names, {@code null} for none; a half-named one is a 400. */
	static RateMeasure of(MultiValueMap<String, String> parameters) {
		String rate = parameters.getFirst("rate");
		String part = parameters.getFirst("part");
		if ((rate == null || rate.isBlank()) && (part == null || part.isBlank())) {
			return null;
		}
		if (rate == null || rate.isBlank()) {
			throw Refused.badParameter("rate", "", Message.of("input.parameter.rate"));
		}
		if (part == null || !(part.strip().equals("numerator") || part.strip().equals("denominator"))) {
			throw Refused.badParameter("part", (part == null) ? "" : part, Message.of("input.parameter.part"));
		}
		return new RateMeasure(rate.strip(), part.strip().equals("denominator"));
	}

	/** {@code numerator} or {@code denominator}. */
	public String part() {
		return denominator ? "denominator" : "numerator";
	}

	public List<Map.Entry<String, String>> query() {
		return List.of(Map.entry("rate", rate), Map.entry("part", part()));
	}

}
