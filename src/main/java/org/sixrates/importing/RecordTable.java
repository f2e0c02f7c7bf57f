package org.sixrates.importing;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;

import java.util.EnumMap;
import java.util.Map;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.sixrates.db.tables.ActivityRecord;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Values;

/**
 * The database mapping of a record: each {@link RecordField} is the column it names in
 * {@code activity_record}, each value stored as its type says.
 */
public final class RecordTable {

	public static final ActivityRecord R = ACTIVITY_RECORD;

	private static final Map<RecordField, Field<?>> COLUMNS = new EnumMap<>(RecordField.class);

	static {
		for (RecordField field : RecordField.values()) {
			Field<?> column = R.field(field.column());
			if (column == null) {
				throw new IllegalStateException("activity_record has no column " + field.column() + " for " + field);
			}
			COLUMNS.put(field, column);
		}
	}

	private RecordTable() {
	}

	/** The column of {@code field}. */
	public static Field<?> column(RecordField field) {
		return COLUMNS.get(field);
	}

	/** Every column of a record, in field order. */
	public static Field<?>[] columns() {
		return COLUMNS.values().toArray(Field[]::new);
	}

	/** A record read with (at least) every column of {@link #columns()}. */
	public static Values<RecordField> values(Record row) {
		Map<RecordField, Object> values = new EnumMap<>(RecordField.class);
		COLUMNS.forEach((field, column) -> values.put(field, field.type().fromStored(row.get(column))));
		return Values.of(RecordField.class, values);
	}

	/**
	 * The columns of the fields in {@code table}, which names them as
	 * {@code activity_record} does ({@code record_change} keeps a record's pending
	 * version), in field order.
	 */
	public static Field<?>[] columnsIn(Table<?> table) {
		return COLUMNS.keySet().stream().map(field -> table.field(field.column())).toArray(Field[]::new);
	}

	/** A row of {@code table} read with every column of {@link #columnsIn(Table)}. */
	public static Values<RecordField> values(Record row, Table<?> table) {
		Map<RecordField, Object> values = new EnumMap<>(RecordField.class);
		COLUMNS.keySet()
			.forEach(field -> values.put(field, field.type().fromStored(row.get(table.field(field.column())))));
		return Values.of(RecordField.class, values);
	}

	/** The values as their columns hold them, in field order. */
	public static Object[] stored(Values<RecordField> values) {
		return COLUMNS.keySet().stream().map(field -> field.type().stored(values.get(field))).toArray();
	}

}
