package org.sixrates.importing;

import static org.sixrates.db.Tables.EVIDENCE;
import static org.sixrates.db.Tables.RECORD_CHANGE;
import static org.sixrates.importing.RecordTable.R;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.sixrates.audit.AuditChange;
import org.sixrates.system.Batches;
import org.sixrates.tallies.CellCounts;
import org.sixrates.tallies.KeptCube;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Values;

/**
 * Writes record rows keyed by committee and id: new keys are inserted, known keys have
 * every other field (the year too) overwritten. The stored versions of the records the
 * rows name are looked up by their keys, a few hundred to a query, so that each row costs
 * no query of its own and the audit trail gets each changed record's fields before the
 * change. The rows' committees are locked first, until the transaction ends: two files
 * that add the same ids one after the other then insert once and update once, where they
 * would otherwise both insert and one fail. The kept cube changes with the records, in
 * the same transaction.
 */
final class RecordStore {

	/** How many keys one lookup of stored versions names. */
	private static final int LOOKUP = 500;

	private final DSLContext dsl;

	RecordStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Who writes records: the city office, whose rows take the review state the file
	 * gives (approved when it gives none) and replace any pending change, or a clerk,
	 * whose rows wait for review (DESIGN §8). With review required, a clerk's change to
	 * an approved record is kept beside it as a pending change, and the approved version
	 * goes on counting.
	 *
	 * @param user who submits, for a pending change
	 * @param at when, for a pending change
	 */
	record Writer(boolean office, boolean reviewRequired, String user, Instant at) {

		/** The city office, or the command line, which writes what its files say. */
		static final Writer OFFICE = new Writer(true, true, null, null);

	}

	/**
	 * Saves {@code rows} as {@code writer} does, adding to {@code changes} every row
	 * changed or removed (records and pending changes), and every record added when
	 * {@code additions} says so, and to {@code touched} the years whose records the rows
	 * add or change: a new record's year, a changed record's year before and after. A
	 * record written again unchanged touches no year and is no change. An import does not
	 * itemize the records it adds: they are its file's rows, which its SHA-256 names, and
	 * its event counts them; a form's new record is itemized.
	 */
	Counts save(List<RecordRow> rows, List<AuditChange> changes, boolean additions, Set<Integer> touched,
			Writer writer) {
		Set<String> committees = new HashSet<>();
		rows.forEach(row -> committees.add(row.committee()));
		lock(committees);
		Map<String, Values<RecordField>> stored = stored(R, rows);
		Map<String, Values<RecordField>> pending = stored(RECORD_CHANGE, rows);

		List<Values<RecordField>> inserts = new ArrayList<>();
		List<Values<RecordField>> updates = new ArrayList<>();
		List<Values<RecordField>> submitted = new ArrayList<>();
		List<Values<RecordField>> withdrawn = new ArrayList<>();
		CellCounts cells = new CellCounts();
		int added = 0;
		for (RecordRow row : rows) {
			String key = key(row.committee(), row.id());
			Values<RecordField> before = stored.get(key);
			Values<RecordField> waiting = pending.get(key);
			Review given = row.values().get(RecordField.REVIEW, Review.class);
			Values<RecordField> after = row.values()
				.with(RecordField.REVIEW, writer.office() ? (given != null ? given : Review.APPROVED) : Review.PENDING);
			if (before == null) {
				added++;
				inserts.add(after);
				cells.add(after);
				if (additions) {
					record(changes, touched, AuditChange.RECORD, null, after);
				}
				else {
					touched.add(after.get(RecordField.YEAR, Integer.class));
				}
			}
			else if (writer.office() || !writer.reviewRequired() || before.get(RecordField.REVIEW) != Review.APPROVED) {
				if (!RowJson.of(before).equals(RowJson.of(after))) {
					updates.add(after);
					cells.subtract(before);
					cells.add(after);
					record(changes, touched, AuditChange.RECORD, before, after);
				}
				if (waiting != null) {
					// the city office's version, or a record never approved, replaces it
					withdrawn.add(waiting);
					record(changes, touched, AuditChange.RECORD_CHANGE, waiting, null);
				}
			}
			else if (sameWork(before, after)) {
				if (waiting != null) {
					withdrawn.add(waiting);
					record(changes, touched, AuditChange.RECORD_CHANGE, waiting, null);
				}
			}
			else if (waiting == null || !RowJson.of(waiting).equals(RowJson.of(after))) {
				if (waiting != null) {
					withdrawn.add(waiting);
				}
				submitted.add(after);
				record(changes, touched, AuditChange.RECORD_CHANGE, waiting, after);
				touched.add(before.get(RecordField.YEAR, Integer.class));
			}
		}
		write(inserts, updates);
		new KeptCube(dsl).apply(cells);
		Batches.execute(dsl,
				dsl.deleteFrom(RECORD_CHANGE)
					.where(RECORD_CHANGE.COMMITTEE.eq(Batches.slot(RECORD_CHANGE.COMMITTEE)))
					.and(RECORD_CHANGE.ID.eq(Batches.slot(RECORD_CHANGE.ID))),
				withdrawn, values -> new Object[] { values.get(RecordField.COMMITTEE), values.get(RecordField.ID) });
		submit(submitted, writer);
		return new Counts(added, rows.size() - added);
	}

