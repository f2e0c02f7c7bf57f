package org.sixrates.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.vocabulary.Subtype;
import org.sixrates.vocabulary.Subtypes;
import org.sixrates.vocabulary.Term;

/**
 * The record fields a rule may filter or weight on (DESIGN §3): the six fields of the
 * tally cube. Values are kept in their canonical spelling: the enum constant, the subtype
 * code, or {@code true}/{@code false}.
 */
public enum FilterField {

	KIND("kind"), SUBTYPE("subtype"), LEVEL("level"), STATUS("status"), CONVERTED("converted"),
	SATISFACTION("satisfaction");

	private final String key;

	FilterField(String key) {
		this.key = key;
	}

	/** The spelling in a rules file. */
	public String key() {
		return key;
	}

	/** The field a rules file names, if any. */
	public static Optional<FilterField> ofKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
	}

	/**
	 * The canonical value for a spelling in English or Chinese, if the field knows it. A
	 * subtype is free text: a named one (DESIGN §2) becomes its code, any other is kept
	 * as written (stripped), as the importer stores it, so that it matches exactly the
	 * records with that subtype.
	 */
	public Optional<String> canonical(String text) {
		return switch (this) {
			case KIND -> Term.parse(Kind.class, text).map(Enum::name);
			case LEVEL -> Term.parse(Level.class, text).map(Enum::name);
			case STATUS -> Term.parse(Status.class, text).map(Enum::name);
			case SATISFACTION -> Term.parse(Satisfaction.class, text).map(Enum::name);
			// free text (DESIGN §2): a subtype no record has simply matches nothing
			case SUBTYPE -> Optional.ofNullable(Subtypes.canonical(text));
			case CONVERTED -> converted(text);
		};
	}

	/** The accepted spellings, for messages. */
	public String expected() {
		return switch (this) {
			case KIND -> Term.describe(Kind.class).english();
			case LEVEL -> Term.describe(Level.class).english();
			case STATUS -> Term.describe(Status.class).english();
			case SATISFACTION -> Term.describe(Satisfaction.class).english();
			case SUBTYPE -> Term.describe(Subtype.class).english();
			case CONVERTED -> "true (是), false (否)";
		};
	}

	/**
	 * Why a value the field cannot read is refused: a closed vocabulary lists its values;
	 * a subtype, free text, only needs to be some text.
	 */
	public String refusal() {
		return this == SUBTYPE ? "expected a subtype: any non-empty text (named ones: " + expected() + ")"
				: "unknown " + key + "; expected one of " + expected();
	}

	private static Optional<String> converted(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("是")) {
			return Optional.of("true");
		}
		if (value.equals("false") || value.equals("否")) {
			return Optional.of("false");
		}
		return Optional.empty();
	}

}
