package org.sixrates.vocabulary;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * What a field holds, and how each value is read from a file or a form, written back,
 * shown, put in JSON and stored: one place per kind of value, for every field of that
 * kind.
 */
public sealed interface ValueType {

	/**
	 * The value of a non-empty cell (already stripped), or the error that says what was
	 * expected.
	 */
	Parsed parse(String text);

	/** The value of an empty cell of an optional field. */
	Object whenEmpty();

	/** The value as a file or a form writes it; {@code ""} for none. */
	String text(Object value);

	/** The value as a reader reads it. */
	default String label(Object value, Locale locale) {
		return text(value);
	}

	/** The value in JSON and in the audit trail's before and after. */
	default Object json(Object value) {
		return value;
	}

	/** The value as its database column holds it. */
	default Object stored(Object value) {
		return value;
	}

	/** The value of its database column's content. */
	default Object fromStored(Object stored) {
		return stored;
	}

	/**
	 * A value read, or why not.
	 *
	 * @param value {@code null} when {@code error} is set
	 */
	record Parsed(Object value, Message error) {

		static Parsed ok(Object value) {
			return new Parsed(value, null);
		}

		static Parsed refused(Message error) {
			return new Parsed(null, error);
		}

		public boolean failed() {
			return error != null;
		}

	}

	/**
	 * Free text of at most {@code maxLength} characters; empty is {@code ""} or, with
	 * {@code emptyIsNull}, none.
	 */
	record Text(int maxLength, boolean emptyIsNull) implements ValueType {

		@Override
		public Parsed parse(String text) {
			return (text.length() > maxLength)
					? Parsed.refused(Message.of("input.text.tooLong", maxLength, text.length())) : Parsed.ok(text);
		}

		@Override
		public Object whenEmpty() {
			return emptyIsNull ? null : "";
		}

		@Override
		public String text(Object value) {
			return (value == null) ? "" : (String) value;
		}

	}

	/**
	 * A code that names a row in paths and files: a committee's code, a record's id. Its
	 * first character is one {@code first} accepts and every other one {@code rest}
	 * accepts, so that it is safe in every URL and file name built from it. Each
	 * character (code point) is tested as it is, with no pattern to match: an import
	 * reads an id a row.
	 *
	 * @param expected the message saying which characters are allowed
	 */
	record Code(int maxLength, IntPredicate first, IntPredicate rest, String expected) implements ValueType {

		/**
		 * A committee's code: ASCII letters, digits, {@code _} and {@code -}, as a URL
		 * carries it untouched ({@code [A-Za-z0-9_-]+}).
		 */
		public static final Code COMMITTEE = new Code(32, Code::asciiCode, Code::asciiCode, "input.code.alphabet");

		/**
		 * A record's id: letters and digits of any script, {@code -}, {@code _} and
		 * {@code .}, starting with a letter or digit (never {@code ..}, never a
		 * {@code /}): {@code [\p{L}\p{N}][\p{L}\p{N}._-]*}.
		 */
		public static final Code RECORD = new Code(100, Code::letterOrNumber,
				c -> letterOrNumber(c) || c == '.' || c == '_' || c == '-', "input.id.alphabet");

		@Override
		public Parsed parse(String text) {
			if (text.length() > maxLength) {
				return Parsed.refused(Message.of("input.text.tooLong", maxLength, text.length()));
			}
			return written(text) ? Parsed.ok(text) : Parsed.refused(Message.of(expected));
		}

		private boolean written(String text) {
			if (text.isEmpty()) {
				return false;
			}
			int c = text.codePointAt(0);
			if (!first.test(c)) {
				return false;
			}
			for (int i = Character.charCount(c); i < text.length(); i += Character.charCount(c)) {
				c = text.codePointAt(i);
				if (!rest.test(c)) {
					return false;
				}
			}
			return true;
		}

		private static boolean asciiCode(int c) {
			return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
		}

		/** A letter ({@code \p{L}}) or a number ({@code \p{N}}) of any script. */
		private static boolean letterOrNumber(int c) {
			if (c < 0x80) {
				return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			}
			return switch (Character.getType(c)) {
				case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
						Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
						Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
					true;
				default -> false;
			};
		}

		@Override
		public Object whenEmpty() {
			return "";
		}

		@Override
		public String text(Object value) {
			return (value == null) ? "" : (String) value;
		}

	}

	/** A subtype: free text, a named {@link Subtype} stored as its code (DESIGN §2). */
	record SubtypeText(int maxLength) implements ValueType {

		@Override
		public Parsed parse(String text) {
			return (text.length() > maxLength)
					? Parsed.refused(Message.of("input.text.tooLong", maxLength, text.length()))
					: Parsed.ok(Subtypes.canonical(text));
		}

		@Override
		public Object whenEmpty() {
			return null;
		}

		@Override
		public String text(Object value) {
			return (value == null) ? "" : (String) value;
		}

		@Override
		public String label(Object value, Locale locale) {
			return Subtypes.label((String) value, locale);
		}

	}

	/** A whole number from {@code min} to {@code max}. */
	record Whole(int min, int max, Integer emptyValue) implements ValueType {

		/** An assessment year (考核年度). */
		public static final Whole YEAR = new Whole(1900, 2200, null);

