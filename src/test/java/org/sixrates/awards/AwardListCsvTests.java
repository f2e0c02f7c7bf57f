package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Named;

class AwardListCsvTests {

	private static final Named NOTICE = new Named("notice", "通报表彰", "Commended by notice");

	private static final Named PLENARY = new Named("plenary", "全会表彰", "Commended at the plenary");

	private static final AwardList LIST = new AwardList(2025, List.of(NOTICE, PLENARY),
			List.of(new AwardList.Line(NOTICE, 1, "A", "甲区政协", 92.5),
					new AwardList.Line(NOTICE, 2, "B", "乙县政协", 80.125),
					new AwardList.Line(PLENARY, 1, "A", "甲区政协", 92.5)));

	@Test
	void writesOneLinePerWinnerWithTheScoreRoundedHalfUp() {
		// 80.125 lies exactly halfway: half up gives 80.13 (half even would give 80.12)
		assertThat(AwardListCsv.write(LIST, false)).isEqualTo("""
				year,award,rank,committee,name,score\r
				2025,notice,1,A,甲区政协,92.50\r
				2025,notice,2,B,乙县政协,80.13\r
				2025,plenary,1,A,甲区政协,92.50\r
				""");
	}

	@Test
	void theScoreIsRoundedFromItsShortestDecimalFormAsInTheRankingCsv() {
		// the double nearest 80.345 is 80.3449999…; its shortest form 80.345 rounds half
		// up to 80.35, as Cells.score does for the ranking
		AwardList list = new AwardList(2025, List.of(NOTICE),
				List.of(new AwardList.Line(NOTICE, 1, "A", "甲区政协", 80.345)));
		assertThat(AwardListCsv.write(list, false)).endsWith(",80.35\r\n");
	}

	@Test
	void theChineseHeaderAndTheAwardsChineseLabels() {
		assertThat(AwardListCsv.write(LIST, true)).isEqualTo("""
				年度,表彰,名次,单位代码,单位名称,得分\r
				2025,通报表彰,1,A,甲区政协,92.50\r
				2025,通报表彰,2,B,乙县政协,80.13\r
				2025,全会表彰,1,A,甲区政协,92.50\r
				""");
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaAreMadeInert() {
		// a name, a code or an award label starting with =, +, - or @ that is not a
		// number gets a leading '; -3 is a number and stays; a comma is quoted
		Named award = new Named("notice", "=HYPERLINK(\"x\")", "Commended");
		AwardList list = new AwardList(2025, List.of(award), List.of(new AwardList.Line(award, 1, "-3", "@SUM(1)", 90),
				new AwardList.Line(award, 2, "B", "+1,2", 80)));
		assertThat(AwardListCsv.write(list, true)).isEqualTo("""
				年度,表彰,名次,单位代码,单位名称,得分\r
				2025,"'=HYPERLINK(""x"")",1,-3,'@SUM(1),90.00\r
				2025,"'=HYPERLINK(""x"")",2,B,"'+1,2",80.00\r
				""");
	}

	@Test
	void aListWithoutWinnersIsTheHeaderAlone() {
		assertThat(AwardListCsv.write(new AwardList(2024, List.of(NOTICE), List.of()), false))
			.isEqualTo("year,award,rank,committee,name,score\r\n");
	}

	@Test
	void theFileBytesAreTheTextBehindAByteOrderMark() {
		byte[] bytes = AwardListCsv.withBom(LIST, true);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo(AwardListCsv.write(LIST, true));
	}

}
