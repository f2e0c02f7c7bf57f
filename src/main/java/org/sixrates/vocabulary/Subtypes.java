package org.sixrates.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * Subtypes as stored: free text, except that a named {@link Subtype} is written as its
 * code whether a file says {@code 视察}, {@code Inspection} or {@code inspection}.
 */
public final class Subtypes {

	private Subtypes() {
	}

	/**
	 * The subtype as stored: a named one's code, other text stripped; {@code null} for
	 * blank.
	 */
	public static String canonical(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return named(text).map(Subtype::name).orElse(text.strip());
	}

	/** The named subtype {@code text} spells, if any. */
	public static Optional<Subtype> named(String text) {
		return Term.parse(Subtype.class, text);
	}

	/**
	 * A stored subtype as a reader reads it: a named one by its label, other text as
	 * written.
	 */
	public static String label(String stored, Locale locale) {
		if (stored == null) {
			return "";
		}
		return named(stored).filter(subtype -> subtype.name().equals(stored))
			.map(subtype -> subtype.in(locale))
			.orElse(stored);
	}

}
