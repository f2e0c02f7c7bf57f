package org.sixrates.input;

import java.util.Locale;
import java.util.regex.Pattern;

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
 * @param sheet the worksheet of a workbook, where {@code line} is its row and
 * {@code column} its column as Excel numbers them; {@code null} for a text file
 */
public record InputError(String file, int line, int column, String field, String value, Localizable what,
		String sheet) {

	// a sheet name Excel writes in a reference without quotes: 记录!D17, but 'Sheet 1'!D17
	private static final Pattern PLAIN_SHEET = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*");

	private static final Pattern LIKE_A_CELL = Pattern.compile("[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*");

	/** An error in a text file: a CSV file, a rules file, a form. */
	public InputError(String file, int line, int column, String field, String value, Localizable what) {
		this(file, line, column, field, value, what, null);
	}

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

	/** The same error in a cell of {@code sheet}. */
	public InputError inSheet(String sheet) {
		return new InputError(file, line, column, field, value, what, sheet);
	}

	/**
	 * Where the error is as Excel names it, to type into its Name Box: {@code 记录!D17} for
	 * a cell, {@code 记录!17:17} for a whole row, the sheet alone for the sheet as a whole;
	 * {@code null} for a text file.
	 */
	public String cell() {
		if (sheet == null) {
			return null;
		}
		String name = quotedSheet();
		if (line <= 0) {
			return name;
		}
		return (column <= 0) ? name + "!" + line + ":" + line : name + "!" + columnLetters(column) + line;
	}

	/** A 1-based column number as Excel writes it: 1 is A, 27 is AA. */
	public static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int rest = column; rest > 0; rest = (rest - 1) / 26) {
			letters.insert(0, (char) ('A' + (rest - 1) % 26));
		}
		return letters.toString();
	}

	private String quotedSheet() {
		boolean plain = PLAIN_SHEET.matcher(sheet).matches() && !LIKE_A_CELL.matcher(sheet).matches();
		return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
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
		String where = (sheet != null) ? whereInSheet(locale)
				: (line <= 0) ? Messages.text(locale, "input.where.file", file)
						: (column <= 0) ? Messages.text(locale, "input.where.line", file, line)
								: Messages.text(locale, "input.where.cell", file, line, column);
		if (field != null) {
			where = Messages.text(locale, "input.where.field", where, field);
		}
		return (value != null) ? Messages.text(locale, "input.where.value", where, value, expected(locale))
				: Messages.text(locale, "input.where.expected", where, expected(locale));
	}

	private String whereInSheet(Locale locale) {
		if (line <= 0) {
			return Messages.text(locale, "input.where.sheet", file, sheet);
		}
		return (column <= 0) ? Messages.text(locale, "input.where.sheetRow", file, sheet, line)
				: Messages.text(locale, "input.where.sheetCell", file, cell());
	}

}
