package org.sixrates.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Term;
import org.sixrates.vocabulary.ValueType;

/**
 * One field of the record form as the template draws it, made from the field's
 * descriptor: a select for a vocabulary, a yes/no or the year, a date input for a date,
 * text otherwise.
 *
 * @param key the field's key, the input's name and id
 * @param control {@code select}, {@code date} or {@code text}
 * @param options the choices of a select
 * @param value what the input holds
 * @param error what is wrong with the value, or {@code null}
 * @param readOnly the id of a stored record, which names it
 */
public record FormField(String key, String label, String control, List<Option> options, String value, String error,
		boolean readOnly, Integer maxLength, String inputMode) {

	/** A choice of a select. */
	public record Option(String value, String label) {
	}

	static FormField of(RecordField field, String value, String error, boolean storedRecord, List<Integer> years,
			Locale locale) {
		String label = field.label(locale);
		ValueType type = field.type();
		boolean readOnly = storedRecord && field == RecordField.ID;
		if (field == RecordField.YEAR) {
			List<Option> options = years.stream().map(year -> new Option(year.toString(), year.toString())).toList();
			return new FormField(field.key(), label, "select", options, value, error, false, null, null);
		}
		if (type instanceof ValueType.Choice<?> choice) {
			List<Option> options = new ArrayList<>();
			if (choice.emptyValue() == null && !field.required()) {
				options.add(new Option("", Messages.text(locale, "edit.none")));
			}
			for (Term term : choice.values()) {
				options.add(new Option(term.name(), term.in(locale)));
			}
			return new FormField(field.key(), label, "select", options, value, error, false, null, null);
		}
		if (type instanceof ValueType.Bool) {
			List<Option> options = List.of(new Option("false", type.label(false, locale)),
					new Option("true", type.label(true, locale)));
			return new FormField(field.key(), label, "select", options, value, error, false, null, null);
		}
		if (type instanceof ValueType.Day) {
			return new FormField(field.key(), label, "date", List.of(), value, error, false, null, null);
		}
		Integer maxLength = (type instanceof ValueType.Text text && text.maxLength() < Integer.MAX_VALUE)
				? text.maxLength() : (type instanceof ValueType.SubtypeText subtype) ? subtype.maxLength() : null;
		String inputMode = (type instanceof ValueType.Whole) ? "numeric"
				: (type instanceof ValueType.Decimal) ? "decimal" : null;
		return new FormField(field.key(), label, "text", List.of(), value, error, readOnly, maxLength, inputMode);
	}

}
