package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may still change a year's records (DESIGN §7): clerks' imports and form saves for a
 * closed year are refused in the user's language and change nothing; the office's
 * corrections need a reason, which the audit trail keeps; a published year takes no
 * change from anybody.
 */
@AwardsTest
class ClosedYearEntryTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final String NEW_PROPOSAL = "id,committee,year,kind\nN1,JA,2025,PROPOSAL\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@BeforeEach
	void cityWith2025Closed() throws Exception {
		AwardCity.reset(dsl);
		AwardCity.load(importer);
		PublishedYearTests.move(mvc, 2025, "CLOSED");
	}

	@Test
	void aClerksImportForAClosedYearIsRefusedInItsLanguageAndChangesNothing() throws Exception {
		List<String> before = records();
		long events = dsl.fetchCount(AUDIT_EVENT);
		mvc.perform(post("/api/records").contentType("text/csv").content(NEW_PROPOSAL).with(YearMovesTests.CLERK_JA))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("The year 2025 is closed for entry (Closed): only the city office may change its records"));
		mvc.perform(post("/api/records").contentType("text/csv")
			.header("Accept-Language", "zh-CN")
			.content(NEW_PROPOSAL)
			.with(YearMovesTests.CLERK_JA))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("2025 年度已截止填报（已截止），只有市政协办公室可以修改该年度的记录"));
		// a changed record of the closed year, too
		mvc.perform(post("/api/records").contentType("text/csv")
			.content("id,committee,year,kind,status\nA25-3,JA,2025,PROPOSAL,FILED\n")
			.with(YearMovesTests.CLERK_JA)).andExpect(status().isForbidden());
		assertThat(records()).isEqualTo(before);
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
	}

	@Test
	void aClerksFormSaveForAClosedYearIsRefusedAndChangesNothing() throws Exception {
		List<String> before = records();
		mvc.perform(post("/records/JA/new").param("id", "N1")
			.param("year", "2025")
			.param("kind", "PROPOSAL")
			.with(csrf())
			.with(YearMovesTests.CLERK_JA)).andExpect(status().isForbidden());
		mvc.perform(post("/records/JA/A25-3/edit").param("year", "2025")
			.param("kind", "PROPOSAL")
			.param("status", "FILED")
			.with(csrf())
			.with(YearMovesTests.CLERK_JA)).andExpect(status().isForbidden());
		assertThat(records()).isEqualTo(before);
		// an open year still takes the clerk's work
		mvc.perform(post("/api/records").contentType("text/csv")
			.content("id,committee,year,kind\nN2,JA,2024,PROPOSAL\n")
			.with(YearMovesTests.CLERK_JA)).andExpect(status().isOk());
	}

	@Test
	void theOfficesCorrectionOfAClosedYearNeedsAReasonWhichTheAuditTrailKeeps() throws Exception {
		List<String> before = records();
		mvc.perform(post("/api/records").contentType("text/csv").content(NEW_PROPOSAL).with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/records/JA/new").param("id", "N1")
			.param("year", "2025")
			.param("kind", "PROPOSAL")
			.with(csrf())
			.with(ADMIN)).andExpect(status().isBadRequest()).andExpect(content().string(containsString("修改理由")));
		assertThat(records()).isEqualTo(before);

		mvc.perform(post("/api/records").param("reason", "补录江岸区漏报提案")
			.contentType("text/csv")
			.content(NEW_PROPOSAL)
			.with(ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));
		mvc.perform(post("/records/JA/A25-3/edit").param("year", "2025")
			.param("kind", "PROPOSAL")
			.param("status", "FILED")
			.param("reason", "办理状态核实为已立案")
			.with(csrf())
			.with(ADMIN)).andExpect(status().isFound());
		assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.REASON)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.CONTENT.eq("RECORDS"), AUDIT_EVENT.REASON.isNotNull())
			.orderBy(AUDIT_EVENT.ID)
			.fetch(row -> row.value1() + " " + row.value2())).containsExactly("IMPORT 补录江岸区漏报提案", "EDIT 办理状态核实为已立案");
		// and the audit trail page shows them, with the move that closed the year
		mvc.perform(get("/audit").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("补录江岸区漏报提案")))
			.andExpect(content().string(containsString("改变年度状态")))
			.andExpect(content().string(containsString("已截止")));
	}

	@Test
	void aPublishedYearTakesNoChangeFromAnybody() throws Exception {
		PublishedYearTests.move(mvc, 2025, "PUBLISHED");
		List<String> before = records();
		int members = dsl.fetchValue(COMMITTEE_YEAR.MEMBERS,
				COMMITTEE_YEAR.COMMITTEE.eq("JA").and(COMMITTEE_YEAR.YEAR.eq(2025)));
		mvc.perform(
				post("/api/records").param("reason", "更正").contentType("text/csv").content(NEW_PROPOSAL).with(ADMIN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("revoke the publication first")));
		mvc.perform(post("/api/committees").param("reason", "委员人数更正")
			.contentType("text/csv")
			.content("code,name,type,year,members\nJA,江岸区政协,DISTRICT,2025,12\n")
			.with(ADMIN)).andExpect(status().isForbidden());
		mvc.perform(post("/committees/JA/delete").param("confirm", "JA").param("reason", "撤并").with(csrf()).with(ADMIN))
			.andExpect(status().isForbidden());
		assertThat(records()).isEqualTo(before);
		assertThat(dsl.fetchValue(COMMITTEE_YEAR.MEMBERS,
				COMMITTEE_YEAR.COMMITTEE.eq("JA").and(COMMITTEE_YEAR.YEAR.eq(2025))))
			.isEqualTo(members);
	}

	/** Every record, all its fields, in one order. */
	private List<String> records() {
		return dsl.selectFrom(ACTIVITY_RECORD)
			.orderBy(ACTIVITY_RECORD.COMMITTEE, ACTIVITY_RECORD.ID)
			.fetch(record -> record.formatCSV(false));
	}

}