		@Override
		public Parsed parse(String text) {
			try {
				int value = Integer.parseInt(text);
				if (value >= min && value <= max) {
					return Parsed.ok(value);
				}
			}
			catch (NumberFormatException notWhole) {
				// refused below, in the same words as a number out of range
			}
			// the upper limit is said even where it is the column's own: a count of 2 147
			// 483
			// 648 is refused, and the user must see why
			return Parsed.refused(Message.of("input.whole.range", min, max));
		}

		@Override
		public Object whenEmpty() {
			return emptyValue;
		}

		@Override
		public String text(Object value) {
			return (value == null) ? "" : value.toString();
		}

	}

	/** A number from {@code min} to {@code max}, or none. */
	record Decimal(double min, double max) implements ValueType {

		@Override
		public Parsed parse(String text) {
			try {
				// BigDecimal reads what a spreadsheet writes and refuses Java's NaN, 1d
				// and 0x1p3
				double value = new BigDecimal(text).doubleValue();
				if (value >= min && value <= max) {
					return Parsed.ok(value);
				}
			}
			catch (NumberFormatException notNumber) {
				// refused below
			}
			return Parsed.refused(Message.of("input.number.range", min, max));
		}

		@Override
		public Object whenEmpty() {
			return null;
		}

		@Override
		public String text(Object value) {
			return (value == null) ? "" : Decimals.plain((Double) value);
		}

	}

	/** Yes or no (是/否); empty is no. */
	record Bool() implements ValueType {

		@Override
		public Parsed parse(String text) {
			return YesNo.parse(text).map(Parsed::ok).orElseGet(() -> Parsed.refused(Message.of("input.boolean")));
		}

		@Override
		public Object whenEmpty() {
			return Boolean.FALSE;
		}

		@Override
		public String text(Object value) {
			return String.valueOf(Boolean.TRUE.equals(value));
		}

		@Override
		public String label(Object value, Locale locale) {
			return (value == null) ? "" : YesNo.of((Boolean) value).in(locale);
		}

	}

	/**
	 * A date written {@code 2024-03-05} or {@code 2024/3/5} (what Excel writes on a
	 * Chinese system) and nothing else, in the years an assessment can have, or none.
	 */
	record Day() implements ValueType {

		private static final List<DateTimeFormatter> FORMATS = List.of(
				DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
				DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

		@Override
		public Parsed parse(String text) {
			LocalDate written = iso(text);
			if (written != null) {
				return inRange(written);
			}
			for (DateTimeFormatter format : FORMATS) {
				try {
					return inRange(LocalDate.parse(text, format));
				}
				catch (DateTimeParseException tryNext) {
					// the next format may read it
				}
			}
			return Parsed.refused(Message.of("input.date"));
		}

		private static Parsed inRange(LocalDate date) {
			return (date.getYear() >= Whole.YEAR.min() && date.getYear() <= Whole.YEAR.max()) ? Parsed.ok(date)
					: Parsed.refused(Message.of("input.date.range", Whole.YEAR.min(), Whole.YEAR.max()));
		}

		/**
		 * The date of a text of exactly the first format's shape, four, two and two ASCII
		 * digits, read as that format reads it, or {@code null} for any other text or no
		 * such day: the formats then decide. Nearly every date of a large file is written
		 * so, and a formatter takes many times as long to read it.
		 */
		private static LocalDate iso(String text) {
			if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
				return null;
			}
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year < 0 || month < 0 || day < 0) {
				return null;
			}
			try {
				return LocalDate.of(year, month, day);
			}
			catch (DateTimeException noSuchDay) {
				return null;
			}
		}

		/** The number the ASCII digits from {@code from} to {@code to} write, or -1. */
		private static int digits(String text, int from, int to) {
			int value = 0;
			for (int i = from; i < to; i++) {
				char c = text.charAt(i);
				if (c < '0' || c > '9') {
					return -1;
				}
				value = value * 10 + (c - '0');
			}
			return value;
		}

		@Override
		public Object whenEmpty() {
			return null;
		}

		@Override
		public String text(Object value) {
			return (value == null) ? "" : value.toString();
		}

		@Override
		public Object json(Object value) {
			return (value == null) ? null : value.toString();
		}

	}

	/** One term of a closed vocabulary, stored as its code. */
	record Choice<E extends Enum<E> & Term>(Class<E> terms, E emptyValue) implements ValueType {

		@Override
		public Parsed parse(String text) {
			return Term.parse(terms, text)
				.map(Parsed::ok)
				.orElseGet(() -> Parsed.refused(Message.of("input.oneOf", Term.describe(terms))));
		}

		@Override
		public Object whenEmpty() {
			return emptyValue;
		}

		@Override
		public String text(Object value) {
			return (value == null) ? "" : ((Enum<?>) value).name();
		}

		@Override
		public String label(Object value, Locale locale) {
			return (value == null) ? "" : ((Term) value).in(locale);
		}

		@Override
		public Object json(Object value) {
			return (value == null) ? null : ((Enum<?>) value).name();
		}

		@Override
		public Object stored(Object value) {
			return json(value);
		}

		@Override
		public Object fromStored(Object stored) {
			return (stored == null) ? null : Enum.valueOf(terms, (String) stored);
		}

		/** Every term, in their order, for a form's options. */
		public List<E> values() {
			return List.of(terms.getEnumConstants());
		}

	}

}
