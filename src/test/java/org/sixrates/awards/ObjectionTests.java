package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.OBJECTION;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Objections during the publicity of 2025, end to end through the API: a clerk lodges one
 * about its own committee, the office answers, the clerk reads the answer; the correction
 * it leads to shows in the next draft's changes. Objections about another committee,
 * outside the publicity or by anyone but a clerk are refused and stored nowhere.
 */
@AwardsTest
class ObjectionTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final RequestPostProcessor CLERK_JB = user("clerk-jb")
		.authorities(new SimpleGrantedAuthority("ROLE_CLERK"), new SimpleGrantedAuthority("COMMITTEE_JB"));

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@BeforeEach
	void cityWith2025Publicized() throws Exception {
		AwardCity.reset(dsl);
		AwardCity.load(importer);
		PublishedYearTests.move(mvc, 2025, "CLOSED");
		PublishedYearTests.move(mvc, 2025, "PUBLICIZED");
	}

	@Test
	void aClerkObjectsTheOfficeAnswersAndTheCorrectionShowsInTheNextDraft() throws Exception {
		lodge(YearMovesTests.CLERK_JA,
				"{\"text\": \"提案二已于12月办结，请核实\", \"rate\": \"completion\", \"records\": \"A25-3\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.committee").value("JA"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.rate").value("completion"))
			.andExpect(jsonPath("$.decision").doesNotExist());
		long id = dsl.fetchValue(OBJECTION.ID, OBJECTION.COMMITTEE.eq("JA"));

		// each reads what it may: the clerk its own, another clerk none of it, a viewer
		// nothing
		mvc.perform(get("/api/years/2025/objections").with(YearMovesTests.CLERK_JA))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/years/2025/objections").with(CLERK_JB)).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/years/2025/objections").with(VIEWER)).andExpect(status().isForbidden());

		mvc.perform(post("/api/years/2025/objections/" + id + "/answer").contentType("application/json")
			.content("{\"decision\": \"UPHELD\", \"reply\": \"经核实，予以更正\"}")
			.with(YearMovesTests.CLERK_JA)).andExpect(status().isForbidden());
		mvc.perform(post("/api/years/2025/objections/" + id + "/answer").contentType("application/json")
			.content("{\"decision\": \"采纳\", \"reply\": \"经核实，予以更正\"}")
			.with(ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("UPHELD"));
		mvc.perform(get("/api/years/2025/objections").with(YearMovesTests.CLERK_JA))
			.andExpect(jsonPath("$[0].decision").value("UPHELD"))
			.andExpect(jsonPath("$[0].reply").value("经核实，予以更正"))
			.andExpect(jsonPath("$[0].answeredBy").value("admin"));
		assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.COMMITTEE)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ACTION.in("OBJECTION", "ANSWER"))
			.orderBy(AUDIT_EVENT.ID)
			.fetch(row -> row.value1() + " " + row.value2())).containsExactly("OBJECTION JA", "ANSWER JA");

		// the office corrects JA's 2025 with a reason (JA's P2 was not completed after
		// all: completion 1 → 0.5, score 93.5 → 83.5) and publicizes again
		mvc.perform(post("/api/records").param("reason", "采纳异议后更正")
			.contentType("text/csv")
			.content("id,committee,year,kind,status\nA25-3,JA,2025,PROPOSAL,FILED\n")
			.with(ADMIN)).andExpect(status().isOk());
		PublishedYearTests.move(mvc, 2025, "CLOSED");
		PublishedYearTests.move(mvc, 2025, "PUBLICIZED");
		mvc.perform(get("/api/snapshots/2025/2/changes").with(ADMIN))
			.andExpect(jsonPath("$[?(@.committee == 'JA' && @.aspect == 'SCORE')]").exists())
			.andExpect(jsonPath("$[?(@.committee == 'JA' && @.aspect == 'GRADE')].before").value("excellent"))
			.andExpect(jsonPath("$[?(@.committee == 'JA' && @.aspect == 'GRADE')].after").value("good"))
			.andExpect(jsonPath("$[?(@.committee == 'JB')]").isEmpty());
	}

	@Test
	void objectionsAboutAnotherCommitteeOutsideThePublicityOrNotByAClerkAreRefusedAndStoredNowhere() throws Exception {
		lodge(YearMovesTests.CLERK_JA, "{\"committee\": \"JB\", \"text\": \"江北县得分偏高\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("An objection is about your own committee, not JB"));
		lodge(YearMovesTests.CLERK_JA, "{\"text\": \"   \"}").andExpect(status().isBadRequest());
		lodge(YearMovesTests.CLERK_JA, "{\"text\": \"比率有误\", \"rate\": \"speed\"}").andExpect(status().isBadRequest());
		lodge(ADMIN, "{\"text\": \"办公室不提异议\"}").andExpect(status().isForbidden());
		lodge(VIEWER, "{\"text\": \"旁观\"}").andExpect(status().isForbidden());
		mvc.perform(post("/api/years/2024/objections").contentType("application/json")
			.content("{\"text\": \"2024 尚未公示\"}")
			.with(YearMovesTests.CLERK_JA))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("The year 2024 is Open: objections are lodged during the publicity only"));
		mvc.perform(post("/api/years/2025/objections/424242/answer").contentType("application/json")
			.content("{\"decision\": \"DISMISSED\", \"reply\": \"无\"}")
			.with(ADMIN)).andExpect(status().isNotFound());
		PublishedYearTests.move(mvc, 2025, "PUBLISHED");
		lodge(YearMovesTests.CLERK_JA, "{\"text\": \"发布后才提\"}").andExpect(status().isConflict());
		assertThat(dsl.fetchCount(OBJECTION)).isZero();
	}

	private ResultActions lodge(RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(post("/api/years/2025/objections").contentType("application/json").content(json).with(who));
	}

}
