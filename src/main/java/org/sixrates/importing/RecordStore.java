package org.sixrates.importing;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.importing.Batches.slot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sixrates.db.tables.ActivityRecord;

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

	private static final ActivityRecord R = ACTIVITY_RECORD;

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
		try (Cursor<Record> stored = dsl.select(R.fields()).from(R).where(R.COMMITTEE.in(committees)).fetchLazy()) {
			for (Record record : stored) {
				String key = key(record.get(R.COMMITTEE), record.get(R.ID));
				RecordRow row = byKey.get(key);
				if (row != null) {
					known.add(key);
					String before = RowJson.ofStored(record);
					if (!before.equals(RowJson.of(row))) {
						changedBefore.put(key, before);
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
				changes.add(new AuditChange(AuditChange.RECORD, row.committee(), row.id(), changedBefore.get(key),
						RowJson.of(row)));
			}
		}

		Batches.execute(dsl,
				dsl.insertInto(R, R.YEAR, R.KIND, R.SUBTYPE, R.TITLE, R.RECORD_DATE, R.LEVEL_REACHED, R.STATUS,
						R.CONVERTED, R.SATISFACTION, R.QUANTITY, R.SCORE, R.COMMITTEE, R.ID)
					.values(slot(R.YEAR), slot(R.KIND), slot(R.SUBTYPE), slot(R.TITLE), slot(R.RECORD_DATE),
							slot(R.LEVEL_REACHED), slot(R.STATUS), slot(R.CONVERTED), slot(R.SATISFACTION),
							slot(R.QUANTITY), slot(R.SCORE), slot(R.COMMITTEE), slot(R.ID)),
				added, RecordStore::values);
		Batches.execute(dsl,
				dsl.update(R)
					.set(R.YEAR, slot(R.YEAR))
					.set(R.KIND, slot(R.KIND))
					.set(R.SUBTYPE, slot(R.SUBTYPE))
					.set(R.TITLE, slot(R.TITLE))
					.set(R.RECORD_DATE, slot(R.RECORD_DATE))
					.set(R.LEVEL_REACHED, slot(R.LEVEL_REACHED))
					.set(R.STATUS, slot(R.STATUS))
					.set(R.CONVERTED, slot(R.CONVERTED))
					.set(R.SATISFACTION, slot(R.SATISFACTION))
					.set(R.QUANTITY, slot(R.QUANTITY))
					.set(R.SCORE, slot(R.SCORE))
					.where(R.COMMITTEE.eq(slot(R.COMMITTEE)))
					.and(R.ID.eq(slot(R.ID))),
				updated, RecordStore::values);
		return new Counts(added.size(), updated.size());
	}

	private static String key(String committee, String id) {
		return committee + '\n' + id;
	}

	// The insert lists its columns in the update's order, so one binding serves both.
	private static Object[] values(RecordRow row) {
		return new Object[] { row.year(), row.kind().name(), row.subtype(), row.title(), row.date(), row.level().name(),
				row.status().name(), row.converted(), enumName(row.satisfaction()), row.quantity(), row.score(),
				row.committee(), row.id() };
	}

	private static String enumName(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