	/**
	 * Locks the rows of {@code committees} until the transaction ends, in code order, so
	 * that two files of several committees cannot wait for each other: a file written in
	 * batches locks all of its committees before the first.
	 */
	void lock(Collection<String> committees) {
		new KeptCube(dsl).lock(committees);
	}

	/** Whether two versions report the same work, whatever their review. */
	static boolean sameWork(Values<RecordField> a, Values<RecordField> b) {
		return RowJson.of(a.with(RecordField.REVIEW, null)).equals(RowJson.of(b.with(RecordField.REVIEW, null)));
	}

	private static void record(List<AuditChange> changes, Set<Integer> touched, String entity,
			Values<RecordField> before, Values<RecordField> after) {
		Values<RecordField> any = (after != null) ? after : before;
		changes.add(new AuditChange(entity, any.text(RecordField.COMMITTEE), any.text(RecordField.ID),
				(before == null) ? null : RowJson.of(before), (after == null) ? null : RowJson.of(after)));
		if (before != null) {
			touched.add(before.get(RecordField.YEAR, Integer.class));
		}
		if (after != null) {
			touched.add(after.get(RecordField.YEAR, Integer.class));
		}
	}

	/**
	 * The stored versions in {@code table} of the records {@code rows} name, looked up by
	 * their keys a few hundred at a time, joined to two arrays of committees and ids:
	 * what a batch costs does not grow with the records already stored, since both
	 * databases join through the primary key (PostgreSQL with a plan made for the table
	 * as it is then: {@link #planForNow}).
	 */
	private Map<String, Values<RecordField>> stored(Table<?> table, List<RecordRow> rows) {
		Map<String, Values<RecordField>> stored = new HashMap<>();
		Field<String> committee = table.field(R.COMMITTEE.getName(), String.class);
		Field<String> id = table.field(R.ID.getName(), String.class);
		for (int from = 0; from < rows.size(); from += LOOKUP) {
			List<RecordRow> part = rows.subList(from, Math.min(rows.size(), from + LOOKUP));
			Table<?> keys = DSL
				.table("unnest({0}, {1})",
						DSL.cast(part.stream().map(RecordRow::committee).toArray(String[]::new),
								SQLDataType.VARCHAR.array()),
						DSL.cast(part.stream().map(RecordRow::id).toArray(String[]::new), SQLDataType.VARCHAR.array()))
				.as("k", "committee", "id");
			try (Cursor<Record> found = dsl.select(RecordTable.columnsIn(table))
				.from(keys)
				.join(table)
				.on(committee.eq(DSL.field(DSL.name("k", "committee"), String.class))
					.and(id.eq(DSL.field(DSL.name("k", "id"), String.class))))
				.fetchLazy()) {
				for (Record row : found) {
					Values<RecordField> values = RecordTable.values(row, table);
					stored.put(key(values.text(RecordField.COMMITTEE), values.text(RecordField.ID)), values);
				}
			}
		}
		return stored;
	}

	/**
	 * Has PostgreSQL plan each statement of this transaction for the tables as they are
	 * when it runs. By default a statement run again and again is given one generic plan
	 * after five runs, made from the statistics of that moment: for a table an import is
	 * filling, that of an empty one, a sequential scan, and every later lookup or update
	 * by key then reads every row written before it, a large import taking the square of
	 * its length. H2 plans each statement as it is prepared.
	 */
	void planForNow() {
		if (dsl.dialect().family() == SQLDialect.POSTGRES) {
			dsl.execute("set local plan_cache_mode = force_custom_plan");
		}
	}

