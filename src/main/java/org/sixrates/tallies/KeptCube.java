package org.sixrates.tallies;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.TALLY_CELL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sixrates.system.Batches;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * The tally cube kept in the database ({@code tally_cell}, DESIGN §6, §11), changed in
 * the transaction of whatever changes records: the change's cells (a record's old version
 * subtracted, its new one added, {@link CellCounts}) are added to the kept ones, a cell
 * left with no record goes, and each committee year touched has its {@code cells_version}
 * raised, so that a reader re-reads only what moved. The committees' rows are locked
 * first, in code order, as an import locks them, so that two changes of one committee's
 * cells follow each other. {@link #rebuild} makes every cell again from the records,
 * every committee locked meanwhile.
 */
public final class KeptCube {

	private final DSLContext dsl;

	/**
	 * @param dsl in the transaction of the change
	 */
	public KeptCube(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Adds {@code change}'s cells to the kept ones, timed as {@code sixrates.cube.apply}
	 * in Micrometer's global registry (the application's).
	 */
	public void apply(CellCounts change) {
		Timer.builder("sixrates.cube.apply")
			.description("Time to change the kept cube's cells with a change of records")
			.register(Metrics.globalRegistry)
			.record(() -> applyNow(change));
	}

	private void applyNow(CellCounts change) {
		Map<CellKey, CellSums> delta = change.cells();
		if (delta.isEmpty()) {
			return;
		}
		Set<String> committees = new TreeSet<>();
		Set<Integer> years = new HashSet<>();
		Set<List<Object>> touched = new HashSet<>();
		delta.keySet().forEach(key -> {
			committees.add(key.committee());
			years.add(key.year());
			touched.add(List.of(key.committee(), key.year()));
		});
		lock(committees);
		Map<CellKey, CellSums> kept = read(TALLY_CELL.COMMITTEE.in(committees).and(TALLY_CELL.YEAR.in(years)));
		List<Map.Entry<CellKey, CellSums>> inserts = new ArrayList<>();
		List<Map.Entry<CellKey, CellSums>> updates = new ArrayList<>();
		List<CellKey> deletes = new ArrayList<>();
		delta.forEach((key, sums) -> {
			CellSums before = kept.get(key);
			CellSums after = (before == null) ? sums : before.plus(sums);
			if (after.records() < 0 || after.records() == 0 && !after.empty()) {
				throw new IllegalStateException(
						"the kept cube is out of step with the records at " + key + "; rebuild it from the records");
			}
			if (after.empty()) {
				if (before != null) {
					deletes.add(key);
				}
			}
			else if (before == null) {
				inserts.add(Map.entry(key, after));
			}
			else {
				updates.add(Map.entry(key, after));
			}
		});
		write(inserts);
		var c = TALLY_CELL;
		Batches.execute(dsl,
				dsl.update(c)
					.set(c.RECORDS, Batches.slot(c.RECORDS))
					.set(c.QUANTITY, Batches.slot(c.QUANTITY))
					.set(c.SCORE, Batches.slot(c.SCORE))
					.where(identifies()),
				updates, entry -> concat(sums(entry.getValue()), key(entry.getKey())));
		Batches.execute(dsl, dsl.deleteFrom(c).where(identifies()), deletes, KeptCube::key);
		Batches.execute(dsl,
				dsl.update(COMMITTEE_YEAR)
					.set(COMMITTEE_YEAR.CELLS_VERSION, COMMITTEE_YEAR.CELLS_VERSION.plus(DSL.inline(1L)))
					.where(COMMITTEE_YEAR.COMMITTEE.eq(Batches.slot(COMMITTEE_YEAR.COMMITTEE)))
					.and(COMMITTEE_YEAR.YEAR.eq(Batches.slot(COMMITTEE_YEAR.YEAR))),
				new ArrayList<>(touched), List::toArray);
	}

	/**
	 * Makes every cell again from the records, streamed, and raises every committee
	 * year's version.
	 * @return how many cells there are
	 */
	public int rebuild() {
		// every committee locked, as a change of records locks its own: none meanwhile
		dsl.select(COMMITTEE.CODE).from(COMMITTEE).orderBy(COMMITTEE.CODE).forUpdate().execute();
		CellCounts counts = new CellCounts();
		var r = ACTIVITY_RECORD;
		try (Cursor<?> rows = dsl
			.select(r.COMMITTEE, r.YEAR, r.KIND, r.SUBTYPE, r.LEVEL_REACHED, r.STATUS, r.CONVERTED, r.SATISFACTION,
					r.REVIEW, r.QUANTITY, r.SCORE)
			.from(r)
			.fetchSize(1000)
			.fetchLazy()) {
			for (Record row : rows) {
				String satisfaction = row.get(r.SATISFACTION);
				counts.add(new CellKey(row.get(r.COMMITTEE), row.get(r.YEAR), Kind.valueOf(row.get(r.KIND)),
						row.get(r.SUBTYPE), Level.valueOf(row.get(r.LEVEL_REACHED)), Status.valueOf(row.get(r.STATUS)),
						row.get(r.CONVERTED), (satisfaction == null) ? null : Satisfaction.valueOf(satisfaction),
						Review.valueOf(row.get(r.REVIEW))), CellSums.of(row.get(r.QUANTITY), row.get(r.SCORE)));
			}
		}
		Map<CellKey, CellSums> cells = counts.cells();
		dsl.deleteFrom(TALLY_CELL).execute();
		write(new ArrayList<>(cells.entrySet()));
		dsl.update(COMMITTEE_YEAR)
			.set(COMMITTEE_YEAR.CELLS_VERSION, COMMITTEE_YEAR.CELLS_VERSION.plus(DSL.inline(1L)))
			.execute();
		return cells.size();
	}

	/**
	 * Locks the rows of {@code committees} until the transaction ends, in code order, so
	 * that two writers of several committees cannot wait for each other: whoever changes
	 * a committee's records or cells holds its row.
	 */
	public void lock(Collection<String> committees) {
		dsl.select(COMMITTEE.CODE)
			.from(COMMITTEE)
			.where(COMMITTEE.CODE.in(committees))
			.orderBy(COMMITTEE.CODE)
			.forUpdate()
			.execute();
	}

	/** The kept cells {@code where} selects, with their review. */
	public Map<CellKey, CellSums> read(Condition where) {
		Map<CellKey, CellSums> cells = new HashMap<>();
		var c = TALLY_CELL;
		try (Cursor<Record> rows = dsl.select(c.fields()).from(c).where(where).fetchSize(1000).fetchLazy()) {
			for (Record row : rows) {
				cells.put(key(row), new CellSums(row.get(c.RECORDS), row.get(c.QUANTITY), row.get(c.SCORE)));
			}
		}
		return cells;
	}

	/** Every kept cell. */
	public Map<CellKey, CellSums> all() {
		return read(DSL.noCondition());
	}

	private void write(List<Map.Entry<CellKey, CellSums>> cells) {
		var c = TALLY_CELL;
		Batches.execute(dsl,
				dsl.insertInto(c, c.COMMITTEE, c.YEAR, c.KIND, c.SUBTYPE, c.LEVEL_REACHED, c.STATUS, c.CONVERTED,
						c.SATISFACTION, c.REVIEW, c.RECORDS, c.QUANTITY, c.SCORE)
					.values(Batches.slot(c.COMMITTEE), Batches.slot(c.YEAR), Batches.slot(c.KIND),
							Batches.slot(c.SUBTYPE), Batches.slot(c.LEVEL_REACHED), Batches.slot(c.STATUS),
							Batches.slot(c.CONVERTED), Batches.slot(c.SATISFACTION), Batches.slot(c.REVIEW),
							Batches.slot(c.RECORDS), Batches.slot(c.QUANTITY), Batches.slot(c.SCORE)),
				cells, entry -> concat(key(entry.getKey()), sums(entry.getValue())));
	}

	private static Condition identifies() {
		var c = TALLY_CELL;
		return c.COMMITTEE.eq(Batches.slot(c.COMMITTEE))
			.and(c.YEAR.eq(Batches.slot(c.YEAR)))
			.and(c.KIND.eq(Batches.slot(c.KIND)))
			.and(c.SUBTYPE.eq(Batches.slot(c.SUBTYPE)))
			.and(c.LEVEL_REACHED.eq(Batches.slot(c.LEVEL_REACHED)))
			.and(c.STATUS.eq(Batches.slot(c.STATUS)))
			.and(c.CONVERTED.eq(Batches.slot(c.CONVERTED)))
			.and(c.SATISFACTION.eq(Batches.slot(c.SATISFACTION)))
			.and(c.REVIEW.eq(Batches.slot(c.REVIEW)));
	}

	/** The key's columns, in {@link #identifies()} order; none as {@code ''}. */
	private static Object[] key(CellKey key) {
		return new Object[] { key.committee(), key.year(), key.kind().name(),
				(key.subtype() == null) ? "" : key.subtype(), key.level().name(), key.status().name(), key.converted(),
				(key.satisfaction() == null) ? "" : key.satisfaction().name(), key.review().name() };
	}

	private static Object[] sums(CellSums sums) {
		return new Object[] { sums.records(), sums.quantity(), sums.score() };
	}

	private static CellKey key(Record row) {
		var c = TALLY_CELL;
		String subtype = row.get(c.SUBTYPE);
		String satisfaction = row.get(c.SATISFACTION);
		return new CellKey(row.get(c.COMMITTEE), row.get(c.YEAR), Kind.valueOf(row.get(c.KIND)),
				subtype.isEmpty() ? null : subtype, Level.valueOf(row.get(c.LEVEL_REACHED)),
				Status.valueOf(row.get(c.STATUS)), row.get(c.CONVERTED),
				satisfaction.isEmpty() ? null : Satisfaction.valueOf(satisfaction), Review.valueOf(row.get(c.REVIEW)));
	}

	private static Object[] concat(Object[] a, Object[] b) {
		Object[] both = new Object[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
