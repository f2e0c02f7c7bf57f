package org.sixrates.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sixrates.input.InputError;
import org.sixrates.records.Vocabulary;

/**
 * One data row read through its header. Every getter returns the value, or {@code null}
 * after adding an error that names the cell, so that one pass over a file finds all its
 * errors. An empty cell of a required column is an error; of an optional column it gives
 * the default.
 *
 * @param <C> the columns of the kind of file
 */
final class Fields<C extends Enum<C> & Column> {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	private static final Set<String> TRUE = Set.of("true", "yes", "1", "是");

	private static final Set<String> FALSE = Set.of("false", "no", "0", "否");

	// Excel on a Chinese system writes 2024/3/5; ISO is 2024-03-05.
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

	private final String file;

	private final CsvRow row;

	private final Header<C> header;

	private final List<InputError> errors;

	private final int errorsBefore;

	Fields(String file, CsvRow row, Header<C> header, List<InputError> errors) {
		this.file = file;
		this.row = row;
		this.header = header;
		this.errors = errors;
		this.errorsBefore = errors.size();
	}

	int line() {
		return row.line();
	}

	/** Whether no getter has found an error in this row so far. */
	boolean valid() {
		return errors.size() == errorsBefore;
	}

	/** The cell stripped, or {@code ""} when the file has no such column. */
	String text(C column) {
		int index = header.index(column);
		return index < 0 || index >= row.values().size() ? "" : row.values().get(index).strip();
	}

	/**
	 * An error about this row's cell in {@code column}, quoting what is written there.
	 */
	void reject(C column, String expected) {
		errors.add(new InputError(file, row.line(), header.index(column) + 1, header.written(column), text(column),
				expected));
	}

	/**
	 * Text of at most {@code maxLength} characters; {@code ""} when empty and optional.
	 */
	String text(C column, int maxLength) {
		String text = text(column);
		if (missing(column, text)) {
			return null;
		}
		if (text.length() > maxLength) {
			reject(column, "at most " + maxLength + " characters (found " + text.length() + ")");
			return null;
		}
		return text;
	}

	/** One of the vocabulary, or {@code whenEmpty} when empty and optional. */
	<E extends Enum<E> & Vocabulary> E vocabulary(C column, Class<E> type, E whenEmpty) {
		String text = text(column);
		if (text.isEmpty()) {
			return missing(column, text) ? null : whenEmpty;
		}
		E value = Vocabulary.parse(type, text).orElse(null);
		if (value == null) {
			reject(column, "one of " + Vocabulary.describe(type));
		}
		return value;
	}

	/**
	 * A whole number from {@code min} to {@code max}; {@code whenEmpty} when empty and
	 * optional.
	 */
	Integer whole(C column, int min, int max, Integer whenEmpty) {
		String text = text(column);
		if (text.isEmpty()) {
			return missing(column, text) ? null : whenEmpty;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException notWhole) {
			// reported below, in the same words as a number out of range
		}
		reject(column,
				max == Integer.MAX_VALUE ? "a whole number ≥ " + min : "a whole number from " + min + " to " + max);
		return null;
	}

	/** An assessment year. */
	Integer year(C column) {
		return whole(column, FIRST_YEAR, LAST_YEAR, null);
	}

	/**
	 * A number from {@code min} to {@code max}, or {@code null} when empty and optional.
	 */
	Double number(C column, double min, double max) {
		String text = text(column);
		if (missing(column, text) || text.isEmpty()) {
			return null;
		}
		try {
			// BigDecimal reads what a spreadsheet writes and refuses Java's NaN, 1d and
			// 0x1p3
			double value = new BigDecimal(text).doubleValue();
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException notNumber) {
			// reported below
		}
		reject(column, "a number from " + plain(min) + " to " + plain(max) + ", or empty");
		return null;
	}

	/** true/false, 是/否, yes/no or 1/0 in any case; {@code false} when empty. */
	Boolean bool(C column) {
		String text = text(column).toLowerCase(Locale.ROOT);
		if (text.isEmpty() || FALSE.contains(text)) {
			return Boolean.FALSE;
		}
		if (TRUE.contains(text)) {
			return Boolean.TRUE;
		}
		reject(column, "true or false (是/否, yes/no, 1/0), or empty");
		return null;
	}

	/**
	 * A date written {@code 2024-03-05} or {@code 2024/3/5}, or {@code null} when empty.
	 */
	LocalDate date(C column) {
		String text = text(column);
		if (text.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException tryNext) {
				// the next format may read it
			}
		}
		reject(column, "a date written yyyy-MM-dd (or yyyy/M/d), or empty");
		return null;
	}

	/** Whether this row's field count differs from the header's, reporting it if so. */
	boolean misshapen() {
		int size = row.values().size();
		if (size == header.size()) {
			return false;
		}
		int column = Math.min(size, header.size()) + 1;
		String expected = header.size() + " fields as in the header on line " + header.line() + ", found " + size;
		errors.add(new InputError(file, row.line(), column, header.nameAt(column - 1), null, expected));
		return true;
	}

	private boolean missing(C column, String text) {
		if (!text.isEmpty() || !column.required()) {
			return false;
		}
		if (header.index(column) >= 0) {
			reject(column, "a value (" + column.names().get(0) + " is required)");
		}
		// a required column absent from the header was reported once, with the header
		return true;
	}

	private static String plain(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
