package org.sixrates.tallies;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.TALLY_CELL;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.sixrates.audit.AuditEvent;
import org.sixrates.audit.AuditTrail;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.scoring.Cell;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the tally cube: per committee and year, the records grouped by the six fields
 * rules may filter on, with count, sum of quantity and sum of score. The scoring's cube
 * is read from the cells kept in the database ({@link KeptCube}), so the heap holds
 * cells, never records; the cells of any other selection of records (a list's filter) are
 * one {@code GROUP BY} in the database.
 */
public class TallyRepository {

	private static final Field<BigDecimal> QUANTITY = sum(ACTIVITY_RECORD.QUANTITY).as("quantity");

	/**
	 * The exact sum of the scores as written, rounded to a double once. Each score goes
	 * through its shortest text (what was imported) to a decimal, so the sum does not
	 * depend on the order the database reads the rows in: PostgreSQL adds float8 in scan
	 * order, and 0.1 + 0.2 + 0.3 is 0.6000000000000001 one way and 0.6 another. Forty
	 * decimals hold every score in 0–100 a person writes.
	 */
	private static final Field<BigDecimal> SCORE = sum(
			ACTIVITY_RECORD.SCORE.cast(SQLDataType.VARCHAR).cast(SQLDataType.DECIMAL(60, 40)))
		.as("score");

	private static final Field<Integer> COUNT = count().as("records");

	/**
	 * The audit events that change what is scored or shown: data, and the states of the
	 * years (a published year's awards are read by the next year's consecutive awards);
	 * accounts (tokens, locks) do not.
	 */
	private static final List<String> DATA = List.of("COMMITTEES", "RECORDS", "YEARS");

	private final DSLContext dsl;

	private final boolean approvedOnly;

	/** The tallies of every record, as the command line counts the files it is given. */
	public TallyRepository(DSLContext dsl) {
		this(dsl, false);
	}

	/**
	 * @param approvedOnly whether only approved records count
	 * ({@code sixrates.review.required}, DESIGN §8): a pending new record does not, and a
	 * record with a pending change counts as approved
	 */
	public TallyRepository(DSLContext dsl, boolean approvedOnly) {
		this.dsl = dsl;
		this.approvedOnly = approvedOnly;
	}

	/** Whether only approved records count (DESIGN §8). */
	public boolean approvedOnly() {
		return approvedOnly;
	}

	/** Every assessment year that has committees, ascending. */
	@Transactional(readOnly = true)
	public SortedSet<Integer> years() {
		return new TreeSet<>(dsl.selectDistinct(COMMITTEE_YEAR.YEAR).from(COMMITTEE_YEAR).fetch(COMMITTEE_YEAR.YEAR));
	}

	/**
	 * A number that changes whenever the data do: every import and every edit writes its
	 * audit event in the same transaction as its rows, and events are never deleted, so
	 * their count names the state of the records. Not the latest event id: transactions
	 * commit in their own order, and one that took its id before another's but committed
	 * after it would leave the latest id unchanged.
	 */
	@Transactional(readOnly = true)
	public long version() {
		return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.CONTENT.in(DATA));
	}

	/**
	 * The cube of every year up to and including {@code lastYear}: earlier years decide
	 * consecutive awards.
	 */
	@Transactional(readOnly = true)
	public Cube upTo(int lastYear) {
		return cube(COMMITTEE_YEAR.YEAR.le(lastYear), TALLY_CELL.YEAR.le(lastYear));
	}

	/** The cube of exactly {@code years}. */
	@Transactional(readOnly = true)
	public Cube of(Collection<Integer> years) {
		return cube(COMMITTEE_YEAR.YEAR.in(years), TALLY_CELL.YEAR.in(years));
	}

	/**
	 * The committees {@code committeeYears} selects, with the kept cells {@code cells}
	 * selects.
	 */
	private Cube cube(Condition committeeYears, Condition cells) {
		return new Cube(committees(committeeYears), CellCounts.cells(new KeptCube(dsl).read(cells), approvedOnly));
	}

	/** The committee years {@code where} selects, in year and code order. */
	List<CommitteeYear> committees(Condition where) {
		return dsl.select(COMMITTEE_YEAR.COMMITTEE, COMMITTEE.NAME, COMMITTEE_YEAR.YEAR, COMMITTEE_YEAR.MEMBERS)
			.from(COMMITTEE_YEAR)
			.join(COMMITTEE)
			.on(COMMITTEE.CODE.eq(COMMITTEE_YEAR.COMMITTEE))
			.where(where)
			.orderBy(COMMITTEE_YEAR.YEAR, COMMITTEE_YEAR.COMMITTEE)
			.fetch(row -> new CommitteeYear(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	/**
	 * Makes the kept cube again from the records, for when it is thought out of step
	 * (DESIGN §11): in one transaction, audited, so that the results are scored again.
	 * @return how many cells there are
	 */
	@Transactional
	public int rebuild(String by, Instant at) {
		int cells = new KeptCube(dsl).rebuild();
		new AuditTrail(dsl).write(new AuditEvent(at, by, AuditEvent.Action.CUBE_REBUILT, AuditEvent.Subject.RECORDS,
				null, null, null, cells, 0), List.of());
		return cells;
	}

	/** How many cells the kept cube has. */
	@Transactional(readOnly = true)
	public int keptCells() {
		return dsl.fetchCount(TALLY_CELL);
	}

	/**
	 * The cells of the records {@code records} selects, whatever their review: the same
	 * grouping as the cube's, so that a measure evaluated on the records a list shows
	 * gives the number the ranking gives for them.
	 */
	@Transactional(readOnly = true)
	public List<Cell> cells(Condition records) {
		var r = ACTIVITY_RECORD;
		return dsl
			.select(r.COMMITTEE, r.YEAR, r.KIND, r.SUBTYPE, r.LEVEL_REACHED, r.STATUS, r.CONVERTED, r.SATISFACTION,
					COUNT, QUANTITY, SCORE)
			.from(r)
			.where(records)
			.groupBy(r.COMMITTEE, r.YEAR, r.KIND, r.SUBTYPE, r.LEVEL_REACHED, r.STATUS, r.CONVERTED, r.SATISFACTION)
			.orderBy(r.YEAR, r.COMMITTEE, r.KIND, r.SUBTYPE, r.LEVEL_REACHED, r.STATUS, r.CONVERTED, r.SATISFACTION)
			.fetch(TallyRepository::cell);
	}

	private static Cell cell(Record row) {
		var r = ACTIVITY_RECORD;
		String satisfaction = row.get(r.SATISFACTION);
		BigDecimal quantity = row.get(QUANTITY);
		BigDecimal score = row.get(SCORE);
		return new Cell(row.get(r.COMMITTEE), row.get(r.YEAR), Kind.valueOf(row.get(r.KIND)), row.get(r.SUBTYPE),
				Level.valueOf(row.get(r.LEVEL_REACHED)), Status.valueOf(row.get(r.STATUS)), row.get(r.CONVERTED),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction), row.get(COUNT),
				quantity == null ? 0 : quantity.longValueExact(), score == null ? 0 : score.doubleValue());
	}

}
