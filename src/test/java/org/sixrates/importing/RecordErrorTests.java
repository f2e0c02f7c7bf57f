package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.input.InputError;

/**
 * Files that must be refused whole: each test shows the exact message and, through
 * {@link ImportingFixture#errorsOf}, that the database kept every row it had.
 */
class RecordErrorTests extends ImportingFixture {

	@BeforeEach
	void committeesAndARecord() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8("id,committee,year,kind,title\nB-1,LC,2024,PROPOSAL,kept\n"),
				"clerk");
	}

	@Test
	void anUnknownCommitteeIsReported() {
		assertThat(recordErrors("""
				id,committee,year,kind
				X-1,WZ,2024,PROPOSAL
				""")).containsExactly(new InputError("records.csv", 2, 2, "committee", "WZ",
				"the code or name of a committee in the committees data; import its committees.csv first"));
	}

	@Test
	void aNameSharedByTwoCommitteesIsReportedWithTheirCodes() {
		importer.importCommittees("more.csv", utf8("""
				code,name,type,year,members
				N1,新区,DISTRICT,2024,10
				N2,新区,DISTRICT,2024,12
				"""), "office");

		assertThat(recordErrors("""
				id,committee,year,kind
				X-1,新区,2024,PROPOSAL
				""")).extracting(InputError::line, InputError::column, InputError::expected)
			.containsExactly(tuple(2, 2, "a committee code; several committees are named so: N1, N2"));
	}

	@Test
	void aYearTheCommitteeDoesNotHaveIsReported() {
		assertThat(recordErrors("""
				id,committee,year,kind
				X-1,RA,2025,PROPOSAL
				""")).containsExactly(new InputError("records.csv", 2, 3, "year", "2025",
				"a year of committee RA in the committees data (it has [2024]); import its committees.csv row first"));
	}

	@Test
	void unknownVocabularyIsReportedWithTheAcceptedValues() {
		assertThat(recordErrors("""
				id,committee,year,kind,level,status,satisfaction
				X-1,LC,2024,PROPSAL,,,
				X-2,LC,2024,提案,省,,
				X-3,LC,2024,提案,,DONE,
				X-4,LC,2024,提案,,,很满意
				""")).containsExactly(
				new InputError("records.csv", 2, 4, "kind", "PROPSAL",
						"one of PROPOSAL (提案), ADVISORY_PROPOSAL (建议案), RESEARCH_REPORT (调研成果), "
								+ "PLENARY_SPEECH (大会发言), SOCIAL_OPINION (社情民意), ACTIVITY (活动), "
								+ "PUBLICATION (刊载), FEEDBACK (评价)"),
				new InputError("records.csv", 3, 5, "level", "省",
						"one of NONE (无), COUNTY (县级), CITY (市级), PROVINCE (省级), NATIONAL (全国)"),
				new InputError("records.csv", 4, 6, "status", "DONE",
						"one of FILED (已立案), REPLIED (已答复), COMPLETED (已办结)"),
				new InputError("records.csv", 5, 7, "satisfaction", "很满意",
						"one of SATISFIED (满意), BASICALLY_SATISFIED (基本满意), UNSATISFIED (不满意)"));
	}

	@Test
	void badNumbersAreReported() {
		assertThat(recordErrors("""
				id,committee,year,kind,quantity,score
				X-1,LC,2024年,ACTIVITY,,
				X-2,LC,2024,ACTIVITY,-3,
				X-3,LC,2024,ACTIVITY,2.5,
				X-4,LC,2024,FEEDBACK,,100.5
				X-5,LC,2024,FEEDBACK,,-0.1
				X-6,LC,2024,FEEDBACK,,NaN
				X-7,LC,2024,ACTIVITY,2147483648,
				"""))
			.extracting(InputError::line, InputError::column, InputError::field, InputError::value,
					InputError::expected)
			.containsExactly(tuple(2, 3, "year", "2024年", "a whole number from 1900 to 2200"),
					tuple(3, 5, "quantity", "-3", "a whole number from 0 to 2147483647"),
					tuple(4, 5, "quantity", "2.5", "a whole number from 0 to 2147483647"),
					tuple(5, 6, "score", "100.5", "a number from 0 to 100, or empty"),
					tuple(6, 6, "score", "-0.1", "a number from 0 to 100, or empty"),
					tuple(7, 6, "score", "NaN", "a number from 0 to 100, or empty"),
					// one past the largest count a record holds: the limit is named
					tuple(8, 5, "quantity", "2147483648", "a whole number from 0 to 2147483647"));
	}

	@Test
	void badBooleansAndDatesAreReported() {
		assertThat(recordErrors("""
				id,committee,year,kind,converted,date
				X-1,LC,2024,PROPOSAL,maybe,
				X-2,LC,2024,PROPOSAL,,2024-02-30
				X-3,LC,2024,PROPOSAL,,05/03/2024
				""")).extracting(InputError::line, InputError::column, InputError::value, InputError::expected)
			.containsExactly(tuple(2, 5, "maybe", "true or false (是/否, yes/no, 1/0), or empty"),
					tuple(3, 6, "2024-02-30", "a date written yyyy-MM-dd (or yyyy/M/d), or empty"),
					tuple(4, 6, "05/03/2024", "a date written yyyy-MM-dd (or yyyy/M/d), or empty"));
	}

	@Test
	void anIdOfOtherCharactersThanLettersDigitsAndSafeSignsIsRefused() {
		assertThat(recordErrors("""
				id,committee,year,kind
				a/b,LC,2024,PROPOSAL
				..,LC,2024,PROPOSAL
				x y,LC,2024,PROPOSAL
				.x,LC,2024,PROPOSAL
				提案-001,LC,2024,PROPOSAL
				P.1_a-2,LC,2024,PROPOSAL
				""")).extracting(InputError::line, InputError::value)
			.containsExactly(tuple(2, "a/b"), tuple(3, ".."), tuple(4, "x y"), tuple(5, ".x"));
	}

	@Test
	void onlyTheTwoDocumentedDateFormsInAssessmentYearsAreAccepted() {
		assertThat(recordErrors("""
				id,committee,year,kind,date
				X-1,LC,2024,PROPOSAL,+99999-01-01
				X-2,LC,2024,PROPOSAL,2024-3-5
				X-3,LC,2024,PROPOSAL,1899-12-31
				X-4,LC,2024,PROPOSAL,2201/1/1
				X-5,LC,2024,PROPOSAL,2024-03-05
				X-6,LC,2024,PROPOSAL,2024/3/5
				""")).extracting(InputError::line, InputError::value, InputError::expected)
			.containsExactly(tuple(2, "+99999-01-01", "a date in the years 1900 to 2200, or empty"),
					tuple(3, "2024-3-5", "a date written yyyy-MM-dd (or yyyy/M/d), or empty"),
					tuple(4, "1899-12-31", "a date in the years 1900 to 2200, or empty"),
					tuple(5, "2201/1/1", "a date in the years 1900 to 2200, or empty"));
	}

	@Test
	void aMissingRequiredColumnIsReportedOnTheHeaderLine() {
		assertThat(recordErrors("""
				编号,单位,年度
				X-1,LC,2024
				"""))
			.containsExactly(new InputError("records.csv", 1, 0, "kind", null, "a column kind (类别, 类型) in the header"));
	}

	@Test
	void anUnknownOrDuplicatedColumnIsReported() {
		assertThat(recordErrors("""
				id,committee,year,kind,titel,编号
				X-1,LC,2024,PROPOSAL,t,X-1
				""")).extracting(InputError::line, InputError::column, InputError::value)
			.containsExactly(tuple(1, 5, "titel"), tuple(1, 6, "编号"));
	}

	@Test
	void aMissingRequiredValueIsReported() {
		assertThat(recordErrors("""
				id,committee,year,kind
				,LC,2024,PROPOSAL
				X-2,LC,2024,
				""")).containsExactly(new InputError("records.csv", 2, 1, "id", "", "a value (id is required)"),
				new InputError("records.csv", 3, 4, "kind", "", "a value (kind is required)"));
	}

	@Test
	void anIdTwiceForOneCommitteeIsReportedEvenWhenNamedByCodeAndByName() {
		assertThat(recordErrors("""
				id,committee,year,kind
				X-1,LC,2024,PROPOSAL
				X-1,鹿城区,2025,PROPOSAL
				""")).containsExactly(new InputError("records.csv", 3, 1, "id", "X-1",
				"an id used once per committee; committee LC has this id on line 2 already"));
	}

	@Test
	void aRowWithMoreOrFewerFieldsThanTheHeaderIsReported() {
		assertThat(recordErrors("""
				id,committee,year,kind
				X-1,LC,2024
				X-2,LC,2024,PROPOSAL,extra
				""")).containsExactly(
				new InputError("records.csv", 2, 4, "kind", null, "4 fields as in the header on line 1, found 3"),
				new InputError("records.csv", 3, 5, null, null, "4 fields as in the header on line 1, found 5"));
	}

	@Test
	void anEmptyFileIsReported() {
		assertThat(recordErrors("")).extracting(InputError::line, InputError::expected)
			.containsExactly(tuple(0, "a header line such as id,committee,year,kind,subtype,title,date,level,status,"
					+ "converted,satisfaction,quantity,score,review; the file is empty"));
	}

	@Test
	void linesAreCountedInTheFileEvenAfterQuotedLineBreaks() {
		// record 2 spans lines 2-4, so record 3 starts on line 5 and record 4 (after a
		// blank line) on line 7
		String csv = "id,committee,year,kind,title\n" + "X-1,LC,2024,PROPOSAL,\"one\ntwo\nthree\"\n"
				+ "X-2,LC,2024,PROPSAL,t\n" + "\n" + "X-3,LC,1024,PROPOSAL,t\n";

		assertThat(recordErrors(csv)).extracting(InputError::line, InputError::column)
			.containsExactly(tuple(5, 4), tuple(7, 3));
		assertThat(recordErrors(csv.replace("\n", "\r\n"))).extracting(InputError::line, InputError::column)
			.containsExactly(tuple(5, 4), tuple(7, 3));
	}

	@Test
	void aQuoteNeverClosedIsReportedWhereItsRecordStarts() {
		assertThat(recordErrors("""
				id,committee,year,kind,title
				X-1,LC,2024,PROPOSAL,fine
				X-2,LC,2024,PROPOSAL,"never closed
				X-3,LC,2024,PROPOSAL,t
				""")).extracting(InputError::line, InputError::column).containsExactly(tuple(3, 0));
	}

	@Test
	void textAfterAClosingQuoteIsReportedWhereItsRecordStarts() {
		assertThat(recordErrors("""
				id,committee,year,kind,title
				X-1,LC,2024,PROPOSAL,"two
				lines"
				X-2,LC,2024,PROPOSAL,"closed" late
				""")).containsExactly(new InputError("records.csv", 4, 0, null, null,
				"CSV text (RFC 4180): each quoted field closed by a quote (\") followed by a comma or the end of the line"));
	}

	@Test
	void everyErrorOfAFileIsReportedInFileOrder() {
		assertThat(recordErrors("""
				id,committee,year,kind,quantity,score,extra
				X-1,WZ,2024,PROPOSAL,,,
				X-2,LC,2024,PROPOSAL,-1,101,
				X-3,LC,2024,PROPOSAL,,
				""")).extracting(InputError::message)
			.containsExactly(
					"records.csv: line 1, column 7: \"extra\" — a column named one of id (编号), committee (单位, 单位代码), "
							+ "year (年度, 考核年度), kind (类别, 类型), subtype (子类, 小类), title (标题, 题目, 名称), "
							+ "date (日期), level (级别, 层级), status (办理状态, 状态), converted (是否转化, 转化, 已转化), "
							+ "satisfaction (满意度), quantity (数量, 参与人数), score (分数, 得分, 评分), review (审核状态, 审核)",
					"records.csv: line 2, column 2 (committee): \"WZ\" — the code or name of a committee in the "
							+ "committees data; import its committees.csv first",
					"records.csv: line 3, column 5 (quantity): \"-1\" — a whole number from 0 to 2147483647",
					"records.csv: line 3, column 6 (score): \"101\" — a number from 0 to 100, or empty",
					"records.csv: line 4, column 7: 7 fields as in the header on line 1, found 6");
	}

	@Test
	void aUtf16FileIsRefusedByName() {
		assertThat(errorsOf(() -> importer.importRecords("records.txt",
				"\uFEFFid,committee,year,kind\n".getBytes(StandardCharsets.UTF_16LE), "clerk")))
			.extracting(InputError::file, InputError::line, InputError::expected)
			.containsExactly(tuple("records.txt", 0,
					"a CSV file in UTF-8 or GB18030; this one is UTF-16 (save it as \"CSV UTF-8\")"));
	}

}
