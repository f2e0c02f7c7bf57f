package org.sixrates.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One field of a file's rows, described once: its name in files, JSON, forms and query
 * parameters ({@link #key()}), its labels ({@code field.<key>} in the message bundles),
 * the other header names a file may use, whether it is required, what it holds and where
 * it is stored. The importer, the database mapping, the forms, the lists, the JSON and
 * the audit trail all read their fields from here.
 */
public interface Field extends Localizable {

	/** The enum constant. */
	String name();

	/** What the field is. */
	Spec spec();

	/**
	 * The English name: the header, the JSON key, the form field and the query parameter.
	 */
	default String key() {
		return spec().key();
	}

	default ValueType type() {
		return spec().type();
	}

	/** Whether a row must have a value. */
	default boolean required() {
		return spec().required();
	}

	/**
	 * Whether the field is part of the row's key (a committee and an id; a code and a
	 * year).
	 */
	default boolean identifies() {
		return spec().identifies();
	}

	/**
	 * Header names accepted besides the key and the labels, e.g. {@code 题目} for the
	 * title.
	 */
	default List<String> aliases() {
		return spec().aliases();
	}

	/** The database column. */
	default String column() {
		return spec().column();
	}

	default String labelKey() {
		return "field." + key();
	}

	/** The field as a message names it: its key in English, its label in Chinese. */
	@Override
	default String in(Locale locale) {
		return Messages.english(locale) ? key() : label(locale);
	}

	default String label(Locale locale) {
		return Messages.text(locale, labelKey());
	}

	/** Every name a header may give the field, lower case: key, labels, aliases. */
	default Set<String> headerNames() {
		Set<String> names = new LinkedHashSet<>();
		for (String name : writtenNames()) {
			names.add(name.toLowerCase(Locale.ROOT));
		}
		return names;
	}

	/**
	 * The field as an error about a header describes it: {@code kind (类别, 类型)} in
	 * English, {@code 类别（kind、类型）} in Chinese.
	 */
	default Localizable described() {
		return locale -> {
			List<String> others = new ArrayList<>(writtenNames());
			if (Messages.english(locale)) {
				others.remove(key());
				others.removeIf(name -> name.equalsIgnoreCase(key()));
				return key() + " (" + String.join(", ", others) + ")";
			}
			String label = label(locale);
			others.remove(label);
			others.removeIf(name -> name.equalsIgnoreCase(label(Messages.ENGLISH)));
			return label + "（" + String.join("、", others) + "）";
		};
	}

	/**
	 * What a field is.
	 *
	 * @param key the English name
	 * @param type what it holds
	 * @param required whether a row must have a value
	 * @param identifies whether it is part of the row's key
	 * @param column the database column
	 * @param aliases header names accepted besides the key and the labels
	 */
	record Spec(String key, ValueType type, boolean required, boolean identifies, String column, List<String> aliases) {

		public Spec {
			aliases = List.copyOf(aliases);
		}

	}

	private List<String> writtenNames() {
		Set<String> names = new LinkedHashSet<>();
		names.add(key());
		names.add(label(Messages.CHINESE));
		names.addAll(aliases());
		names.add(label(Messages.ENGLISH));
		return List.copyOf(names);
	}

}
