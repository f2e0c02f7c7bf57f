package org.sixrates.vocabulary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A yes or no (是/否): {@code true}/{@code false}, {@code yes}/{@code no},
 * {@code 1}/{@code 0} or the labels {@code boolean.true}, {@code boolean.false} in either
 * language.
 */
public enum YesNo implements Term {

	TRUE, FALSE;

	private static final Set<String> OTHER_YES = Set.of("yes", "1");

	private static final Set<String> OTHER_NO = Set.of("no", "0");

	@Override
	public String labelKey() {
		return "boolean." + name().toLowerCase(Locale.ROOT);
	}

	public boolean value() {
		return this == TRUE;
	}

	public static YesNo of(boolean value) {
		return value ? TRUE : FALSE;
	}

	/** The answer {@code text} gives, if any. */
	public static Optional<Boolean> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		// as a file nearly always writes it: the code in lower case, as the lookup below
		// would read it
		if (text.equals("true") || text.equals("false")) {
			return Optional.of(text.equals("true"));
		}
		String lower = text.strip().toLowerCase(Locale.ROOT);
		if (OTHER_YES.contains(lower)) {
			return Optional.of(true);
		}
		if (OTHER_NO.contains(lower)) {
			return Optional.of(false);
		}
		return Term.parse(YesNo.class, lower).map(YesNo::value);
	}

}
