package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files that import; the files that fail are in {@link RecordErrorTests}. */
class RecordImportTests extends ImportingFixture {

	@BeforeEach
	void committees() {
		importer.importCommittees("committees.csv", resource("committees-gb18030.csv"), "office");
	}

	/**
	 * year, kind, subtype, title, date, level, status, converted, satisfaction, quantity,
	 * score.
	 */
	List<Object> stored(String committee, String id) {
		var record = database.dsl.selectFrom(ACTIVITY_RECORD)
			.where(ACTIVITY_RECORD.COMMITTEE.eq(committee).and(ACTIVITY_RECORD.ID.eq(id)))
			.fetchSingle();
		return Arrays.asList(record.getYear(), record.getKind(), record.getSubtype(), record.getTitle(),
				record.getRecordDate(), record.getLevelReached(), record.getStatus(), record.getConverted(),
				record.getSatisfaction(), record.getQuantity(), record.getScore());
	}

	@Test
	void importsAGb18030FileWithChineseHeadersValuesAndCommitteeNames() {
		ImportResult result = importer.importRecords("履职记录.csv", resource("records-gb18030.csv"), "clerk");

		assertThat(result.added()).isEqualTo(3);
		assertThat(result.updated()).isZero();
		// 鹿城区 is LC and 瑞安市 is RA; 2024/3/5 is how Excel writes 5 March 2024
		assertThat(stored("LC", "P-001")).containsExactly(2024, "PROPOSAL", null, "关于加强老城区停车管理的提案",
				LocalDate.of(2024, 3, 5), "CITY", "COMPLETED", true, "SATISFIED", 0, null);
		assertThat(stored("LC", "A-001")).containsExactly(2024, "ACTIVITY", "INSPECTION", "视察瓯江两岸生态治理",
				LocalDate.of(2024, 6, 18), "NONE", "FILED", false, null, 23, null);
		assertThat(stored("RA", "F-001")).containsExactly(2024, "FEEDBACK", null, "社会各界评价", LocalDate.of(2024, 12, 20),
				"NONE", "FILED", false, "BASICALLY_SATISFIED", 0, 88.5);
	}

	@Test
	void importsAUtf8FileWithABomAndHeadersInAnyOrderAndCase() {
		ImportResult result = importer.importRecords("records.csv", resource("records-bom.csv"), "clerk");

		assertThat(result.added()).isEqualTo(2);
		assertThat(stored("LC", "R-7")).containsExactly(2025, "RESEARCH_REPORT", null, "Riverside heritage survey",
				LocalDate.of(2025, 4, 1), "PROVINCE", "FILED", true, null, 0, null);
		assertThat(stored("YJ", "N-1")).containsExactly(2024, "PUBLICATION", "NEWS", "楠溪江 news feature", null,
				"NATIONAL", "FILED", false, null, 0, null);
	}

	@Test
	void importsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		ImportResult result = importer.importRecords("records.csv", resource("records-quoted.csv"), "clerk");

		assertThat(result.added()).isEqualTo(3);
		assertThat(stored("LC", "Q-1")).containsExactly(2024, "PROPOSAL", null,
				"Parking, traffic and \"green\" streets", null, "NONE", "FILED", false, null, 0, null);
		assertThat(stored("LC", "Q-2")).containsExactly(2024, "SOCIAL_OPINION", null,
				"First line\nsecond line, with a comma", null, "NONE", "FILED", false, null, 0, null);
		assertThat(stored("RA", "Q-3")).containsExactly(2024, "ACTIVITY", null, "He said \"go\"", null, "NONE", "FILED",
				false, null, 12, null);
	}

	@Test
	void acceptsEverySpellingOfBooleansAndBothDateForms() {
		importer.importRecords("records.csv", utf8("""
				id,committee,year,kind,converted,date
				b1,LC,2024,PROPOSAL,TRUE,2024-01-31
				b2,LC,2024,PROPOSAL,是,2024/1/31
				b3,LC,2024,PROPOSAL,Yes,2024/01/31
				b4,LC,2024,PROPOSAL,1,
				b5,LC,2024,PROPOSAL,false,
				b6,LC,2024,PROPOSAL,否,
				b7,LC,2024,PROPOSAL,no,
				b8,LC,2024,PROPOSAL,0,
				b9,LC,2024,PROPOSAL,,
				"""), "clerk");

		assertThat(database.dsl.select(ACTIVITY_RECORD.CONVERTED, ACTIVITY_RECORD.RECORD_DATE)
			.from(ACTIVITY_RECORD)
			.orderBy(ACTIVITY_RECORD.ID)
			.fetch(row -> row.value1() + " " + row.value2())).containsExactly("true 2024-01-31", "true 2024-01-31",
					"true 2024-01-31", "true null", "false null", "false null", "false null", "false null",
					"false null");
	}

	@Test
	void skipsBlankLinesAndRowsOfEmptyFields() {
		ImportResult result = importer.importRecords("records.csv", utf8("""
				id,committee,year,kind

				x1,LC,2024,PROPOSAL
				,,,
				x2,LC,2024,PROPOSAL
				"""), "clerk");

		assertThat(result.added()).isEqualTo(2);
	}

	@Test
	void reimportingAnIdUpdatesEveryFieldIncludingTheYear() {
		importer.importRecords("records.csv", resource("records-quoted.csv"), "clerk");

		// Q-1 moved on: replied, endorsed by the city, and re-filed under LC's 2025; Q-9
		// is new.
		ImportResult result = importer.importRecords("records.csv", utf8("""
				id,committee,year,kind,status,level,title,converted,satisfaction,score,quantity,subtype,date
				Q-1,LC,2025,ADVISORY_PROPOSAL,REPLIED,CITY,Parking,true,满意,75,4,评议,2025-02-01
				Q-9,YJ,2024,PROPOSAL,,,,,,,,,
				"""), "clerk");

		assertThat(result.added()).isEqualTo(1);
		assertThat(result.updated()).isEqualTo(1);
		assertThat(stored("LC", "Q-1")).containsExactly(2025, "ADVISORY_PROPOSAL", "EVALUATION", "Parking",
				LocalDate.of(2025, 2, 1), "CITY", "REPLIED", true, "SATISFIED", 4, 75.0);
		assertThat(stored("LC", "Q-2")).element(1).isEqualTo("SOCIAL_OPINION");
		assertThat(database.dsl.fetchCount(ACTIVITY_RECORD)).isEqualTo(4);
	}

	@Test
	void anIdenticalReimportCountsEveryRowAsUpdated() {
		importer.importRecords("records.csv", resource("records-quoted.csv"), "clerk");

		ImportResult again = importer.importRecords("records.csv", resource("records-quoted.csv"), "clerk");

		assertThat(again.added()).isZero();
		assertThat(again.updated()).isEqualTo(3);
	}

	@Test
	void theSameIdInTwoCommitteesIsTwoRecords() {
		ImportResult result = importer.importRecords("records.csv", utf8("""
				id,committee,year,kind
				1,LC,2024,PROPOSAL
				1,RA,2024,PROPOSAL
				"""), "clerk");

		assertThat(result.added()).isEqualTo(2);
	}

	@Test
	void aHeaderOnlyFileImportsNothing() {
		ImportResult result = importer.importRecords("records.csv", utf8("id,committee,year,kind\r\n"), "clerk");

		assertThat(result.added()).isZero();
		assertThat(result.updated()).isZero();
		assertThat(database.dsl.fetchCount(ACTIVITY_RECORD)).isZero();
	}

}
