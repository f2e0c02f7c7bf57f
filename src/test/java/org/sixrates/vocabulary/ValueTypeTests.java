package org.sixrates.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Values read the same whichever way the reader takes to them: a date of the ISO shape as
 * the strict formatter reads it, a term written as its code or label as in any other
 * case.
 */
class ValueTypeTests {

	private static final Pattern RECORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

	private static final Pattern COMMITTEE = Pattern.compile("[A-Za-z0-9_-]+");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	@Property(tries = 3000)
	void aDateOfTheIsoShapeReadsAsTheStrictFormatterReadsIt(@ForAll @IntRange(min = 0, max = 9999) int year,
			@ForAll @IntRange(min = 0, max = 99) int month, @ForAll @IntRange(min = 0, max = 99) int day) {
		String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);

		ValueType.Parsed parsed = new ValueType.Day().parse(text);

		LocalDate expected = strictly(text);
		if (expected == null) {
			assertThat(parsed.failed()).isTrue();
			assertThat(parsed.error().key()).isEqualTo("input.date");
		}
		else if (expected.getYear() < 1900 || expected.getYear() > 2200) {
			assertThat(parsed.error().key()).isEqualTo("input.date.range");
		}
		else {
			assertThat(parsed.value()).isEqualTo(expected);
		}
	}

	@Test
	void daysThatDoNotExistAndOtherShapesAreRefusedOrReadByTheFormats() {
		ValueType.Day day = new ValueType.Day();

		assertThat(day.parse("2024-02-29").value()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(day.parse("2023-02-29").error().key()).isEqualTo("input.date");
		assertThat(day.parse("2024-04-31").error().key()).isEqualTo("input.date");
		assertThat(day.parse("2024/3/5").value()).isEqualTo(LocalDate.of(2024, 3, 5));
		assertThat(day.parse("2024-3-05").error().key()).isEqualTo("input.date");
		assertThat(day.parse("２０２４-03-05").error().key()).isEqualTo("input.date");
		assertThat(day.parse("1899-12-31").error().key()).isEqualTo("input.date.range");
	}

	@Test
	void aTermIsReadFromItsCodeAndLabelsInAnyCase() {
		for (Kind kind : Kind.values()) {
			String chinese = kind.in(Messages.CHINESE);
			String english = kind.in(Messages.ENGLISH);
			assertThat(Term.parse(Kind.class, kind.name())).contains(kind);
			assertThat(Term.parse(Kind.class, kind.name().toLowerCase(Locale.ROOT))).contains(kind);
			assertThat(Term.parse(Kind.class, " " + kind.name() + " ")).contains(kind);
			assertThat(Term.parse(Kind.class, chinese)).contains(kind);
			assertThat(Term.parse(Kind.class, english)).contains(kind);
			assertThat(Term.parse(Kind.class, english.toUpperCase(Locale.ROOT))).contains(kind);
		}
		assertThat(Term.parse(Level.class, "NONE")).contains(Level.NONE);
		assertThat(Term.parse(Level.class, "NOPE")).isEmpty();
	}

	@Property(tries = 3000)
	void codesAreReadAsTheirPatternsMatch(@ForAll("codes") String text) {
		assertThat(ValueType.Code.RECORD.parse(text).failed()).as(text)
			.isEqualTo(!RECORD.matcher(text).matches() || text.length() > 100);
		assertThat(ValueType.Code.COMMITTEE.parse(text).failed()).as(text)
			.isEqualTo(!COMMITTEE.matcher(text).matches() || text.length() > 32);
	}

	@Provide
	Arbitrary<String> codes() {
		// ASCII, other scripts' letters and numbers (Ⅻ is a letter number, ² another
		// number), marks, punctuation, white space, a surrogate pair and lone halves
		return Arbitraries
			.of("a", "Z", "0", "9", ".", "_", "-", "/", " ", "é", "提", "ª", "Ⅻ", "²", "٣", "\u0301", "𠀀", "\uD840",
					"\uDC00", "!", "~", "\u00A0")
			.list()
			.ofMinSize(1)
			.ofMaxSize(6)
			.map(parts -> String.join("", parts));
	}

	private static LocalDate strictly(String text) {
		try {
			return LocalDate.parse(text, ISO);
		}
		catch (DateTimeParseException notADay) {
			return null;
		}
	}

}
