package org.sixrates.web;

import java.util.Locale;

import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.Values;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels in the reader's language for the templates ({@code ${@labels.of(term)}}): a
 * term, a field, a value of a row, a scheme's name, a message; all from the one
 * vocabulary.
 */
@Component("labels")
public class Labels {

	/** The reader's language: Chinese unless the request asked for English. */
	public static Locale locale() {
		return Messages.english(LocaleContextHolder.getLocale()) ? Messages.ENGLISH : Messages.CHINESE;
	}

	/** Whether the current request reads Chinese: everything but English does. */
	public static boolean chinese() {
		return !Messages.english(locale());
	}

	/**
	 * A term, a scheme's name, a field as a message names it, a message: {@code ""} for
	 * none.
	 */
	public String of(Localizable text) {
		return (text == null) ? "" : text.in(locale());
	}

	/** A field's label: {@code 级别}, {@code Level}. */
	public String field(Field field) {
		return field.label(locale());
	}

	/** One value of a row as a reader reads it. */
	public <F extends Enum<F> & Field> String value(Values<F> values, F field) {
		return values.label(field, locale());
	}

	/** A value of {@code field} as a reader reads it. */
	public String value(Field field, Object value) {
		return field.type().label(value, locale());
	}

}
