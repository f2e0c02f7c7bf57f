package org.sixrates.vocabulary;

import java.util.Locale;

/**
 * A name given in both languages by the data itself rather than the message bundles: a
 * scheme's title, a rate's, grade's or award's label.
 */
public interface Bilingual extends Localizable {

	String zh();

	String en();

	@Override
	default String in(Locale locale) {
		return Messages.english(locale) ? en() : zh();
	}

}
