package org.sixrates.importing;

import static org.sixrates.db.Tables.RECORD_CHANGE;
import static org.sixrates.importing.RecordTable.R;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Values;

/**
 * A record entered in a form, checked by the very rules of {@code records.csv}: the
 * fields are written out as a one-row CSV text and read by {@link RecordFile}, so that a
 * form and a file can never disagree on what a valid record is. The form's fields are
 * named by their keys.
 */
final class RecordForm {

	/** The name errors of a form carry in place of a file name. */
	static final String FILE = "form";

	private static final List<String> KEYS = Arrays.stream(RecordField.values()).map(RecordField::key).toList();

	private RecordForm() {
	}

	static String csv(String committee, String id, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : KEYS) {
			values.put(key, fields.getOrDefault(key, ""));
		}
		values.put(RecordField.COMMITTEE.key(), committee);
		values.put(RecordField.ID.key(), id);
		return String.join(",", KEYS) + "\r\n"
				+ values.values().stream().map(RecordForm::quoted).collect(Collectors.joining(",")) + "\r\n";
	}

	/** A stored record's fields as a form writes them, by key. */
	static Optional<Map<String, String>> stored(DSLContext dsl, String committee, String id) {
		return read(dsl, R, committee, id);
	}

	/**
	 * A clerk's change waiting beside an approved record (DESIGN §8), its fields as a
	 * form writes them, by key.
	 */
	static Optional<Map<String, String>> pending(DSLContext dsl, String committee, String id) {
		return read(dsl, RECORD_CHANGE, committee, id);
	}

	private static Optional<Map<String, String>> read(DSLContext dsl, Table<?> table, String committee, String id) {
		Record row = dsl.select(RecordTable.columnsIn(table))
			.from(table)
			.where(table.field(R.COMMITTEE.getName(), String.class).eq(committee))
			.and(table.field(R.ID.getName(), String.class).eq(id))
			.fetchOne();
		if (row == null) {
			return Optional.empty();
		}
		Values<RecordField> values = RecordTable.values(row, table);
		Map<String, String> fields = new LinkedHashMap<>();
		for (RecordField field : RecordField.values()) {
			fields.put(field.key(), values.text(field));
		}
		return Optional.of(fields);
	}

	private static String quoted(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
