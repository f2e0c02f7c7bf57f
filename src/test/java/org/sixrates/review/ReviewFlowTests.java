package org.sixrates.review;

import static org.sixrates.db.Tables.TALLY_CELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.ASSESSMENT_YEAR;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.EVIDENCE;
import static org.sixrates.db.Tables.IMPORT_LOG;
import static org.sixrates.db.Tables.RECORD_CHANGE;
import static org.sixrates.db.Tables.REPORTING;
import static org.sixrates.db.Tables.SNAPSHOT;
import static org.sixrates.db.Tables.SNAPSHOT_AWARD;
import static org.sixrates.db.Tables.SNAPSHOT_CELL;
import static org.sixrates.db.Tables.SNAPSHOT_COMMITTEE;
import static org.sixrates.db.Tables.SNAPSHOT_EARLIER_AWARD;
import static org.sixrates.db.Tables.SNAPSHOT_EARLIER_YEAR;
import static org.sixrates.db.Tables.SNAPSHOT_RATE;
import static org.sixrates.db.Tables.SNAPSHOT_RESULT;
import static org.sixrates.db.Tables.SNAPSHOT_WEIGHT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review of a clerk's work against the ranking, with the default scheme plus an
 * evidence rule (endorsements at city level or above need a file). One committee, JA,
 * 2025, 10 members, entered by the city office: an advisory proposal endorsed nationally
 * and converted, proposals P1 (completed, converted) and P2 (completed), 40 member
 * participations, a publication at city level, an evaluation of 90. By hand: endorsement
 * 1, completion 1, conversion 2/3, activity 1, publication 1, contribution 0.9; score 100
 * · (0.2 + 0.2 + 0.1 + 0.15 + 0.15 + 0.135) = 93.5.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:review", "sixrates.demo-data=false",
		"sixrates.admin-password=review-test", "sixrates.rules=src/test/resources/review/evidence.yaml" })
