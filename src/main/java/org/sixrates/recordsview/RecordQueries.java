package org.sixrates.recordsview;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sixrates.records.Kind;
import org.sixrates.records.Level;
import org.sixrates.records.Satisfaction;
import org.sixrates.records.Status;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records page by page, newest date first (undated last), then by id and committee
 * so that the order is total and pages never overlap.
 */
@Repository
@Transactional(readOnly = true)
public class RecordQueries {

	/** Records per page. */
	public static final int PAGE_SIZE = 50;

	private final DSLContext dsl;

	public RecordQueries(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Page {@code page} (1-based) of the records the filter allows. */
	public RecordPage find(RecordFilter filter, int page) {
		var r = ACTIVITY_RECORD;
		Condition where = condition(filter);
		long total = dsl.fetchCount(r, where);
		List<RecordRow> rows = dsl
			.select(r.COMMITTEE, COMMITTEE.NAME, r.ID, r.YEAR, r.KIND, r.SUBTYPE, r.TITLE, r.RECORD_DATE,
					r.LEVEL_REACHED, r.STATUS, r.CONVERTED, r.SATISFACTION, r.QUANTITY, r.SCORE)
			.from(r)
			.join(COMMITTEE)
			.on(COMMITTEE.CODE.eq(r.COMMITTEE))
			.where(where)
			.orderBy(r.RECORD_DATE.desc().nullsLast(), r.ID, r.COMMITTEE)
			.limit(PAGE_SIZE)
			.offset((long) (page - 1) * PAGE_SIZE)
			.fetch(RecordQueries::row);
		return new RecordPage(rows, page, PAGE_SIZE, total);
	}

	/** The committees, by code, for the filter form. */
	public List<CommitteeName> committees() {
		return dsl.select(COMMITTEE.CODE, COMMITTEE.NAME)
			.from(COMMITTEE)
			.orderBy(COMMITTEE.CODE)
			.fetch(row -> new CommitteeName(row.value1(), row.value2()));
	}

	/** The assessment years, ascending, for the filter form. */
	public List<Integer> years() {
		return dsl.selectDistinct(COMMITTEE_YEAR.YEAR)
			.from(COMMITTEE_YEAR)
			.orderBy(COMMITTEE_YEAR.YEAR)
			.fetch(COMMITTEE_YEAR.YEAR);
	}

	private static Condition condition(RecordFilter filter) {
		var r = ACTIVITY_RECORD;
		List<Condition> conditions = new ArrayList<>();
		in(conditions, r.COMMITTEE, filter.committee());
		in(conditions, r.YEAR, filter.year());
		in(conditions, r.KIND, filter.kind().stream().map(Kind::name).toList());
		in(conditions, r.SUBTYPE, filter.subtype());
		in(conditions, r.LEVEL_REACHED, filter.level().stream().map(Level::name).toList());
		in(conditions, r.STATUS, filter.status().stream().map(Status::name).toList());
		in(conditions, r.CONVERTED, filter.converted());
		in(conditions, r.SATISFACTION, filter.satisfaction().stream().map(Satisfaction::name).toList());
		return DSL.and(conditions);
	}

	private static <T> void in(List<Condition> conditions, Field<T> field, List<T> allowed) {
		if (!allowed.isEmpty()) {
			conditions.add(field.in(allowed));
		}
	}

	private static RecordRow row(Record row) {
		var r = ACTIVITY_RECORD;
		String satisfaction = row.get(r.SATISFACTION);
		return new RecordRow(row.get(r.COMMITTEE), row.get(COMMITTEE.NAME), row.get(r.ID), row.get(r.YEAR),
				Kind.valueOf(row.get(r.KIND)), row.get(r.SUBTYPE), row.get(r.TITLE), row.get(r.RECORD_DATE),
				Level.valueOf(row.get(r.LEVEL_REACHED)), Status.valueOf(row.get(r.STATUS)), row.get(r.CONVERTED),
				(satisfaction == null) ? null : Satisfaction.valueOf(satisfaction), row.get(r.QUANTITY),
				row.get(r.SCORE));
	}

	/** A committee's code and name. */
	public record CommitteeName(String code, String name) {
	}

}
