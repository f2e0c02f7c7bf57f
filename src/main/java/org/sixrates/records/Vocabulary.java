package org.sixrates.records;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A closed vocabulary whose values are written in English (the enum constant) or Chinese
 * (its label) in files and rules alike.
 */
public interface Vocabulary {

	String name();

	/**
	 * The Chinese label, as written in DESIGN §2 and on every Chinese screen and header.
	 */
	String zh();

	/**
	 * The value named by {@code text}: the constant's name in any case, or its Chinese
	 * label, surrounding spaces ignored.
	 */
	static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		String upper = trimmed.toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants())
			.filter(value -> value.name().equals(upper) || value.zh().equals(trimmed))
			.findFirst();
	}

	/** The accepted spellings, for messages: {@code PROPOSAL (提案), …}. */
	static <E extends Enum<E> & Vocabulary> String describe(Class<E> type) {
		return String.join(", ",
				Arrays.stream(type.getEnumConstants()).map(value -> value.name() + " (" + value.zh() + ")").toList());
	}

}