@AutoConfigureMockMvc
class ReviewFlowTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final RequestPostProcessor CLERK_JA = user("clerk-ja")
		.authorities(new SimpleGrantedAuthority("ROLE_CLERK"), new SimpleGrantedAuthority("COMMITTEE_JA"));

	private static final RequestPostProcessor CLERK_JB = user("clerk-jb")
		.authorities(new SimpleGrantedAuthority("ROLE_CLERK"), new SimpleGrantedAuthority("COMMITTEE_JB"));

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@BeforeEach
	void oneCommitteeEnteredByTheOffice() {
		for (Table<?> table : List.of(SNAPSHOT_AWARD, SNAPSHOT_RATE, SNAPSHOT_RESULT, SNAPSHOT_WEIGHT,
				SNAPSHOT_EARLIER_AWARD, SNAPSHOT_EARLIER_YEAR, SNAPSHOT_CELL, SNAPSHOT_COMMITTEE, SNAPSHOT, EVIDENCE,
				RECORD_CHANGE, REPORTING, AUDIT_CHANGE, AUDIT_EVENT, IMPORT_LOG, ACTIVITY_RECORD, TALLY_CELL,
				COMMITTEE_YEAR, COMMITTEE, ASSESSMENT_YEAR)) {
			dsl.deleteFrom(table).execute();
		}
		importer.importCommittees("committees.csv", bytes("""
				code,name,type,year,members
				JA,江岸区政协,DISTRICT,2025,10
				JB,江北县政协,COUNTY,2025,10
				"""), "office");
		importer.importRecords("records.csv", bytes("""
				id,committee,year,kind,title,level,status,converted,quantity,score
				A1,JA,2025,ADVISORY_PROPOSAL,建议案,NATIONAL,,true,,
				P1,JA,2025,PROPOSAL,提案一,,COMPLETED,true,,
				P2,JA,2025,PROPOSAL,提案二,,COMPLETED,false,,
				V1,JA,2025,ACTIVITY,视察,,,,40,
				N1,JA,2025,PUBLICATION,报道,CITY,,,,
				F1,JA,2025,FEEDBACK,评价,,,,,90
				"""), "office");
	}

	@Test
	void aClerksNewRecordMovesTheRankingOnlyOnceApproved() throws Exception {
		assertThat(score()).isCloseTo(93.5, within(1e-9));
		clerkImports("id,committee,year,kind,title,status\nP3,JA,2025,PROPOSAL,提案三,FILED\n");
		assertThat(score()).isCloseTo(93.5, within(1e-9));
		mvc.perform(get("/api/review").with(ADMIN))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value("P3"))
			.andExpect(jsonPath("$[0].change").value(false));

		decide("approve", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P3\"}]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.approved").value(1));
		// completion 2/3, conversion 2/4: 100 · (0.2 + 0.2·2/3 + 0.15·0.5 + 0.15 + 0.15 +
		// 0.135)
		assertThat(score()).isCloseTo(100 * (0.2 + 0.2 * 2 / 3 + 0.075 + 0.15 + 0.15 + 0.135), within(1e-9));
		assertThat(dsl.fetchValue(AUDIT_EVENT.ACTION,
				AUDIT_EVENT.ID.eq(dsl.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT))))
			.isEqualTo("APPROVE");
	}

	@Test
	void aReturnReachesTheClerkWithItsReasonAndTheRecordNeverCounts() throws Exception {
		clerkImports("id,committee,year,kind,title,status\nP3,JA,2025,PROPOSAL,提案三,FILED\n");
		decide("return", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P3\"}]}").andExpect(status().isBadRequest());
		decide("return", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P3\"}], \"reason\": \"请补充办理情况\"}")
			.andExpect(status().isOk());
		mvc.perform(get("/api/review").param("state", "RETURNED").with(CLERK_JA))
			.andExpect(jsonPath("$[0].id").value("P3"))
			.andExpect(jsonPath("$[0].reason").value("请补充办理情况"));
		assertThat(score()).isCloseTo(93.5, within(1e-9));
		// corrected and saved again, it is pending once more
		clerkImports("id,committee,year,kind,title,status\nP3,JA,2025,PROPOSAL,提案三,REPLIED\n");
		mvc.perform(get("/api/review").with(ADMIN))
			.andExpect(jsonPath("$[0].id").value("P3"))
			.andExpect(jsonPath("$[0].state").value("PENDING"));
	}

	@Test
	void aClerksChangeToAnApprovedRecordLeavesTheRankingUntilApprovedAndAReturnLeavesTheApprovedVersion()
			throws Exception {
		String before = ranking();
		// P1 completed → filed: pending beside the approved version, which goes on
		// counting
		clerkImports("id,committee,year,kind,title,status,converted\nP1,JA,2025,PROPOSAL,提案一,FILED,true\n");
		assertThat(ranking()).isEqualTo(before);
		assertThat(dsl.fetchValue(ACTIVITY_RECORD.STATUS, ACTIVITY_RECORD.ID.eq("P1"))).isEqualTo("COMPLETED");
		mvc.perform(get("/api/review").with(ADMIN))
			.andExpect(jsonPath("$[0].id").value("P1"))
			.andExpect(jsonPath("$[0].change").value(true))
			.andExpect(jsonPath("$[0].submittedBy").value("clerk-ja"));

		// returned: the approved version stays in force
		decide("return", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P1\"}], \"reason\": \"办结材料齐全，无需修改\"}")
			.andExpect(status().isOk());
		assertThat(ranking()).isEqualTo(before);

		// submitted again and approved: completion 1/2, score 100 · (0.2 + 0.1 + 0.1 +
		// 0.15 + 0.15 + 0.135) = 83.5
		clerkImports("id,committee,year,kind,title,status,converted\nP1,JA,2025,PROPOSAL,提案一,FILED,true\n");
		assertThat(ranking()).isEqualTo(before);
		decide("approve", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P1\"}]}").andExpect(status().isOk());
		assertThat(score()).isCloseTo(83.5, within(1e-9));
		assertThat(dsl.fetchCount(RECORD_CHANGE)).isZero();
	}

	@Test
	void anEndorsementAtCityLevelIsApprovedOnlyWithEvidence() throws Exception {
		clerkImports("id,committee,year,kind,title,level\nA2,JA,2025,ADVISORY_PROPOSAL,建议案二,CITY\n");
		decide("approve", "{\"records\": [{\"committee\": \"JA\", \"id\": \"A2\"}]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].value").value("JA/A2"));
		assertThat(dsl.fetchValue(ACTIVITY_RECORD.REVIEW, ACTIVITY_RECORD.ID.eq("A2"))).isEqualTo("PENDING");
		dsl.insertInto(EVIDENCE)
			.set(EVIDENCE.COMMITTEE, "JA")
			.set(EVIDENCE.RECORD_ID, "A2")
			.set(EVIDENCE.SHA256, "0".repeat(64))
			.set(EVIDENCE.FILE_NAME, "批示件.pdf")
			.set(EVIDENCE.MEDIA_TYPE, "application/pdf")
			.set(EVIDENCE.SIZE, 9L)
			.set(EVIDENCE.CONTENT, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
			.set(EVIDENCE.UPLOADED_BY, "clerk-ja")
			.set(EVIDENCE.UPLOADED_AT, OffsetDateTime.now())
			.execute();
		decide("approve", "{\"records\": [{\"committee\": \"JA\", \"id\": \"A2\"}]}").andExpect(status().isOk());
		assertThat(dsl.fetchValue(ACTIVITY_RECORD.REVIEW, ACTIVITY_RECORD.ID.eq("A2"))).isEqualTo("APPROVED");
	}

	@Test
	void aClerkNeitherApprovesNorReadsAnotherCommitteesReview() throws Exception {
		clerkImports("id,committee,year,kind,title,status\nP3,JA,2025,PROPOSAL,提案三,FILED\n");
		mvc.perform(post("/api/review/approve").contentType("application/json")
			.content("{\"records\": [{\"committee\": \"JA\", \"id\": \"P3\"}]}")
			.with(CLERK_JA)).andExpect(status().isForbidden());
		mvc.perform(get("/api/review").with(CLERK_JB)).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/review").param("committee", "JA").with(CLERK_JB)).andExpect(status().isForbidden());
		mvc.perform(get("/api/review").with(VIEWER)).andExpect(status().isForbidden());
		// a clerk's file cannot approve its own rows either
		mvc.perform(post("/api/records").contentType("text/csv")
			.content("id,committee,year,kind,review\nP4,JA,2025,PROPOSAL,APPROVED\n")
			.with(CLERK_JA))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("review"));
		assertThat(dsl.fetchValue(ACTIVITY_RECORD.REVIEW, ACTIVITY_RECORD.ID.eq("P3"))).isEqualTo("PENDING");
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("P4"))).isZero();
	}

	@Test
	void approvingInAClosedYearNeedsAReasonAndInAPublishedYearIsRefused() throws Exception {
		clerkImports("id,committee,year,kind,title,status\nP3,JA,2025,PROPOSAL,提案三,FILED\n");
		move("CLOSED");
		decide("approve", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P3\"}]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		move("PUBLISHED");
		decide("approve", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P3\"}], \"reason\": \"补审\"}")
			.andExpect(status().isForbidden());
		assertThat(dsl.fetchValue(ACTIVITY_RECORD.REVIEW, ACTIVITY_RECORD.ID.eq("P3"))).isEqualTo("PENDING");
	}

	@Test
	void aPendingRecordIsNoPartOfWhatASnapshotFrozeNorOfItsDrift() throws Exception {
		move("CLOSED");
		move("PUBLICIZED");
		// the office enters a record for review later, in the publicized year, with its
		// reason
		mvc.perform(post("/api/records").param("reason", "补录，待核实")
			.contentType("text/csv")
			.content("id,committee,year,kind,title,status,review\nP9,JA,2025,PROPOSAL,补录提案,FILED,PENDING\n")
			.with(ADMIN)).andExpect(status().isOk());
		mvc.perform(get("/api/snapshots/2025/1/drift").with(ADMIN))
			.andExpect(jsonPath("$.dataChanged").value(false))
			.andExpect(jsonPath("$.differences.length()").value(0));
		decide("approve", "{\"records\": [{\"committee\": \"JA\", \"id\": \"P9\"}], \"reason\": \"核实无误\"}")
			.andExpect(status().isOk());
		mvc.perform(get("/api/snapshots/2025/1/drift").with(ADMIN))
			.andExpect(jsonPath("$.dataChanged").value(true))
			.andExpect(jsonPath("$.differences[?(@.committee == 'JA' && @.aspect == 'SCORE')]").exists());
	}

	@Test
	void aClerkDeclaresItsReportingCompleteAndTheOfficeSeesTheCounts() throws Exception {
		clerkImports("id,committee,year,kind,title,status\nP3,JA,2025,PROPOSAL,提案三,FILED\n");
		mvc.perform(post("/api/years/2025/reporting/JB").with(CLERK_JA)).andExpect(status().isForbidden());
		mvc.perform(post("/api/years/2025/reporting/JA").with(CLERK_JA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.declaredBy").value("clerk-ja"));
		mvc.perform(get("/api/years/2025/reporting").with(ADMIN))
			.andExpect(jsonPath("$[0].committee").value("JA"))
			.andExpect(jsonPath("$[0].pending").value(1))
			.andExpect(jsonPath("$[0].approved").value(6))
			.andExpect(jsonPath("$[0].declaredBy").value("clerk-ja"))
			.andExpect(jsonPath("$[1].committee").value("JB"))
			.andExpect(jsonPath("$[1].declaredAt").doesNotExist());
	}

	private void clerkImports(String csv) throws Exception {
		mvc.perform(post("/api/records").contentType("text/csv").content(csv).with(CLERK_JA))
			.andExpect(status().isOk());
	}

	private ResultActions decide(String what, String json) throws Exception {
		return mvc.perform(post("/api/review/" + what).contentType("application/json").content(json).with(ADMIN));
	}

	private void move(String to) throws Exception {
		mvc.perform(post("/api/years/2025/state").contentType("application/json")
			.content("{\"to\": \"" + to + "\", \"reason\": \"按计划\"}")
			.with(ADMIN)).andExpect(status().isOk());
	}

	/** The ranking's rows as JSON: every number the ranking shows. */
	private String ranking() throws Exception {
		return JSON
			.readTree(mvc.perform(get("/api/rankings/2025").with(ADMIN))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.at("/rows")
			.toString();
	}

	private double score() throws Exception {
		return JSON.readTree(ranking()).get(0).at("/score").asDouble();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
