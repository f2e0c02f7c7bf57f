package org.sixrates.records;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.testing.RecordCells;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A drill-down's list shows its number's own total, worked out by hand on the records of
 * {@link SampleRecords} under the default scheme, with two evaluations of 东湖区 added
 * (scores 90 and 80.5). 东湖区 2024 then has: endorsable A1 (province) and S1 (city); one
 * activity of 35 members; 120 members; the two evaluations.
 */
@WebTest
class DrillTotalPagesTests {

	private static final String DH_2024 = "/records?committee=DH&year=2024";

	private static final String ENDORSABLE = "&kind=ADVISORY_PROPOSAL&kind=RESEARCH_REPORT&kind=PLENARY_SPEECH"
			+ "&kind=SOCIAL_OPINION";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@BeforeEach
	void writeRecords() {
		SampleRecords.write(dsl);
		feedback("F1", 90);
		feedback("F2", 80.5);
		// the data changed: what the results are cached by
		dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.HAPPENED_AT, OffsetDateTime.now())
			.set(AUDIT_EVENT.USERNAME, "test")
			.set(AUDIT_EVENT.ACTION, "IMPORT")
			.set(AUDIT_EVENT.CONTENT, "RECORDS")
			.set(AUDIT_EVENT.ROWS_ADDED, 2)
			.set(AUDIT_EVENT.ROWS_UPDATED, 0)
			.execute();
	}

	@Test
	void aWeightedCountShowsItsRecordsPerWeight() throws Exception {
		// endorsed: A1 at province level counts 0.9, S1 at city level 0.8: 1.70 of 2
		mvc.perform(get(DH_2024 + ENDORSABLE + "&level=COUNTY&level=CITY&level=PROVINCE&level=NATIONAL"
				+ "&review=APPROVED&rate=endorsement&part=numerator"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("批示率分子"),
					containsString("2 条记录 × 权重：1 × 0.9 + 1 × 0.8 = 1.70"), containsString("共 2 条记录"))));
		mvc.perform(get(DH_2024 + ENDORSABLE + "&review=APPROVED&rate=endorsement&part=denominator"))
			.andExpect(content().string(containsString("2 条记录 = 2")));
	}

	@Test
	void aSumOfQuantityIsNotTheNumberOfRecords() throws Exception {
		// one inspection with 35 members taking part
		mvc.perform(get(DH_2024 + "&kind=ACTIVITY&review=APPROVED&rate=activity&part=numerator"))
			.andExpect(content().string(allOf(containsString("Σ 数量（1 条记录） = 35"), containsString("视察城区防汛工作"))));
	}

	@Test
	void membersAreShownAsTheirFormulaWithoutRecords() throws Exception {
		// 120 members × 4 activities expected of each = 480
		mvc.perform(get(DH_2024 + "&rate=activity&part=denominator"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("活动率分母"), containsString("120 名委员 × 4 = 480"),
					containsString("该数不由履职记录构成"), not(containsString("id=\"records-table\"")))));
	}

	@Test
	void scoresAndTheirCountTimesAHundredOpenTheSameRecordsWithDifferentTotals() throws Exception {
		// contribution: 90 + 80.5 = 170.50 over 2 × 100 = 200
		mvc.perform(get(DH_2024 + "&kind=FEEDBACK&review=APPROVED&rate=contribution&part=numerator"))
			.andExpect(content().string(containsString("Σ 分数（2 条记录） = 170.50")));
		mvc.perform(get(DH_2024 + "&kind=FEEDBACK&review=APPROVED&rate=contribution&part=denominator"))
			.andExpect(content().string(containsString("2 条记录 × 100 = 200")));
	}

	@Test
	void theFormulaIsInEnglishOnAnEnglishPage() throws Exception {
		mvc.perform(get(DH_2024 + ENDORSABLE + "&level=COUNTY&level=CITY&level=PROVINCE&level=NATIONAL"
				+ "&review=APPROVED&rate=endorsement&part=numerator&lang=en"))
			.andExpect(content().string(allOf(containsString("Endorsement Numerator"),
					containsString("2 records × weight: 1 × 0.9 + 1 × 0.8 = 1.70"))));
		mvc.perform(get(DH_2024 + "&rate=activity&part=denominator&lang=en"))
			.andExpect(content().string(containsString("120 members × 4 = 480")));
	}

	@Test
	void theTotalFollowsTheListedRecordsAndKeepsItsMeasureAcrossLinks() throws Exception {
		// searching the titles keeps the measure: only the proposal-free S1 of the two
		mvc.perform(get(DH_2024 + ENDORSABLE + "&review=APPROVED&rate=endorsement&part=denominator&q=菜市场"))
			.andExpect(content()
				.string(allOf(containsString("1 条记录 = 1"), containsString("rate=endorsement&amp;part=denominator"))));
	}

	@Test
	void aTotalNeedsOneCommitteesYear() throws Exception {
		mvc.perform(get("/records?committee=DH&committee=XS&year=2024&kind=PROPOSAL&rate=completion&part=denominator"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请只筛选一个单位和一个年度")));
	}

	@Test
	void aRateTheSchemeDoesNotHaveIsABadRequest() throws Exception {
		mvc.perform(get(DH_2024 + "&rate=happiness&part=numerator")).andExpect(status().isBadRequest());
		mvc.perform(get(DH_2024 + "&rate=activity&part=half")).andExpect(status().isBadRequest());
	}

	private void feedback(String id, double score) {
		dsl.insertInto(ACTIVITY_RECORD)
			.set(ACTIVITY_RECORD.COMMITTEE, "DH")
			.set(ACTIVITY_RECORD.ID, id)
			.set(ACTIVITY_RECORD.YEAR, 2024)
			.set(ACTIVITY_RECORD.KIND, "FEEDBACK")
			.set(ACTIVITY_RECORD.TITLE, "群众评议 " + id)
			.set(ACTIVITY_RECORD.LEVEL_REACHED, "NONE")
			.set(ACTIVITY_RECORD.STATUS, "FILED")
			.set(ACTIVITY_RECORD.CONVERTED, false)
			.set(ACTIVITY_RECORD.QUANTITY, 0)
			.set(ACTIVITY_RECORD.SCORE, score)
			.execute();
		RecordCells.rebuild(dsl);
	}

}
