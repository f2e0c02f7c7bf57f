package org.sixrates.audit;

import java.util.Optional;
import java.util.stream.Collectors;

import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.ValueType;
import org.sixrates.web.Labels;
import org.springframework.stereotype.Component;

/**
 * The audit trail's fields and values in the reader's words
 * ({@code ${@auditText.field(…)}}): the JSON of a row keeps keys and codes, the page
 * shows labels ({@code 办理状态}: {@code 已办结}).
 */
@Component("auditText")
public class AuditText {

	/** The label of a field of an audited row. */
	public String field(String entity, String key) {
		return descriptor(entity, key).map(field -> field.label(Labels.locale()))
			.orElseGet(() -> Messages.has("audit.field." + key) ? Messages.text(Labels.locale(), "audit.field." + key)
					: key);
	}

	/** A value as the JSON holds it, read by its field's type and shown by its label. */
	public String value(String entity, String key, String json) {
		if (json == null) {
			return "";
		}
		return descriptor(entity, key).map(field -> {
			ValueType.Parsed parsed = json.isEmpty() ? null : field.type().parse(json);
			return (parsed == null || parsed.failed()) ? json : field.type().label(parsed.value(), Labels.locale());
		})
			.orElseGet(() -> Messages.has("yearState." + json) && "state".equals(key)
					? Messages.text(Labels.locale(), "yearState." + json) : json);
	}

	/**
	 * A row added (its fields after) or removed (its fields before), on one line:
	 * {@code 年度=2024；类别=提案；…}, empty fields left out.
	 */
	public String summary(AuditEntry.Change change) {
		return change.fields()
			.stream()
			.map(field -> new String[] { field.field(), change.removed() ? field.before() : field.after() })
			.filter(field -> field[1] != null && !field[1].isEmpty())
			.map(field -> field(change.entity(), field[0]) + "=" + value(change.entity(), field[0], field[1]))
			.collect(Collectors.joining(Messages.english(Labels.locale()) ? "; " : "；"));
	}

	/**
	 * The field descriptor of a record's or a committee year's key; a year's state and an
	 * objection have none, their keys' labels are {@code audit.field.*}.
	 */
	private static Optional<? extends Field> descriptor(String entity, String key) {
		if (AuditChange.YEAR.equals(entity) || AuditChange.OBJECTION.equals(entity)) {
			return Optional.empty();
		}
		return AuditChange.RECORD.equals(entity) ? RecordField.ofKey(key) : CommitteeField.ofKey(key);
	}

}
