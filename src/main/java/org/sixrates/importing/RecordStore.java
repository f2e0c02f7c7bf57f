package org.sixrates.importing;

import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.importing.RecordTable.R;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.sixrates.audit.AuditChange;
import org.sixrates.system.Batches;
import org.sixrates.vocabulary.RecordField;

/**
 * Writes record rows keyed by committee and id: new keys are inserted, known keys have
 * every other field (the year too) overwritten. The stored records of the committees the
 * file concerns are read once, streamed, so that each row costs no query of its own and
 * the audit trail gets each changed record's fields before the change. Those committees'
 * rows are locked first, until the transaction ends: two files that add the same ids one
 * after the other then insert once and update once, where they would otherwise both
 * insert and one fail.
 */
final class RecordStore {

	private final DSLContext dsl;

	RecordStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Saves {@code rows} and adds to {@code changes} each record added (no before) and
	 * each record whose fields changed (before and after); a known record written again
	 * unchanged counts as updated but is no change.
	 */
	Counts save(List<RecordRow> rows, List<AuditChange> changes) {
		return save(rows, changes, new HashSet<>());
	}

	/**
	 * Like {@link #save(List, List)}, adding to {@code touched} the years whose records
	 * the rows add or change: a new record's year, a changed record's year before and
	 * after. A record written again unchanged touches no year.
	 */
	Counts save(List<RecordRow> rows, List<AuditChange> changes, Set<Integer> touched) {
		Set<String> committees = new HashSet<>();
		Map<String, RecordRow> byKey = new HashMap<>();
		rows.forEach(row -> {
			committees.add(row.committee());
			byKey.put(key(row.committee(), row.id()), row);
		});
		// in code order, so that two files of several committees cannot wait for each
		// other
		dsl.select(COMMITTEE.CODE)
			.from(COMMITTEE)
			.where(COMMITTEE.CODE.in(committees))
			.orderBy(COMMITTEE.CODE)
			.forUpdate()
			.execute();
		Set<String> known = new HashSet<>();
		Map<String, String> changedBefore = new HashMap<>();
		// streamed: only the rows this file touches and changes are kept
		try (Cursor<Record> stored = dsl.select(RecordTable.columns())
			.from(R)
			.where(R.COMMITTEE.in(committees))
			.fetchLazy()) {
			for (Record record : stored) {
				String key = key(record.get(R.COMMITTEE), record.get(R.ID));
				RecordRow row = byKey.get(key);
				if (row != null) {
					known.add(key);
					String before = RowJson.of(RecordTable.values(record));
					if (!before.equals(RowJson.of(row.values()))) {
						changedBefore.put(key, before);
						touched.add(record.get(R.YEAR));
					}
				}
			}
		}

		List<RecordRow> added = new ArrayList<>();
		List<RecordRow> updated = new ArrayList<>();
		for (RecordRow row : rows) {
			String key = key(row.committee(), row.id());
			boolean isKnown = known.contains(key);
			(isKnown ? updated : added).add(row);
			if (!isKnown || changedBefore.containsKey(key)) {
				touched.add(row.year());
				changes.add(new AuditChange(AuditChange.RECORD, row.committee(), row.id(), changedBefore.get(key),
						RowJson.of(row.values())));
			}
		}

		Field<?>[] columns = RecordTable.columns();
		Batches.execute(dsl, dsl.insertInto(R, columns).values(Arrays.stream(columns).map(Batches::slot).toList()),
				added, row -> RecordTable.stored(row.values()));
		// the update binds the same values: every column but the key, then the key
		Map<Field<?>, Param<?>> assignments = new LinkedHashMap<>();
		for (RecordField field : RecordField.values()) {
			if (!field.identifies()) {
				assignments.put(RecordTable.column(field), Batches.slot(RecordTable.column(field)));
			}
		}
		Batches.execute(dsl,
				dsl.update(R)
					.set(assignments)
					.where(R.COMMITTEE.eq(Batches.slot(R.COMMITTEE)))
					.and(R.ID.eq(Batches.slot(R.ID))),
				updated, RecordStore::updateValues);
		return new Counts(added.size(), updated.size());
	}

	/**
	 * Deletes every record of {@code committee}, adding each to {@code changes} with its
	 * fields before.
	 */
	int deleteAll(String committee, List<AuditChange> changes) {
		dsl.select(RecordTable.columns())
			.from(R)
			.where(R.COMMITTEE.eq(committee))
			.orderBy(R.ID)
			.forEach(record -> changes.add(new AuditChange(AuditChange.RECORD, committee, record.get(R.ID),
					RowJson.of(RecordTable.values(record)), null)));
		return dsl.deleteFrom(R).where(R.COMMITTEE.eq(committee)).execute();
	}

	private static Object[] updateValues(RecordRow row) {
		List<Object> values = new ArrayList<>();
		for (RecordField field : RecordField.values()) {
			if (!field.identifies()) {
				values.add(field.type().stored(row.values().get(field)));
			}
		}
		values.add(row.committee());
		values.add(row.id());
		return values.toArray();
	}

	private static String key(String committee, String id) {
		return committee + '\n' + id;
	}

}
