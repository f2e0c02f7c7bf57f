package org.sixrates.testing;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.sixrates.tallies.CellKey;
import org.sixrates.tallies.CellSums;
import org.sixrates.tallies.KeptCube;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * The cells of the cube two ways, scores written without trailing zeros so that they
 * compare: kept in the database, and as one {@code GROUP BY} over the records gives them,
 * independently of the kept cube (the scores summed as decimals in the database).
 */
public final class RecordCells {

	private RecordCells() {
	}

	/** The kept cube made again from records written behind the importer's back. */
	public static void rebuild(DSLContext dsl) {
		dsl.transaction(transaction -> new KeptCube(transaction.dsl()).rebuild());
	}

	public static Map<CellKey, CellSums> kept(DSLContext dsl) {
		Map<CellKey, CellSums> kept = new HashMap<>();
		new KeptCube(dsl).all().forEach((key, sums) -> kept.put(key, plain(sums)));
		return kept;
	}

	public static Map<CellKey, CellSums> grouped(DSLContext dsl) {
		var r = ACTIVITY_RECORD;
		var score = DSL.sum(r.SCORE.cast(SQLDataType.VARCHAR(40)).cast(SQLDataType.DECIMAL(60, 40)));
		Map<CellKey, CellSums> cells = new HashMap<>();
		dsl.select(r.COMMITTEE, r.YEAR, r.KIND, r.SUBTYPE, r.LEVEL_REACHED, r.STATUS, r.CONVERTED, r.SATISFACTION,
				r.REVIEW, DSL.count(), DSL.sum(r.QUANTITY), score)
			.from(r)
			.groupBy(r.COMMITTEE, r.YEAR, r.KIND, r.SUBTYPE, r.LEVEL_REACHED, r.STATUS, r.CONVERTED, r.SATISFACTION,
					r.REVIEW)
			.forEach(row -> cells.put(new CellKey(row.value1(), row.value2(), Kind.valueOf(row.value3()), row.value4(),
					Level.valueOf(row.value5()), Status.valueOf(row.value6()), row.value7(),
					(row.value8() == null) ? null : Satisfaction.valueOf(row.value8()), Review.valueOf(row.value9())),
					plain(new CellSums(row.value10(), row.value11().longValueExact(),
							(row.value12() == null) ? BigDecimal.ZERO : row.value12()))));
		return cells;
	}

	private static CellSums plain(CellSums sums) {
		BigDecimal score = sums.score().stripTrailingZeros();
		return new CellSums(sums.records(), sums.quantity(), (score.signum() == 0) ? BigDecimal.ZERO : score);
	}

}
