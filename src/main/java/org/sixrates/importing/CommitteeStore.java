package org.sixrates.importing;

import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.REPORTING;
import static org.sixrates.system.Batches.slot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Table;
import org.sixrates.audit.AuditChange;
import org.sixrates.system.Batches;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Values;

/**
 * Writes committee rows: {@code committee} (the fields of the committee itself) inserted
 * or updated once per code, {@code committee_year} (the fields of a year) once per row. A
 * row counts as added when its committee and year were new, else as updated.
 */
final class CommitteeStore {

	private final DSLContext dsl;

	CommitteeStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Saves {@code rows}; adds to {@code changes} each committee year added or changed.
	 */
	Counts save(List<CommitteeRow> rows, List<AuditChange> changes) {
		// rows are written in key order, so that two imports at once lock them in the
		// same order
		Map<String, CommitteeRow> committees = new TreeMap<>();
		rows.forEach(row -> committees.putIfAbsent(row.code(), row));
		Set<String> knownCodes = dsl.select(COMMITTEE.CODE)
			.from(COMMITTEE)
			.where(COMMITTEE.CODE.in(committees.keySet()))
			.fetchSet(COMMITTEE.CODE);
		Map<String, String> knownYears = new HashMap<>();
		dsl.select(columns(COMMITTEE))
			.select(columns(COMMITTEE_YEAR))
			.from(COMMITTEE_YEAR)
			.join(COMMITTEE)
			.on(COMMITTEE.CODE.eq(COMMITTEE_YEAR.COMMITTEE))
			.where(COMMITTEE_YEAR.COMMITTEE.in(committees.keySet()))
			.forEach(year -> knownYears.put(year.get(COMMITTEE.CODE) + '\n' + year.get(COMMITTEE_YEAR.YEAR),
					RowJson.of(stored(year))));

		Map<Boolean, List<CommitteeRow>> byKnown = committees.values()
			.stream()
			.collect(Collectors.partitioningBy(row -> knownCodes.contains(row.code())));
		write(COMMITTEE, byKnown.get(false), byKnown.get(true));

		List<CommitteeRow> added = new ArrayList<>();
		List<CommitteeRow> updated = new ArrayList<>();
		List<CommitteeRow> sorted = rows.stream()
			.sorted(Comparator.comparing(CommitteeRow::code).thenComparing(CommitteeRow::year))
			.toList();
		for (CommitteeRow row : sorted) {
			String before = knownYears.get(row.code() + '\n' + row.year());
			(before == null ? added : updated).add(row);
			String after = RowJson.of(row.values());
			if (!after.equals(before)) {
				changes.add(new AuditChange(AuditChange.COMMITTEE_YEAR, row.code(), String.valueOf(row.year()), before,
						after));
			}
		}
		write(COMMITTEE_YEAR, added, updated);
		return new Counts(added.size(), updated.size());
	}

	/**
	 * Deletes {@code code} and its years (its records must be gone first), adding each
	 * year to {@code changes} with its fields before; the number of years deleted.
	 */
	int delete(String code, List<AuditChange> changes) {
		dsl.select(columns(COMMITTEE))
			.select(columns(COMMITTEE_YEAR))
			.from(COMMITTEE_YEAR)
			.join(COMMITTEE)
			.on(COMMITTEE.CODE.eq(COMMITTEE_YEAR.COMMITTEE))
			.where(COMMITTEE_YEAR.COMMITTEE.eq(code))
			.orderBy(COMMITTEE_YEAR.YEAR)
			.forEach(year -> changes.add(new AuditChange(AuditChange.COMMITTEE_YEAR, code,
					String.valueOf(year.get(COMMITTEE_YEAR.YEAR)), RowJson.of(stored(year)), null)));
		dsl.deleteFrom(REPORTING).where(REPORTING.COMMITTEE.eq(code)).execute();
		int years = dsl.deleteFrom(COMMITTEE_YEAR).where(COMMITTEE_YEAR.COMMITTEE.eq(code)).execute();
		dsl.deleteFrom(COMMITTEE).where(COMMITTEE.CODE.eq(code)).execute();
		return years;
	}

	/**
	 * Inserts {@code added} and updates {@code updated} in {@code table}, each with the
	 * fields it holds.
	 */
	private void write(Table<?> table, List<CommitteeRow> added, List<CommitteeRow> updated) {
		Map<CommitteeField, Field<?>> keys = new LinkedHashMap<>();
		Map<CommitteeField, Field<?>> others = new LinkedHashMap<>();
		columnsOf(table).forEach((field, column) -> (field.identifies() ? keys : others).put(field, column));
		List<Field<?>> all = new ArrayList<>(others.values());
		all.addAll(keys.values());
		Batches.execute(dsl, dsl.insertInto(table, all).values(all.stream().map(Batches::slot).toList()), added,
				row -> stored(row.values(), others, keys));
		Map<Field<?>, Param<?>> assignments = new LinkedHashMap<>();
		others.values().forEach(column -> assignments.put(column, slot(column)));
		var update = dsl.update(table)
			.set(assignments)
			.where(keys.values().stream().map(CommitteeStore::matches).toList());
		Batches.execute(dsl, update, updated, row -> stored(row.values(), others, keys));
	}

	@SuppressWarnings("unchecked")
	private static <T> org.jooq.Condition matches(Field<T> column) {
		return column.eq(slot(column));
	}

	private static Object[] stored(Values<CommitteeField> values, Map<CommitteeField, Field<?>> others,
			Map<CommitteeField, Field<?>> keys) {
		List<Object> stored = new ArrayList<>();
		others.keySet().forEach(field -> stored.add(field.type().stored(values.get(field))));
		keys.keySet().forEach(field -> stored.add(field.type().stored(values.get(field))));
		return stored.toArray();
	}

	/** The committee year of a row read with the columns of both tables. */
	private static Values<CommitteeField> stored(Record row) {
		Map<CommitteeField, Object> values = new EnumMap<>(CommitteeField.class);
		columnsOf(COMMITTEE).forEach((field, column) -> values.put(field, field.type().fromStored(row.get(column))));
		columnsOf(COMMITTEE_YEAR)
			.forEach((field, column) -> values.putIfAbsent(field, field.type().fromStored(row.get(column))));
		return Values.of(CommitteeField.class, values);
	}

	private static List<Field<?>> columns(Table<?> table) {
		return List.copyOf(columnsOf(table).values());
	}

	/**
	 * The fields {@code table} holds: {@code committee} those of the committee itself,
	 * with its code; {@code committee_year} those of a year, with the committee's code
	 * and the year.
	 */
	private static Map<CommitteeField, Field<?>> columnsOf(Table<?> table) {
		Map<CommitteeField, Field<?>> columns = new LinkedHashMap<>();
		for (CommitteeField field : CommitteeField.values()) {
			boolean inTable = (table == COMMITTEE) ? field.perCommittee()
					: (!field.perCommittee() || field == CommitteeField.CODE);
			if (inTable) {
				String column = (table == COMMITTEE_YEAR && field == CommitteeField.CODE) ? "committee"
						: field.column();
				columns.put(field, table.field(column));
			}
		}
		return columns;
	}

}
