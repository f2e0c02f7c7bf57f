package org.sixrates.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.EVIDENCE;
import static org.sixrates.db.Tables.RECORD_CHANGE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.testing.RecordCells;
import org.sixrates.importing.Importer;
import org.sixrates.security.Denied;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.Review;
import org.sixrates.years.YearState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Deleting a record from its page: audited with what it held (its pending change and its
 * evidence too), and refused as an edit would be — by role and committee, by the year's
 * state (DESIGN §7) and, for a clerk, once the city has approved the record (DESIGN §8).
 * A refusal deletes nothing and writes no audit event.
 */
@RecordFormTest
class RecordDeletionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@Autowired
	private ErrorAttributes errorAttributes;

	@BeforeEach
	void city() {
		FormCity.reset(dsl, importer);
	}

	@Test
	void theOfficeDeletesARecordWithItsPendingChangeAndEvidenceAndTheAuditTrailKeepsEachBefore() throws Exception {
		// the clerk's change waiting beside P1, and a file on it
		importer.saveRecord("LC", "P1",
				Map.of("year", "2024", "kind", "PROPOSAL", "title", "关于养老服务的提案", "status", "COMPLETED"), "clerk-lc",
				false, null);
		evidence("LC", "P1", "批示件.pdf");
		MvcResult deleted = mvc.perform(delete("/records/LC/P1/delete", FormCity.ADMIN))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/records?committee=LC&year=2024");
		String list = mvc
			.perform(get("/records?committee=LC&year=2024").flashAttrs(deleted.getFlashMap()).with(FormCity.ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("已删除记录 LC / P1，删除前的内容已记入审计记录。").doesNotContain("<code>P1</code>");

		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("P1"))).isZero();
		assertThat(dsl.fetchCount(RECORD_CHANGE)).isZero();
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
		// A1 is untouched
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("A1"))).isOne();

		Record event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("DELETE")).fetchSingle();
		assertThat(List.of(event.get(AUDIT_EVENT.USERNAME), event.get(AUDIT_EVENT.CONTENT),
				event.get(AUDIT_EVENT.COMMITTEE)))
			.containsExactly("admin", "RECORDS", "LC");
		List<? extends Record> changes = dsl.selectFrom(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(event.get(AUDIT_EVENT.ID)))
			.orderBy(AUDIT_CHANGE.ENTITY)
			.fetch();
		assertThat(changes).extracting(change -> change.get(AUDIT_CHANGE.ENTITY))
			.containsExactly("EVIDENCE", "RECORD", "RECORD_CHANGE");
		assertThat(changes).allSatisfy(change -> assertThat(change.get(AUDIT_CHANGE.AFTER_VALUE)).isNull());
		assertThat(changes.get(0).get(AUDIT_CHANGE.BEFORE_VALUE)).isEqualTo("批示件.pdf");
		assertThat(changes.get(1).get(AUDIT_CHANGE.BEFORE_VALUE)).contains("\"title\":\"关于养老服务的提案\"",
				"\"status\":\"FILED\"", "\"review\":\"APPROVED\"");
		assertThat(changes.get(2).get(AUDIT_CHANGE.BEFORE_VALUE)).contains("\"status\":\"COMPLETED\"",
				"\"review\":\"PENDING\"");
	}

	@Test
	void aDeletionNotConfirmedDeletesNothing() throws Exception {
		String page = mvc.perform(post("/records/LC/P1/delete").with(csrf()).with(FormCity.ADMIN))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"delete-errors\"", "记录未删除：", "勾选“确认删除记录”");
		assertUntouched();
	}

	@Test
	void aClerkDeletesWhatTheCityHasNotApprovedButNotAnApprovedRecord() throws Exception {
		importer.saveRecord("LC", null, Map.of("id", "N1", "year", "2024", "kind", "PROPOSAL"), "clerk-lc", false,
				null);
		mvc.perform(delete("/records/LC/N1/delete", FormCity.CLERK_LC)).andExpect(status().isFound());
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("N1"))).isZero();
		// a record the office returned is the clerk's to correct, or to withdraw
		dsl.update(ACTIVITY_RECORD)
			.set(ACTIVITY_RECORD.REVIEW, Review.RETURNED.name())
			.where(ACTIVITY_RECORD.ID.eq("A1"))
			.execute();
		RecordCells.rebuild(dsl);
		mvc.perform(delete("/records/LC/A1/delete", FormCity.CLERK_LC)).andExpect(status().isFound());
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("A1"))).isZero();
		long events = dsl.fetchCount(AUDIT_EVENT);

		// P1 is approved: it counts, and only the office takes it out
		MvcResult refused = mvc.perform(delete("/records/LC/P1/delete", FormCity.CLERK_LC))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(reason(refused)).containsExactly("记录 P1 已审核通过并计入单位 LC 的考评，只有市政协办公室可以删除；如需删除，请联系市政协办公室",
				"Record P1 is approved and counts in the assessment of LC: only the city office may delete it; ask the city office");
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("P1"))).isOne();
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
		// and its page offers the clerk no button that would fail, but says whom to ask
		String page = mvc.perform(get("/records/LC/P1").with(FormCity.CLERK_LC))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"delete-approved\"", "只能由市政协办公室删除").doesNotContain("id=\"delete-form\"");
		assertThat(mvc.perform(get("/records/LC/P1").with(FormCity.ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"delete-form\"", "id=\"delete-reason\"");
	}

	@Test
	void anotherCommitteesClerkAndAViewerDeleteNothing() throws Exception {
		importer.saveRecord("LC", null, Map.of("id", "N1", "year", "2024", "kind", "PROPOSAL"), "clerk-lc", false,
				null);
		long events = dsl.fetchCount(AUDIT_EVENT);
		mvc.perform(delete("/records/LC/N1/delete", FormCity.CLERK_RA)).andExpect(status().isForbidden());
		mvc.perform(delete("/records/LC/N1/delete", FormCity.VIEWER)).andExpect(status().isForbidden());
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.COMMITTEE.eq("LC"))).isEqualTo(3);
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
		// the viewer reads the record, without the means to delete it
		assertThat(mvc.perform(get("/records/LC/N1").with(FormCity.VIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"delete\"", "/delete");
	}

	@Test
	void inAClosedYearTheClerkIsRefusedAndTheOfficeNeedsAReasonWhichTheAuditTrailKeeps() throws Exception {
		importer.saveRecord("LC", null, Map.of("id", "N1", "year", "2024", "kind", "PROPOSAL"), "clerk-lc", false,
				null);
		FormCity.state(dsl, 2024, YearState.CLOSED);
		long events = dsl.fetchCount(AUDIT_EVENT);
		MvcResult refused = mvc.perform(delete("/records/LC/N1/delete", FormCity.CLERK_LC))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(reason(refused)).containsExactly("2024 年度已截止填报（已截止），只有市政协办公室可以修改该年度的记录",
				"The year 2024 is closed for entry (Closed): only the city office may change its records");
		String page = mvc.perform(delete("/records/LC/N1/delete", FormCity.ADMIN))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("记录未删除：", "修改理由（2024 年度已截止填报");
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("N1"))).isOne();
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);

		mvc.perform(delete("/records/LC/N1/delete", FormCity.ADMIN).param("reason", "重复填报"))
			.andExpect(status().isFound());
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("N1"))).isZero();
		assertThat(dsl.select(AUDIT_EVENT.REASON)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ACTION.eq("DELETE"))
			.fetchSingle(AUDIT_EVENT.REASON)).isEqualTo("重复填报");
	}

	@Test
	void inAPublishedYearNobodyDeletes() throws Exception {
		FormCity.state(dsl, 2024, YearState.PUBLISHED);
		MvcResult refused = mvc.perform(delete("/records/LC/P1/delete", FormCity.ADMIN).param("reason", "更正"))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(reason(refused).get(0)).isEqualTo("2024 年度的考评结果已发布，任何人都不能修改该年度的记录；如需更正，请市政协办公室先撤回发布");
		assertUntouched();
	}

	private static MockHttpServletRequestBuilder delete(String path, RequestPostProcessor user) {
		return post(path).param(StoredRecordPages.CONFIRM, "yes").with(csrf()).with(user);
	}

	/** The refusal's reason in Chinese and in English, as the error page gives it. */
	private List<String> reason(MvcResult result) {
		// the refusal as the error page reads it
		Object refusal = errorAttributes.getError(new ServletWebRequest(result.getRequest()));
		assertThat(refusal).isInstanceOf(Denied.class);
		Denied denied = (Denied) refusal;
		return List.of(denied.reason().in(Messages.CHINESE), denied.reason().in(Messages.ENGLISH));
	}

	private void assertUntouched() {
		assertThat(dsl.select(ACTIVITY_RECORD.ID)
			.from(ACTIVITY_RECORD)
			.orderBy(ACTIVITY_RECORD.ID)
			.fetch(ACTIVITY_RECORD.ID)).containsExactly("A1", "P1");
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isZero();
	}

	private void evidence(String committee, String id, String fileName) {
		byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		dsl.insertInto(EVIDENCE)
			.set(EVIDENCE.COMMITTEE, committee)
			.set(EVIDENCE.RECORD_ID, id)
			.set(EVIDENCE.SHA256, org.sixrates.input.Sha256.hex(pdf))
			.set(EVIDENCE.FILE_NAME, fileName)
			.set(EVIDENCE.MEDIA_TYPE, "application/pdf")
			.set(EVIDENCE.SIZE, (long) pdf.length)
			.set(EVIDENCE.CONTENT, pdf)
			.set(EVIDENCE.UPLOADED_BY, "clerk-lc")
			.set(EVIDENCE.UPLOADED_AT, OffsetDateTime.parse("2024-03-06T08:00:00Z"))
			.execute();
	}

}
