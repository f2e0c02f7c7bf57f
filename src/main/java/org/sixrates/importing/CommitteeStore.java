package org.sixrates.importing;

import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.importing.Batches.slot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

/**
 * Writes committee rows: {@code committee} (name, type) inserted or updated once per
 * code, {@code committee_year} (members) once per row. A row counts as added when its
 * committee and year were new, else as updated.
 */
final class CommitteeStore {

	private final DSLContext dsl;

	CommitteeStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Saves {@code rows}; adds to {@code changes} each committee year added or changed.
	 */
	Counts save(List<CommitteeRow> rows, List<AuditChange> changes) {
		// rows are written in key order, so that two imports at once lock them in the
		// same order
		Map<String, CommitteeRow> committees = new TreeMap<>();
		rows.forEach(row -> committees.putIfAbsent(row.code(), row));
		Set<String> knownCodes = dsl.select(COMMITTEE.CODE)
			.from(COMMITTEE)
			.where(COMMITTEE.CODE.in(committees.keySet()))
			.fetchSet(COMMITTEE.CODE);
		Map<String, String> knownYears = new HashMap<>();
		dsl.select(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR, COMMITTEE.NAME, COMMITTEE.TYPE,
				COMMITTEE_YEAR.MEMBERS)
			.from(COMMITTEE_YEAR)
			.join(COMMITTEE)
			.on(COMMITTEE.CODE.eq(COMMITTEE_YEAR.COMMITTEE))
			.where(COMMITTEE_YEAR.COMMITTEE.in(committees.keySet()))
			.forEach(year -> knownYears.put(year.value1() + '\n' + year.value2(),
					RowJson.committeeYear(year.value3(), year.value4(), year.value5())));

		Map<Boolean, List<CommitteeRow>> byKnown = committees.values()
			.stream()
			.collect(Collectors.partitioningBy(row -> knownCodes.contains(row.code())));
		Batches.execute(dsl,
				dsl.insertInto(COMMITTEE, COMMITTEE.CODE, COMMITTEE.NAME, COMMITTEE.TYPE)
					.values(slot(COMMITTEE.CODE), slot(COMMITTEE.NAME), slot(COMMITTEE.TYPE)),
				byKnown.get(false), row -> new Object[] { row.code(), row.name(), row.type().name() });
		Batches.execute(dsl,
				dsl.update(COMMITTEE)
					.set(COMMITTEE.NAME, slot(COMMITTEE.NAME))
					.set(COMMITTEE.TYPE, slot(COMMITTEE.TYPE))
					.where(COMMITTEE.CODE.eq(slot(COMMITTEE.CODE))),
				byKnown.get(true), row -> new Object[] { row.name(), row.type().name(), row.code() });

		List<CommitteeRow> added = new ArrayList<>();
		List<CommitteeRow> updated = new ArrayList<>();
		List<CommitteeRow> sorted = rows.stream()
			.sorted(Comparator.comparing(CommitteeRow::code).thenComparing(CommitteeRow::year))
			.toList();
		for (CommitteeRow row : sorted) {
			String before = knownYears.get(row.code() + '\n' + row.year());
			(before == null ? added : updated).add(row);
			String after = RowJson.committeeYear(row.name(), row.type().name(), row.members());
			if (!after.equals(before)) {
				changes.add(new AuditChange(AuditChange.COMMITTEE_YEAR, row.code(), String.valueOf(row.year()), before,
						after));
			}
		}
		Batches.execute(dsl,
				dsl.insertInto(COMMITTEE_YEAR, COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR, COMMITTEE_YEAR.MEMBERS)
					.values(slot(COMMITTEE_YEAR.COMMITTEE), slot(COMMITTEE_YEAR.YEAR), slot(COMMITTEE_YEAR.MEMBERS)),
				added, row -> new Object[] { row.code(), row.year(), row.members() });
		Batches.execute(dsl,
				dsl.update(COMMITTEE_YEAR)
					.set(COMMITTEE_YEAR.MEMBERS, slot(COMMITTEE_YEAR.MEMBERS))
					.where(COMMITTEE_YEAR.COMMITTEE.eq(slot(COMMITTEE_YEAR.COMMITTEE)))
					.and(COMMITTEE_YEAR.YEAR.eq(slot(COMMITTEE_YEAR.YEAR))),
				updated, row -> new Object[] { row.members(), row.code(), row.year() });
		return new Counts(added.size(), updated.size());
	}

}
