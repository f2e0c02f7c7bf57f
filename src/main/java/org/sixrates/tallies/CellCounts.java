package org.sixrates.tallies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

	private final Map<CellKey, Sum> cells = new HashMap<>();

	/** Counts {@code record} in. */
	public void add(Values<RecordField> record) {
		count(CellKey.of(record), 1, quantity(record), record.get(RecordField.SCORE, Double.class));
	}

	/** Counts {@code record} out: the version a change replaces or a deletion removes. */
	public void subtract(Values<RecordField> record) {
		count(CellKey.of(record), -1, quantity(record), record.get(RecordField.SCORE, Double.class));
	}

	/**
	 * Counts one record of cell {@code key} in ({@code sign} 1) or out (-1), with its
	 * quantity and score, as {@link #add(Values)} and {@link #subtract} count a record's
	 * values; returns the cell's key as held here, so that a reader that keeps the cell
	 * of each record keeps one key per cell.
	 */
	public CellKey count(CellKey key, int sign, int quantity, Double score) {
		Sum sum = cells.computeIfAbsent(key, Sum::new);
		sum.records += sign;
		sum.quantity += (long) sign * quantity;
		if (score != null) {
			BigDecimal exact = BigDecimal.valueOf(score);
			sum.score = sum.score.add((sign > 0) ? exact : exact.negate());
		}
		if (sum.empty()) {
			cells.remove(key);
		}
		return sum.key;
	}

	/** Adds {@code sums} to the cell {@code key}. */
	public void add(CellKey key, CellSums sums) {
		Sum sum = cells.computeIfAbsent(key, Sum::new);
		sum.records += sums.records();
		sum.quantity += sums.quantity();
		sum.score = sum.score.add(sums.score());
		if (sum.empty()) {
			cells.remove(key);
		}
	}

	/** Every cell changed (or counted), with what was added to it; none empty. */
	public Map<CellKey, CellSums> cells() {
		Map<CellKey, CellSums> sums = new HashMap<>();
		cells.forEach((key, sum) -> sums.put(key, sum.sums()));
		return Map.copyOf(sums);
	}

	public boolean isEmpty() {
		return cells.isEmpty();
	}

	/**
	 * The cube the scoring reads: the cells folded over their review (only the approved
	 * ones with {@code approvedOnly}), in no particular order, as the scoring orders each
	 * committee's cells itself.
	 */
	public Cube cube(List<CommitteeYear> committees, boolean approvedOnly) {
		return new Cube(committees, folded(cells, Sum::sums, approvedOnly));
	}

	/**
	 * {@code kept}'s cells as the scoring reads them, folded over their review, in year,
	 * committee order.
	 */
	static List<Cell> cells(Map<CellKey, CellSums> kept, boolean approvedOnly) {
		List<Cell> cells = folded(kept, Function.identity(), approvedOnly);
		cells.sort(ORDER);
		return cells;
	}

	private static <S> List<Cell> folded(Map<CellKey, S> kept, Function<S, CellSums> sums, boolean approvedOnly) {
		Map<CellKey, CellSums> folded = new HashMap<>();
		kept.forEach((key, sum) -> {
			if (!approvedOnly || key.review() == Review.APPROVED) {
				CellKey approved = (key.review() == Review.APPROVED) ? key : key.withReview(Review.APPROVED);
				folded.merge(approved, sums.apply(sum), CellSums::plus);
			}
		});
		List<Cell> cells = new ArrayList<>(folded.size());
		folded.forEach((key,
				sum) -> cells.add(new Cell(key.committee(), key.year(), key.kind(), key.subtype(), key.level(),
						key.status(), key.converted(), key.satisfaction(), sum.records(), sum.quantity(),
						sum.score().doubleValue())));
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

	private static int quantity(Values<RecordField> record) {
		Integer quantity = record.get(RecordField.QUANTITY, Integer.class);
		return (quantity == null) ? 0 : quantity;
	}

	/**
	 * A cell's sums as they are added up, in place: a cell takes a record at a time, and
	 * a record with no score adds nothing to the score's sum (adding an exact zero would
	 * change neither its value nor its scale).
	 */
	private static final class Sum {

		private final CellKey key;

		private long records;

		private long quantity;

		private BigDecimal score = BigDecimal.ZERO;

		Sum(CellKey key) {
			this.key = key;
		}

		boolean empty() {
			return records == 0 && quantity == 0 && score.signum() == 0;
		}

		CellSums sums() {
			return new CellSums(records, quantity, score);
		}

	}

}
