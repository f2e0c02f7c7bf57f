package org.sixrates.tallies;

import java.math.BigDecimal;

/**
 * What a cell holds: how many records, the sum of their quantities and the exact sum of
 * their scores. A score counts as its shortest decimal text ({@link BigDecimal#valueOf}),
 * which is what was written; decimal sums do not depend on the order of the records, so a
 * cell kept up to date record by record holds exactly what one built from all the records
 * at once holds.
 */
public record CellSums(long records, long quantity, BigDecimal score) {

	public static final CellSums NONE = new CellSums(0, 0, BigDecimal.ZERO);

	/** One record. */
	public static CellSums of(int quantity, Double score) {
		return new CellSums(1, quantity, (score == null) ? BigDecimal.ZERO : BigDecimal.valueOf(score));
	}

	public CellSums plus(CellSums other) {
		return new CellSums(records + other.records, quantity + other.quantity, score.add(other.score));
	}

	public CellSums negated() {
		return new CellSums(-records, -quantity, score.negate());
	}

	/** Whether the cell holds no record. */
	public boolean empty() {
		return records == 0 && quantity == 0 && score.signum() == 0;
	}

}
