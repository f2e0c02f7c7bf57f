package org.sixrates.records;

import java.util.List;
import java.util.Optional;

import org.sixrates.security.Access;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The records a user may list: all for the city office and viewers; a clerk its own
 * committee's, so that a filter without a committee means its own and a filter naming
 * another committee is refused (403).
 */
final class RecordScope {

	private RecordScope() {
	}

	static MultiValueMap<String, String> apply(MultiValueMap<String, String> parameters) {
		Optional<String> own = Access.committeeScope();
		if (own.isEmpty()) {
			return parameters;
		}
		List<String> asked = parameters.getOrDefault("committee", List.of())
			.stream()
			.filter(value -> !value.isBlank())
			.toList();
		asked.forEach(committee -> Access.checkSee(committee.strip()));
		if (!asked.isEmpty()) {
			return parameters;
		}
		MultiValueMap<String, String> scoped = new LinkedMultiValueMap<>(parameters);
		scoped.put("committee", List.of(own.get()));
		return scoped;
	}

}
