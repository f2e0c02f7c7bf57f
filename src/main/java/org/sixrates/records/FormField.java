package org.sixrates.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Subtype;
import org.sixrates.vocabulary.Subtypes;
import org.sixrates.vocabulary.Term;
import org.sixrates.vocabulary.ValueType;

/**
 * One field of the record form as the template draws it, made from the field's
 * descriptor: a select for a vocabulary, a yes/no or the year, a date input for a date,
 * text otherwise, each with a line of help that says what it holds and, for a field of
 * some kinds only ({@link RecordField#kinds()}), which kinds. Every field is drawn, so
 * that the form works without a script; the script hides those that do not apply to the
 * kind chosen and hold nothing.
 *
 * @param key the field's key, the input's name and id
 * @param control {@code select}, {@code date} or {@code text}
 * @param options the choices of a select
 * @param value what the input holds
 * @param error what is wrong with the value, or {@code null}
 * @param readOnly the id of a stored record, which names it
 * @param help what the field holds and when it applies
 * @param kinds the kinds it applies to, space-separated, or {@code null} for every kind
 * @param empty what the input holds when the field is empty
 * @param list the id of the suggestions offered (a datalist), or {@code null}
 * @param min the first day a date input offers, or {@code null}
 * @param max the last day a date input offers, or {@code null}
 */
public record FormField(String key, String label, String control, List<Option> options, String value, String error,
		boolean readOnly, Integer maxLength, String inputMode, String help, String kinds, String empty, String list,
		String min, String max) {

	/** The id of the datalist of every named subtype. */
	static final String SUBTYPES = "subtypes";

	/** A choice of a select, or a suggestion of a datalist. */
	public record Option(String value, String label) {
	}

	/**
	 * The datalists of the subtype: every named subtype, and those of each kind that has
	 * any ({@code subtypes-ACTIVITY}), each by its label, which the importer reads as the
	 * subtype's code.
	 */
	static Map<String, List<Option>> subtypeLists(Locale locale) {
		Map<String, List<Option>> lists = new LinkedHashMap<>();
		lists.put(SUBTYPES, Arrays.stream(Subtype.values()).map(subtype -> suggestion(subtype, locale)).toList());
		for (Subtype subtype : Subtype.values()) {
			lists.computeIfAbsent(listOf(subtype.kind()), id -> new ArrayList<>()).add(suggestion(subtype, locale));
		}
		return lists;
	}

	/**
	 * @param fields what the form holds, by key: the field's value, and the kind and year
	 * its suggestions and bounds follow
	 */
	static FormField of(RecordField field, Map<String, String> fields, String error, boolean storedRecord,
			List<Integer> years, Locale locale) {
		String label = field.label(locale);
		ValueType type = field.type();
		String value = fields.getOrDefault(field.key(), "");
		String help = help(field, locale);
		String kinds = field.kinds().isEmpty() ? null
				: field.kinds().stream().map(Kind::name).collect(Collectors.joining(" "));
		String empty = type.text(type.whenEmpty());
		if (field == RecordField.YEAR) {
			List<Option> options = years.stream().map(year -> new Option(year.toString(), year.toString())).toList();
			return new FormField(field.key(), label, "select", options, value, error, false, null, null, help, kinds,
					empty, null, null, null);
		}
		if (type instanceof ValueType.Choice<?> choice) {
			List<Option> options = new ArrayList<>();
			if (choice.emptyValue() == null && !field.required()) {
				options.add(new Option("", Messages.text(locale, "edit.none")));
			}
			for (Term term : choice.values()) {
				options.add(new Option(term.name(), term.in(locale)));
			}
			return new FormField(field.key(), label, "select", options, value, error, false, null, null, help, kinds,
					empty, null, null, null);
		}
		if (type instanceof ValueType.Bool) {
			List<Option> options = List.of(new Option("false", type.label(false, locale)),
					new Option("true", type.label(true, locale)));
			return new FormField(field.key(), label, "select", options, value, error, false, null, null, help, kinds,
					empty, null, null, null);
		}
		if (type instanceof ValueType.Day) {
			String[] bounds = bounds(fields.get(RecordField.YEAR.key()), value);
			return new FormField(field.key(), label, "date", List.of(), value, error, false, null, null, help, kinds,
					empty, null, bounds[0], bounds[1]);
		}
		Integer maxLength = (type instanceof ValueType.Text text && text.maxLength() < Integer.MAX_VALUE)
				? text.maxLength() : (type instanceof ValueType.SubtypeText subtype) ? subtype.maxLength() : null;
		String inputMode = (type instanceof ValueType.Whole) ? "numeric"
				: (type instanceof ValueType.Decimal) ? "decimal" : null;
		String list = null;
		if (field == RecordField.SUBTYPE) {
			// a named subtype as its label, which reads back as its code
			value = Subtypes.label(value.isEmpty() ? null : value, locale);
			list = kindWithSubtypes(fields.get(RecordField.KIND.key()))
					? listOf(Kind.valueOf(fields.get(RecordField.KIND.key()))) : SUBTYPES;
		}
		boolean readOnly = storedRecord && field == RecordField.ID;
		return new FormField(field.key(), label, "text", List.of(), value, error, readOnly, maxLength, inputMode, help,
				kinds, empty, list, null, null);
	}

	/** The field's line of help, and the kinds it applies to where not every kind. */
	static String help(RecordField field, Locale locale) {
		String help = Messages.text(locale, "edit.help." + field.key());
		Set<Kind> kinds = field.kinds();
		if (kinds.isEmpty()) {
			return help;
		}
		return help + (Messages.english(locale) ? " " : "")
				+ Messages.text(locale, "edit.help.kinds", Messages.list(List.copyOf(kinds)).in(locale));
	}

	/**
	 * The first and last day of the year chosen, which the date picker offers; none when
	 * there is no year or the date already lies outside it (an imported date that a
	 * browser would otherwise refuse to send back unchanged).
	 */
	private static String[] bounds(String year, String date) {
		if (year == null || !year.matches("\\d{4}")) {
			return new String[2];
		}
		LocalDate first = LocalDate.of(Integer.parseInt(year), 1, 1);
		LocalDate last = first.withDayOfYear(first.lengthOfYear());
		if (date != null && !date.isBlank()) {
			try {
				LocalDate day = LocalDate.parse(date.strip());
				if (day.isBefore(first) || day.isAfter(last)) {
					return new String[2];
				}
			}
			catch (DateTimeParseException ex) {
				return new String[2];
			}
		}
		return new String[] { first.toString(), last.toString() };
	}

	private static boolean kindWithSubtypes(String kind) {
		return Arrays.stream(Subtype.values()).anyMatch(subtype -> subtype.kind().name().equals(kind));
	}

	private static String listOf(Kind kind) {
		return SUBTYPES + "-" + kind.name();
	}

	private static Option suggestion(Subtype subtype, Locale locale) {
		return new Option(subtype.in(locale), subtype.in(locale));
	}

}
