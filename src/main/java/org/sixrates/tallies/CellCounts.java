package org.sixrates.tallies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sixrates.scoring.Cell;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.vocabulary.Values;

/**
 * Records counted into cells, one record at a time: the one place a record becomes part
 * of the cube, whether the cube is built from a file with no database (the command line),
 * rebuilt from the stored records, or kept up to date by the change an import, an edit, a
 * review decision or a deletion makes (a record's old version subtracted, its new one
 * added). Memory grows with the cells, never with the records.
 */
public final class CellCounts {

	private final Map<CellKey, CellSums> cells = new HashMap<>();

	/** Counts {@code record} in. */
	public void add(Values<RecordField> record) {
		add(CellKey.of(record), sums(record));
	}

	/** Counts {@code record} out: the version a change replaces or a deletion removes. */
	public void subtract(Values<RecordField> record) {
		add(CellKey.of(record), sums(record).negated());
	}

	/** Adds {@code sums} to the cell {@code key}. */
	public void add(CellKey key, CellSums sums) {
		CellSums sum = cells.getOrDefault(key, CellSums.NONE).plus(sums);
		if (sum.empty()) {
			cells.remove(key);
		}
		else {
			cells.put(key, sum);
		}
	}

	/** Every cell changed (or counted), with what was added to it; none empty. */
	public Map<CellKey, CellSums> cells() {
		return Map.copyOf(cells);
	}

	public boolean isEmpty() {
		return cells.isEmpty();
	}

	/**
	 * The cube the scoring reads: the cells folded over their review (only the approved
	 * ones with {@code approvedOnly}), in year, committee order.
	 */
	public Cube cube(List<CommitteeYear> committees, boolean approvedOnly) {
		return new Cube(committees, cells(cells, approvedOnly));
	}

	/** {@code kept}'s cells as the scoring reads them, folded over their review. */
	static List<Cell> cells(Map<CellKey, CellSums> kept, boolean approvedOnly) {
		Map<CellKey, CellSums> folded = new HashMap<>();
		kept.forEach((key, sums) -> {
			if (!approvedOnly || key.review() == Review.APPROVED) {
				folded.merge(key.withReview(Review.APPROVED), sums, CellSums::plus);
			}
		});
		List<Cell> cells = new ArrayList<>();
		folded.forEach((key,
				sums) -> cells.add(new Cell(key.committee(), key.year(), key.kind(), key.subtype(), key.level(),
						key.status(), key.converted(), key.satisfaction(), sums.records(), sums.quantity(),
						sums.score().doubleValue())));
		cells.sort(ORDER);
		return cells;
	}

	/**
	 * Year, committee, then the six fields, each term by its code's spelling: a
	 * comparison written out, with each vocabulary's codes ranked once, as a cube of a
	 * nation's records sorts hundreds of thousands of cells.
	 */
	private static final Comparator<Cell> ORDER = CellCounts::compare;

	private static final Comparator<String> SUBTYPE = Comparator.nullsFirst(Comparator.naturalOrder());

	private static final int[] KIND = byName(Kind.values());

	private static final int[] LEVEL = byName(Level.values());

	private static final int[] STATUS = byName(Status.values());

	private static final int[] SATISFACTION = byName(Satisfaction.values());

	private static int compare(Cell a, Cell b) {
		int order = Integer.compare(a.year(), b.year());
		if (order == 0) {
			order = a.committee().compareTo(b.committee());
		}
		if (order == 0) {
			order = Integer.compare(KIND[a.kind().ordinal()], KIND[b.kind().ordinal()]);
		}
		if (order == 0) {
			order = SUBTYPE.compare(a.subtype(), b.subtype());
		}
		if (order == 0) {
			order = Integer.compare(LEVEL[a.level().ordinal()], LEVEL[b.level().ordinal()]);
		}
		if (order == 0) {
			order = Integer.compare(STATUS[a.status().ordinal()], STATUS[b.status().ordinal()]);
		}
		if (order == 0) {
			order = Boolean.compare(a.converted(), b.converted());
		}
		if (order == 0) {
			order = Integer.compare(rank(a.satisfaction()), rank(b.satisfaction()));
		}
		return order;
	}

	/** No satisfaction sorts first, as the empty text would. */
	private static int rank(Satisfaction satisfaction) {
		return (satisfaction == null) ? -1 : SATISFACTION[satisfaction.ordinal()];
	}

	/** Each constant's place, by ordinal, in the order of the constants' names. */
	private static int[] byName(Enum<?>[] terms) {
		Enum<?>[] sorted = terms.clone();
		Arrays.sort(sorted, Comparator.comparing(Enum::name));
		int[] ranks = new int[terms.length];
		for (int i = 0; i < sorted.length; i++) {
			ranks[sorted[i].ordinal()] = i;
		}
		return ranks;
	}

	private static CellSums sums(Values<RecordField> record) {
		Integer quantity = record.get(RecordField.QUANTITY, Integer.class);
		return CellSums.of((quantity == null) ? 0 : quantity, record.get(RecordField.SCORE, Double.class));
	}

}
