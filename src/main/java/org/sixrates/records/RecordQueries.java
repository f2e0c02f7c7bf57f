package org.sixrates.records;

import static org.sixrates.importing.RecordTable.R;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.sixrates.importing.RecordTable;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records page by page, newest date first (undated last), then by id and committee,
 * or in the order asked for, then by committee and id, so that the order is total and
 * pages never overlap.
 */
@Repository
@Transactional(readOnly = true)
public class RecordQueries {

	/** Records per page. */
	public static final int PAGE_SIZE = 50;

	/**
	 * The most records a filter counts and pages through: beyond it the list says "more
	 * than 10 000" and asks for a narrower filter, so that no request, however
	 * unfiltered, makes the database count or skip millions of rows.
	 */
	public static final int MOST_LISTED = 10_000;

	/** The index in the list's order ({@code sql/V4}). */
	private static final String LISTING_INDEX = "activity_record_listing";

	private final DSLContext dsl;

	public RecordQueries(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Page {@code page} (1-based) of the records the filter allows; a page past the last
	 * is the last.
	 */
	public RecordPage find(RecordFilter filter, int page) {
		return find(filter, RecordOrder.NEWEST, page);
	}

	/**
	 * Page {@code page} (1-based) of the records the filter allows in {@code order}; a
	 * page past the last is the last. The default order reads from its index; any other
	 * sorts what the filter selects, which over millions of records takes a while (see
	 * the README).
	 */
	public RecordPage find(RecordFilter filter, RecordOrder order, int page) {
		Condition where = condition(filter);
		long counted = counted(where);
		boolean more = counted > MOST_LISTED;
		long total = Math.min(counted, MOST_LISTED);
		int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(page, last);
		Map<String, String> names = dsl.select(COMMITTEE.CODE, COMMITTEE.NAME)
			.from(COMMITTEE)
			.fetchMap(COMMITTEE.CODE, COMMITTEE.NAME);
		// a filter that matches more than the limit is read in the list's order from its
		// index,
		// which finds a page's records at once; H2 would sort every match after using the
		// tally
		// index instead (PostgreSQL's planner weighs the limit itself)
		Table<?> records = (more && order.isDefault() && dsl.dialect().family() == SQLDialect.H2)
				? R.useIndex(LISTING_INDEX) : R;
		List<ListedRecord> rows = dsl.select(RecordTable.columns())
			.from(records)
			.where(where)
			.orderBy(orderBy(order))
			.limit(PAGE_SIZE)
			.offset((long) (shown - 1) * PAGE_SIZE)
			.fetch(row -> new ListedRecord(names.get(row.get(R.COMMITTEE)), RecordTable.values(row)));
		return new RecordPage(rows, shown, PAGE_SIZE, total, more);
	}

	/**
	 * How many records match, counted no further than one past {@link #MOST_LISTED}.
	 */
	public long count(RecordFilter filter) {
		return counted(condition(filter));
	}

	// counted no further than one past the limit, by the index the filter uses
	private long counted(Condition where) {
		return dsl.fetchCount(dsl.selectOne().from(R).where(where).limit(MOST_LISTED + 1));
	}

	/** The committees, by code, for the filter form. */
	public List<CommitteeName> committees() {
		return dsl.select(COMMITTEE.CODE, COMMITTEE.NAME)
			.from(COMMITTEE)
			.orderBy(COMMITTEE.CODE)
			.fetch(row -> new CommitteeName(row.value1(), row.value2()));
	}

	/** A committee's name, or its code where there is no such committee. */
	public String committeeName(String code) {
		String name = dsl.select(COMMITTEE.NAME)
			.from(COMMITTEE)
			.where(COMMITTEE.CODE.eq(code))
			.fetchOne(COMMITTEE.NAME);
		return (name == null) ? code : name;
	}

	/** The assessment years, ascending, for the filter form. */
	public List<Integer> years() {
		return dsl.selectDistinct(COMMITTEE_YEAR.YEAR)
			.from(COMMITTEE_YEAR)
			.orderBy(COMMITTEE_YEAR.YEAR)
			.fetch(COMMITTEE_YEAR.YEAR);
	}

	private static List<SortField<?>> orderBy(RecordOrder order) {
		if (order.isDefault()) {
			return List.of(R.RECORD_DATE.desc().nullsLast(), R.ID.asc(), R.COMMITTEE.asc());
		}
		Field<?> column = RecordTable.column(order.column());
		List<SortField<?>> fields = new ArrayList<>();
		fields.add(order.descending() ? column.desc().nullsLast() : column.asc().nullsLast());
		fields.add(R.COMMITTEE.asc());
		fields.add(R.ID.asc());
		return fields;
	}

	/** The condition of a filter on {@code activity_record}. */
	static Condition condition(RecordFilter filter) {
		List<Condition> conditions = new ArrayList<>();
		filter.allowed().forEach((field, values) -> {
			@SuppressWarnings("unchecked")
			Field<Object> column = (Field<Object>) RecordTable.column(field);
			conditions.add(column.in(values.stream().map(value -> field.type().stored(value)).toList()));
		});
		if (filter.title() != null) {
			// jOOQ escapes % and _ in the text, so that they match themselves
			conditions.add(R.TITLE.containsIgnoreCase(filter.title()));
		}
		return DSL.and(conditions);
	}

	/** A committee's code and name. */
	public record CommitteeName(String code, String name) {
	}

}
