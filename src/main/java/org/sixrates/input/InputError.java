package org.sixrates.input;

import java.util.Locale;

import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;

/**
 * One thing wrong in a file a user gave us, in the user's words: where it is and what was
 * expected there, written in the reader's language when it is shown.
 *
 * @param file the file's name as the user knows it
 * @param line 1-based line, or 0 when the error concerns the file as a whole
 * @param column 1-based column number, or 0 when unknown
 * @param field the column's header or the key's path, or {@code null}
 * @param value the offending value as written, or {@code null}
 * @param what what should have been there
 */
public record InputError(String file, int line, int column, String field, String value, Localizable what) {

	/**
	 * An error whose expectation is written in English only: the checks of a rules file,
	 * read by the scheme's author, name keys and YAML types rather than words of the
	 * domain.
	 */
	public InputError(String file, int line, int column, String field, String value, String expected) {
		this(file, line, column, field, value, new Untranslated(expected));
	}

	/** An error whose expectation is a message of the bundles. */
	public static InputError of(String file, int line, int column, String field, String value, String key,
			Object... arguments) {
		return new InputError(file, line, column, field, value, Message.of(key, arguments));
	}

	/** A text that reads the same in every language. */
	record Untranslated(String text) implements Localizable {

		@Override
		public String in(Locale locale) {
			return text;
		}

	}

	/** What was expected, in English. */
	public String expected() {
		return what.english();
	}

	/** What was expected, in the reader's language. */
	public String expected(Locale locale) {
		return what.in(locale);
	}

	/** {@code records.csv: line 7, column 4 (kind): "PROPSAL" — one of …}, in English. */
	public String message() {
		return message(Messages.ENGLISH);
	}

	/** The whole error in one line, in the reader's language. */
	public String message(Locale locale) {
		String where = (line <= 0) ? Messages.text(locale, "input.where.file", file)
				: (column <= 0) ? Messages.text(locale, "input.where.line", file, line)
						: Messages.text(locale, "input.where.cell", file, line, column);
		if (field != null) {
			where = Messages.text(locale, "input.where.field", where, field);
		}
		return (value != null) ? Messages.text(locale, "input.where.value", where, value, expected(locale))
				: Messages.text(locale, "input.where.expected", where, expected(locale));
	}

}
