package org.sixrates.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.ValueType;

/**
 * One field of a stored record as its page reads it: its label, its value as a reader
 * reads it (提案, not PROPOSAL) and, where a clerk's change waits beside an approved
 * record, the value that change would give it.
 *
 * @param pending the pending change's value, or {@code null} when none waits
 * @param changed whether the pending change alters the field
 */
public record ShownField(String key, String label, String value, String pending, boolean changed) {

	/**
	 * The fields of the form ({@link RecordEditPages#FIELDS}) of {@code stored}, written
	 * as a form writes them, beside those of {@code pending} (or {@code null}): those of
	 * the record's kind, and any other that holds something, as the form shows them.
	 */
	static List<ShownField> all(Map<String, String> stored, Map<String, String> pending, Locale locale) {
		return RecordEditPages.FIELDS.stream()
			.filter(field -> applies(field, stored) || (pending != null && applies(field, pending)))
			.map(field -> {
				String value = shown(field, stored.get(field.key()), locale);
				String waiting = (pending == null) ? null : shown(field, pending.get(field.key()), locale);
				return new ShownField(field.key(), field.label(locale), value, waiting,
						waiting != null && !Objects.equals(value, waiting));
			})
			.toList();
	}

	/** The record's review state as a reader reads it (待审核). */
	static String review(Map<String, String> stored, Locale locale) {
		return shown(RecordField.REVIEW, stored.get(RecordField.REVIEW.key()), locale);
	}

	private static boolean applies(RecordField field, Map<String, String> record) {
		String text = record.get(field.key());
		boolean holdsSomething = text != null && !text.isBlank()
				&& !text.strip().equals(field.type().text(field.type().whenEmpty()));
		return field.kinds().isEmpty() || holdsSomething
				|| field.kinds().stream().anyMatch(kind -> kind.name().equals(record.get(RecordField.KIND.key())));
	}

	private static String shown(RecordField field, String text, Locale locale) {
		ValueType type = field.type();
		if (text == null || text.isBlank()) {
			return type.label(type.whenEmpty(), locale);
		}
		ValueType.Parsed parsed = type.parse(text.strip());
		return parsed.failed() ? text : type.label(parsed.value(), locale);
	}

}
