package org.sixrates.records;

import static org.sixrates.db.Tables.TALLY_CELL;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.ASSESSMENT_YEAR;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.IMPORT_LOG;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.sixrates.testing.RecordCells;

/**
 * Records written into the test database with jOOQ, the committees of the test city:
 *
 * <pre>
 * committee id  year kind              subtype    date        level    status    conv. satisfaction
 * DH        P1  2024 PROPOSAL          -          2024-03-05  NONE     COMPLETED no    SATISFIED
 * DH        P2  2024 PROPOSAL          -          2024-04-10  NONE     REPLIED   no    BASICALLY_SATISFIED
 * DH        P3  2024 PROPOSAL          -          (none)      NONE     FILED     no    -
 * DH        S1  2024 SOCIAL_OPINION    -          2024-05-20  CITY     COMPLETED yes   -
 * DH        A1  2024 ADVISORY_PROPOSAL -          2024-06-01  PROVINCE FILED     yes   -
 * DH        V1  2024 ACTIVITY          INSPECTION 2024-07-15  NONE     FILED     no    -      (35 members)
 * DH        N1  2024 PUBLICATION       NEWS       2024-08-01  CITY     FILED     no    -
 * DH        P9  2023 PROPOSAL          -          2023-05-01  NONE     COMPLETED no    -
 * XS        P1  2024 PROPOSAL          -          2024-03-05  NONE     COMPLETED no    UNSATISFIED
 * XS        S1  2024 SOCIAL_OPINION    -          2024-02-01  NONE     FILED     no    -
 * </pre>
 */
public final class SampleRecords {

	private SampleRecords() {
	}

	/** Empties the tables and writes the records above. */
	public static void write(DSLContext dsl) {
		clear(dsl);
		committee(dsl, "DH", "东湖区政协", "DISTRICT");
		committee(dsl, "XS", "西山县政协", "COUNTY");
		committee(dsl, "NJ", "南江市政协", "CITY_COUNTY");
		committee(dsl, "BL", "北岭县政协", "COUNTY");
		year(dsl, "DH", 2023, 118);
		for (String code : new String[] { "DH", "XS", "NJ", "BL" }) {
			year(dsl, code, 2024, 120);
		}
		record(dsl, "DH", "P1", 2024, "PROPOSAL", null, "关于加强社区养老服务的提案", LocalDate.of(2024, 3, 5), "NONE", "COMPLETED",
				false, "SATISFIED", 0);
		record(dsl, "DH", "P2", 2024, "PROPOSAL", null, "关于改善农村道路交通的提案", LocalDate.of(2024, 4, 10), "NONE", "REPLIED",
				false, "BASICALLY_SATISFIED", 0);
		record(dsl, "DH", "P3", 2024, "PROPOSAL", null, "关于保护古村落的提案", null, "NONE", "FILED", false, null, 0);
		record(dsl, "DH", "S1", 2024, "SOCIAL_OPINION", null, "群众反映菜市场秩序的社情民意", LocalDate.of(2024, 5, 20), "CITY",
				"COMPLETED", true, null, 0);
		record(dsl, "DH", "A1", 2024, "ADVISORY_PROPOSAL", null, "关于发展夜间经济的建议案", LocalDate.of(2024, 6, 1), "PROVINCE",
				"FILED", true, null, 0);
		record(dsl, "DH", "V1", 2024, "ACTIVITY", "INSPECTION", "视察城区防汛工作", LocalDate.of(2024, 7, 15), "NONE", "FILED",
				false, null, 35);
		record(dsl, "DH", "N1", 2024, "PUBLICATION", "NEWS", "市报刊发委员履职报道", LocalDate.of(2024, 8, 1), "CITY", "FILED",
				false, null, 0);
		record(dsl, "DH", "P9", 2023, "PROPOSAL", null, "关于老旧小区加装电梯的提案", LocalDate.of(2023, 5, 1), "NONE", "COMPLETED",
				false, null, 0);
		record(dsl, "XS", "P1", 2024, "PROPOSAL", null, "关于山区学校供暖的提案", LocalDate.of(2024, 3, 5), "NONE", "COMPLETED",
				false, "UNSATISFIED", 0);
		record(dsl, "XS", "S1", 2024, "SOCIAL_OPINION", null, "关于乡村客运班线的社情民意", LocalDate.of(2024, 2, 1), "NONE",
				"FILED", false, null, 0);
		RecordCells.rebuild(dsl);
	}

	/** Empties the tables the web reads. */
	public static void clear(DSLContext dsl) {
		dsl.deleteFrom(ACTIVITY_RECORD).execute();
		dsl.deleteFrom(TALLY_CELL).execute();
		dsl.deleteFrom(COMMITTEE_YEAR).execute();
		dsl.deleteFrom(COMMITTEE).execute();
		dsl.deleteFrom(IMPORT_LOG).execute();
	}

	static void committee(DSLContext dsl, String code, String name, String type) {
		dsl.insertInto(COMMITTEE)
			.set(COMMITTEE.CODE, code)
			.set(COMMITTEE.NAME, name)
			.set(COMMITTEE.TYPE, type)
			.execute();
	}

	static void year(DSLContext dsl, String code, int year, int members) {
		// the year a committee is assessed in is there first, open (as the importer makes
		// it)
		dsl.insertInto(ASSESSMENT_YEAR)
			.set(ASSESSMENT_YEAR.YEAR, year)
			.set(ASSESSMENT_YEAR.STATE, "OPEN")
			.onConflictDoNothing()
			.execute();
		dsl.insertInto(COMMITTEE_YEAR)
			.set(COMMITTEE_YEAR.COMMITTEE, code)
			.set(COMMITTEE_YEAR.YEAR, year)
			.set(COMMITTEE_YEAR.MEMBERS, members)
			.execute();
	}

	static void record(DSLContext dsl, String committee, String id, int year, String kind, String subtype, String title,
			LocalDate date, String level, String status, boolean converted, String satisfaction, int quantity) {
		dsl.insertInto(ACTIVITY_RECORD)
			.set(ACTIVITY_RECORD.COMMITTEE, committee)
			.set(ACTIVITY_RECORD.ID, id)
			.set(ACTIVITY_RECORD.YEAR, year)
			.set(ACTIVITY_RECORD.KIND, kind)
			.set(ACTIVITY_RECORD.SUBTYPE, subtype)
			.set(ACTIVITY_RECORD.TITLE, title)
			.set(ACTIVITY_RECORD.RECORD_DATE, date)
			.set(ACTIVITY_RECORD.LEVEL_REACHED, level)
			.set(ACTIVITY_RECORD.STATUS, status)
			.set(ACTIVITY_RECORD.CONVERTED, converted)
			.set(ACTIVITY_RECORD.SATISFACTION, satisfaction)
			.set(ACTIVITY_RECORD.QUANTITY, quantity)
			.execute();
	}

}
