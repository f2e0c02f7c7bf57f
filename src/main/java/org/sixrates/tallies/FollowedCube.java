package org.sixrates.tallies;

import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.TALLY_CELL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;

/**
 * The kept cube as last read, brought up to date by re-reading only the cells of the
 * committee years whose {@code cells_version} moved since (DESIGN §11): after an import
 * into one committee, that committee's cells, not the whole cube. The committee years
 * themselves (a few thousand rows) are read every time. One reader at a time.
 */
public final class FollowedCube {

	/** Above this share of the committee years changed, every cell is read at once. */
	private static final double MOST = 0.25;

	private static final int CHUNK = 500;

	private final DSLContext dsl;

	private final boolean approvedOnly;

	private final Map<YearKey, Long> versions = new HashMap<>();

	private final Map<YearKey, Map<CellKey, CellSums>> cells = new HashMap<>();

	private int reread;

	private record YearKey(String committee, int year) {
	}

	/**
	 * @param approvedOnly whether only approved records count (DESIGN §8)
	 */
	public FollowedCube(DSLContext dsl, boolean approvedOnly) {
		this.dsl = dsl;
		this.approvedOnly = approvedOnly;
	}

	/**
	 * The cube of every year as the database holds it now; in a transaction, so that the
	 * versions and the cells are read together (cells committed between the two reads are
	 * newer than their version says, and are read again next time).
	 */
	public synchronized Reading read() {
		return read(dsl);
	}

	/** How many committee years the last {@link #read()} re-read the cells of. */
	public synchronized int reread() {
		return reread;
	}

	/**
	 * The cube as one {@link #read()} found it: the committee years, which of them had
	 * their cells re-read, and the cells of any of them. Never changed once made,
	 * whatever later reads find.
	 */
	public static final class Reading {

		private final List<CommitteeYear> committees;

		private final Set<YearKey> changed;

		/** By committee year its cells; the maps are never changed once read. */
		private final Map<YearKey, Map<CellKey, CellSums>> cells;

		private final boolean approvedOnly;

		private Cube whole;

		private Reading(List<CommitteeYear> committees, Set<YearKey> changed,
				Map<YearKey, Map<CellKey, CellSums>> cells, boolean approvedOnly) {
			this.committees = List.copyOf(committees);
			this.changed = Set.copyOf(changed);
			this.cells = Map.copyOf(cells);
			this.approvedOnly = approvedOnly;
		}

		/** Every committee year, in year and code order. */
		public List<CommitteeYear> committees() {
			return committees;
		}

		/** Whether this read re-read the cells of {@code committee}'s year. */
		public boolean changed(CommitteeYear committee) {
			return changed.contains(new YearKey(committee.code(), committee.year()));
		}

		/** {@code of} with their cells only, as the scoring reads them. */
		public Cube of(List<CommitteeYear> of) {
			Map<CellKey, CellSums> their = new HashMap<>();
			for (CommitteeYear committee : of) {
				their.putAll(cells.getOrDefault(new YearKey(committee.code(), committee.year()), Map.of()));
			}
			return new Cube(of, CellCounts.cells(their, approvedOnly));
		}

		/** The whole cube: made on the first call, as only some views need every cell. */
		public synchronized Cube cube() {
			if (whole == null) {
				whole = of(committees);
			}
			return whole;
		}

	}

	private Reading read(DSLContext tx) {
		List<CommitteeYear> committees = new ArrayList<>();
		Map<YearKey, Long> now = new HashMap<>();
		tx.select(COMMITTEE_YEAR.COMMITTEE, COMMITTEE.NAME, COMMITTEE_YEAR.YEAR, COMMITTEE_YEAR.MEMBERS,
				COMMITTEE_YEAR.CELLS_VERSION)
			.from(COMMITTEE_YEAR)
			.join(COMMITTEE)
			.on(COMMITTEE.CODE.eq(COMMITTEE_YEAR.COMMITTEE))
			.orderBy(COMMITTEE_YEAR.YEAR, COMMITTEE_YEAR.COMMITTEE)
			.forEach(row -> {
				committees.add(new CommitteeYear(row.value1(), row.value2(), row.value3(), row.value4()));
				now.put(new YearKey(row.value1(), row.value3()), row.value5());
			});
		Set<YearKey> changed = new HashSet<>();
		now.forEach((key, version) -> {
			if (!version.equals(versions.get(key))) {
				changed.add(key);
			}
		});
		versions.keySet().retainAll(now.keySet());
		cells.keySet().retainAll(now.keySet());
		if (changed.size() > MOST * now.size()) {
			cells.clear();
			group(new KeptCube(tx).all());
		}
		else {
			List<YearKey> keys = new ArrayList<>(changed);
			keys.forEach(cells::remove);
			for (int from = 0; from < keys.size(); from += CHUNK) {
				List<Row2<String, Integer>> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK))
					.stream()
					.map(key -> DSL.row(key.committee(), key.year()))
					.toList();
				group(new KeptCube(tx).read(DSL.row(TALLY_CELL.COMMITTEE, TALLY_CELL.YEAR).in(chunk)));
			}
		}
		changed.forEach(key -> versions.put(key, now.get(key)));
		reread = changed.size();
		return new Reading(committees, changed, cells, approvedOnly);
	}

	private void group(Map<CellKey, CellSums> read) {
		read.forEach(
				(key, sums) -> cells.computeIfAbsent(new YearKey(key.committee(), key.year()), k -> new HashMap<>())
					.put(key, sums));
	}

}
