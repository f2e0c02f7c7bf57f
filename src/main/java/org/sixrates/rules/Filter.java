package org.sixrates.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which records a measure takes: a record matches when, for every field named, its value
 * is one of the allowed values (AND across fields, OR within a list). No field: every
 * record.
 *
 * @param allowed field → canonical values (see {@link FilterField#canonical(String)})
 */
public record Filter(Map<FilterField, Set<String>> allowed) {

	/** The filter every record matches. */
	public static final Filter ANY = new Filter(Map.of());

	/**
	 * Whether a record or a cell matches: {@code value} gives its value of a field in the
	 * canonical spelling ({@code null} where it has none).
	 */
	public boolean matches(Function<FilterField, String> value) {
		for (Map.Entry<FilterField, Set<String>> field : allowed.entrySet()) {
			if (!field.getValue().contains(value.apply(field.getKey()))) {
				return false;
			}
		}
		return true;
	}

	public Filter {
		Map<FilterField, Set<String>> copy = new EnumMap<>(FilterField.class);
		allowed.forEach((field, values) -> copy.put(field, Collections.unmodifiableSet(new LinkedHashSet<>(values))));
		allowed = Collections.unmodifiableMap(copy);
	}

}
