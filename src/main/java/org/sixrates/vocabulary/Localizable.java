package org.sixrates.vocabulary;

import java.util.Locale;

/**
 * Something a user reads, written in the reader's language when it is shown: a message, a
 * field's or a term's label, a list of them.
 */
@FunctionalInterface
public interface Localizable {

	/** The text in {@code locale}'s language: Chinese unless the language is English. */
	String in(Locale locale);

	/** The English text, for logs and the command line. */
	default String english() {
		return in(Locale.ENGLISH);
	}

}