	/** Inserts new records and overwrites known ones, clearing a return's reason. */
	private void write(List<Values<RecordField>> inserts, List<Values<RecordField>> updates) {
		Field<?>[] columns = RecordTable.columns();
		Batches.execute(dsl, dsl.insertInto(R, columns).values(Arrays.stream(columns).map(Batches::slot).toList()),
				inserts, RecordTable::stored);
		// the update binds the same values: every column but the key, then the key
		Map<Field<?>, Object> assignments = new LinkedHashMap<>();
		for (RecordField field : RecordField.values()) {
			if (!field.identifies()) {
				assignments.put(RecordTable.column(field), Batches.slot(RecordTable.column(field)));
			}
		}
		// inline, so that the batch binds the record's values alone
		assignments.put(R.REVIEW_REASON, DSL.inline(null, R.REVIEW_REASON));
		Batches.execute(dsl,
				dsl.update(R)
					.set(assignments)
					.where(R.COMMITTEE.eq(Batches.slot(R.COMMITTEE)))
					.and(R.ID.eq(Batches.slot(R.ID))),
				updates, RecordStore::updateValues);
	}

	/** Keeps a clerk's changes to approved records beside them, pending. */
	private void submit(List<Values<RecordField>> submitted, Writer writer) {
		List<Field<?>> columns = new ArrayList<>(List.of(RecordTable.columnsIn(RECORD_CHANGE)));
		columns.add(RECORD_CHANGE.SUBMITTED_BY);
		columns.add(RECORD_CHANGE.SUBMITTED_AT);
		OffsetDateTime at = (writer.at() == null) ? null : writer.at().atOffset(ZoneOffset.UTC);
		Batches.execute(dsl,
				dsl.insertInto(RECORD_CHANGE, columns).values(columns.stream().map(Batches::slot).toList()), submitted,
				values -> {
					List<Object> row = new ArrayList<>(Arrays.asList(RecordTable.stored(values)));
					row.add(writer.user());
					row.add(at);
					return row.toArray();
				});
	}

	/**
	 * Deletes every record of {@code committee}, adding each to {@code changes} with its
	 * fields before.
	 */
	int deleteAll(String committee, List<AuditChange> changes) {
		return delete(committee, null, changes);
	}

	/**
	 * Deletes record {@code id} of {@code committee} with its pending change and its
	 * evidence, adding each to {@code changes} with its fields before.
	 */
	int deleteOne(String committee, String id, List<AuditChange> changes) {
		return delete(committee, id, changes);
	}

	/**
	 * Deletes {@code committee}'s record {@code id} (every record for {@code null}), what
	 * hangs on it first: its pending change and its evidence.
	 */
	private int delete(String committee, String id, List<AuditChange> changes) {
		Condition change = RECORD_CHANGE.COMMITTEE.eq(committee)
			.and((id == null) ? DSL.noCondition() : RECORD_CHANGE.ID.eq(id));
		dsl.select(RecordTable.columnsIn(RECORD_CHANGE))
			.from(RECORD_CHANGE)
			.where(change)
			.orderBy(RECORD_CHANGE.ID)
			.forEach(record -> changes.add(new AuditChange(AuditChange.RECORD_CHANGE, committee,
					record.get(RECORD_CHANGE.ID), RowJson.of(RecordTable.values(record, RECORD_CHANGE)), null)));
		dsl.deleteFrom(RECORD_CHANGE).where(change).execute();
		Condition evidence = EVIDENCE.COMMITTEE.eq(committee)
			.and((id == null) ? DSL.noCondition() : EVIDENCE.RECORD_ID.eq(id));
		dsl.select(EVIDENCE.RECORD_ID, EVIDENCE.SHA256, EVIDENCE.FILE_NAME)
			.from(EVIDENCE)
			.where(evidence)
			.orderBy(EVIDENCE.ID)
			.forEach(file -> changes.add(new AuditChange(AuditChange.EVIDENCE, committee,
					file.value1() + "/" + file.value2(), file.value3(), null)));
		dsl.deleteFrom(EVIDENCE).where(evidence).execute();
		Condition record = R.COMMITTEE.eq(committee).and((id == null) ? DSL.noCondition() : R.ID.eq(id));
		CellCounts cells = new CellCounts();
		dsl.select(RecordTable.columns()).from(R).where(record).orderBy(R.ID).forEach(row -> {
			Values<RecordField> values = RecordTable.values(row);
			changes.add(new AuditChange(AuditChange.RECORD, committee, row.get(R.ID), RowJson.of(values), null));
			cells.subtract(values);
		});
		int deleted = dsl.deleteFrom(R).where(record).execute();
		new KeptCube(dsl).apply(cells);
		return deleted;
	}

	private static Object[] updateValues(Values<RecordField> row) {
		List<Object> values = new ArrayList<>();
		for (RecordField field : RecordField.values()) {
			if (!field.identifies()) {
				values.add(field.type().stored(row.get(field)));
			}
		}
		values.add(row.get(RecordField.COMMITTEE));
		values.add(row.get(RecordField.ID));
		return values.toArray();
	}

	private static String key(String committee, String id) {
		return committee + '\n' + id;
	}

}
