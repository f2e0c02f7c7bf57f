package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;

import org.junit.jupiter.api.Test;
import org.sixrates.input.InputError;

class CommitteeImportTests extends ImportingFixture {

	@Test
	void importsAGb18030FileWithChineseHeadersAndValues() {
		ImportResult result = importer.importCommittees("单位.csv", resource("committees-gb18030.csv"), "clerk");

		assertThat(result.added()).isEqualTo(4);
		assertThat(result.updated()).isZero();
		assertThat(database.dsl.selectFrom(COMMITTEE).orderBy(COMMITTEE.CODE).fetch())
			.extracting(c -> c.getCode(), c -> c.getName(), c -> c.getType())
			.containsExactly(tuple("LC", "鹿城区", "DISTRICT"), tuple("RA", "瑞安市", "CITY_COUNTY"),
					tuple("YJ", "永嘉县", "COUNTY"));
		assertThat(
				database.dsl.selectFrom(COMMITTEE_YEAR).orderBy(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR).fetch())
			.extracting(y -> y.getCommittee(), y -> y.getYear(), y -> y.getMembers())
			.containsExactly(tuple("LC", 2024, 120), tuple("LC", 2025, 125), tuple("RA", 2024, 150),
					tuple("YJ", 2024, 98));
	}

	@Test
	void reimportUpdatesNamesTypesAndMembersAndCountsEachRowOnce() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "clerk");

		// LC 2024 and RA 2024 are known (updated, RA renamed and retyped); LC 2026 is new
		// (added).
		ImportResult result = importer.importCommittees("committees.csv", utf8("""
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024,121
				LC,鹿城区,DISTRICT,2026,130
				RA,瑞安市政协,COUNTY,2024,150
				"""), "clerk");

		assertThat(result.added()).isEqualTo(1);
		assertThat(result.updated()).isEqualTo(2);
		assertThat(database.dsl.selectFrom(COMMITTEE).orderBy(COMMITTEE.CODE).fetch())
			.extracting(c -> c.getCode(), c -> c.getName(), c -> c.getType())
			.containsExactly(tuple("LC", "鹿城区", "DISTRICT"), tuple("RA", "瑞安市政协", "COUNTY"),
					tuple("YJ", "永嘉县", "COUNTY"));
		assertThat(
				database.dsl.selectFrom(COMMITTEE_YEAR).orderBy(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR).fetch())
			.extracting(y -> y.getCommittee(), y -> y.getYear(), y -> y.getMembers())
			.containsExactly(tuple("LC", 2024, 121), tuple("LC", 2025, 125), tuple("LC", 2026, 130),
					tuple("RA", 2024, 150), tuple("YJ", 2024, 98));
	}

	@Test
	void identicalReimportCountsEveryRowAsUpdated() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "clerk");

		ImportResult again = importer.importCommittees("committees.csv", utf8(COMMITTEES), "clerk");

		assertThat(again.added()).isZero();
		assertThat(again.updated()).isEqualTo(4);
	}

	@Test
	void aHeaderOnlyFileImportsNothingAndIsLogged() {
		ImportResult result = importer.importCommittees("committees.csv", utf8("code,name,type,year,members\n"),
				"clerk");

		assertThat(result.added()).isZero();
		assertThat(result.updated()).isZero();
		assertThat(database.dsl.fetchCount(COMMITTEE)).isZero();
		assertThat(new ImportLog(database.dsl).recent(10)).hasSize(1);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(committeeErrors("")).containsExactly(new InputError("committees.csv", 0, 0, null, null,
				"a header line such as code,name,type,year,members; the file is empty"));
		assertThat(committeeErrors("\n  \n")).extracting(InputError::line).containsExactly(0);
	}

	@Test
	void anUnknownTypeIsReportedWithItsLineAndColumn() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "clerk");

		assertThat(committeeErrors("""
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024,120
				RA,瑞安市,市,2024,150
				""")).containsExactly(new InputError("committees.csv", 3, 3, "type", "市",
				"one of COUNTY (县), DISTRICT (区), CITY_COUNTY (县级市)"));
	}

	@Test
	void aYearThatIsNotANumberOrOutOfRangeIsReported() {
		assertThat(committeeErrors("""
				code,name,type,year,members
				LC,鹿城区,DISTRICT,二〇二四,120
				RA,瑞安市,CITY_COUNTY,1899,150
				""")).containsExactly(
				new InputError("committees.csv", 2, 4, "year", "二〇二四", "a whole number from 1900 to 2200"),
				new InputError("committees.csv", 3, 4, "year", "1899", "a whole number from 1900 to 2200"));
	}

	@Test
	void negativeOrFractionalMembersAreReported() {
		assertThat(committeeErrors("""
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024,-1
				RA,瑞安市,CITY_COUNTY,2024,12.5
				""")).extracting(InputError::line, InputError::column, InputError::value, InputError::expected)
			.containsExactly(tuple(2, 5, "-1", "a whole number from 0 to 2147483647"),
					tuple(3, 5, "12.5", "a whole number from 0 to 2147483647"));
	}

	@Test
	void theSameCommitteeAndYearTwiceIsReportedOnTheSecondRow() {
		assertThat(committeeErrors("""
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024,120
				LC,鹿城区,DISTRICT,2025,125
				LC,鹿城区,DISTRICT,2024,121
				""")).containsExactly(new InputError("committees.csv", 4, 4, "year", "2024",
				"one row per committee and year; LC 2024 is on line 2 already"));
	}

	@Test
	void oneCodeWithTwoNamesOrTypesIsReported() {
		assertThat(committeeErrors("""
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024,120
				LC,鹿城,COUNTY,2025,125
				""")).containsExactly(
				new InputError("committees.csv", 3, 2, "name", "鹿城",
						"\"鹿城区\" as on line 2 for committee LC (one name per committee)"),
				new InputError("committees.csv", 3, 3, "type", "COUNTY",
						"DISTRICT (区) as on line 2 for committee LC (one type per committee)"));
	}

	@Test
	void aCodeThatIsNotAsciiIsReported() {
		assertThat(committeeErrors("""
				code,name,type,year,members
				鹿城,鹿城区,DISTRICT,2024,120
				""")).extracting(InputError::line, InputError::column, InputError::field)
			.containsExactly(tuple(2, 1, "code"));
	}

	@Test
	void aMissingRequiredValueIsReportedUnderTheHeaderAsWritten() {
		assertThat(committeeErrors("""
				单位代码,名称,类型,年度,委员人数
				LC,,区,2024,120
				""")).containsExactly(new InputError("committees.csv", 2, 2, "名称", "", "a value (name is required)"));
	}

	@Test
	void aMissingUnknownOrDuplicatedColumnIsReportedOnTheHeaderLine() {
		// no members column; "nmae" is a typo; 代码 repeats code
		assertThat(committeeErrors("""
				code,nmae,type,year,代码
				LC,鹿城区,DISTRICT,2024,LC
				""")).containsExactly(
				new InputError("committees.csv", 1, 2, null, "nmae",
						"a column named one of code (单位代码, 代码), name (单位名称, 名称), type (单位类型, 类型), "
								+ "year (年度, 考核年度), members (委员人数)"),
				new InputError("committees.csv", 1, 5, null, "代码", "each column once; column 1 (code) is code already"),
				new InputError("committees.csv", 1, 0, "name", null, "a column name (单位名称, 名称) in the header"),
				new InputError("committees.csv", 1, 0, "members", null, "a column members (委员人数) in the header"));
	}

	@Test
	void aRowWithMoreOrFewerFieldsThanTheHeaderIsReported() {
		assertThat(committeeErrors("""
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024
				RA,瑞安市,CITY_COUNTY,2024,150,x
				""")).containsExactly(
				new InputError("committees.csv", 2, 5, "members", null, "5 fields as in the header on line 1, found 4"),
				new InputError("committees.csv", 3, 6, null, null, "5 fields as in the header on line 1, found 6"));
	}

	@Test
	void aCodeOfOtherCharactersThanTheSafeOnesIsRefused() {
		assertThat(committeeErrors("""
				code,name,type,year,members
				../../audit,甲,DISTRICT,2024,1
				LC/1,乙,DISTRICT,2024,1
				鹿城,丙,DISTRICT,2024,1
				"L C",丁,DISTRICT,2024,1
				LC_1-b,戊,DISTRICT,2024,1
				""")).extracting(InputError::line, InputError::column, InputError::value, InputError::expected)
			.containsExactly(tuple(2, 1, "../../audit", "a code of ASCII letters, digits, _ and -"),
					tuple(3, 1, "LC/1", "a code of ASCII letters, digits, _ and -"),
					tuple(4, 1, "鹿城", "a code of ASCII letters, digits, _ and -"),
					tuple(5, 1, "L C", "a code of ASCII letters, digits, _ and -"));
	}

	@Test
	void aCodeThatDiffersFromAnotherInLetterCaseAloneIsRefused() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");

		// lc is LC already; ra2 and RA2 are one code written twice
		assertThat(committeeErrors("""
				code,name,type,year,members
				lc,鹿城区,DISTRICT,2026,130
				RA2,新区,DISTRICT,2026,10
				ra2,新区,DISTRICT,2027,10
				""")).extracting(InputError::line, InputError::value, InputError::expected)
			.containsExactly(
					tuple(2, "lc",
							"a code that differs from the committee LC in more than letter case; "
									+ "write LC for that committee"),
					tuple(4, "ra2", "a code that differs from the committee RA2 in more than letter case; "
							+ "write RA2 for that committee"));
	}

}
