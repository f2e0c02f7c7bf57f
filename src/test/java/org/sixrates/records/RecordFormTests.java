package org.sixrates.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.years.YearState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The record form (DESIGN §2, §7): the year it proposes, its fields by kind with their
 * help, the subtypes it offers, the days its date picker offers, the saved record shown
 * after saving, and an unknown committee's form a 404 in the reader's language.
 */
@RecordFormTest
class RecordFormTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@LocalServerPort
	private int port;

	@BeforeEach
	void city() {
		FormCity.reset(dsl, importer);
	}

	@Test
	void aNewRecordProposesTheLatestYearStillOpenForEntry() throws Exception {
		// 2025 is the latest year but closed: the clerk's work goes to 2024
		FormCity.state(dsl, 2025, YearState.CLOSED);
		assertThat(selectedYear(page("/records/LC/new", FormCity.CLERK_LC))).isEqualTo("2024");
		// with 2024 published too, 2023 is the only one open
		FormCity.state(dsl, 2024, YearState.PUBLISHED);
		assertThat(selectedYear(page("/records/LC/new", FormCity.CLERK_LC))).isEqualTo("2023");
		// none open: the latest year, whose refusal then says why
		FormCity.state(dsl, 2023, YearState.CLOSED);
		assertThat(selectedYear(page("/records/LC/new", FormCity.ADMIN))).isEqualTo("2025");
	}

	@Test
	void everyFieldIsDrawnWithItsHelpAndTheKindsItAppliesTo() throws Exception {
		String zh = page("/records/LC/new", FormCity.CLERK_LC);
		// without a script every field is there, none hidden
		for (String key : new String[] { "id", "year", "kind", "subtype", "title", "date", "level", "status",
				"converted", "satisfaction", "quantity", "score" }) {
			assertThat(zh).contains("id=\"field-" + key + "\"", "id=\"help-" + key + "\"");
		}
		assertThat(zh).doesNotContain(" hidden")
			.contains("id=\"field-status\" data-kinds=\"PROPOSAL SOCIAL_OPINION\" data-empty=\"FILED\"",
					"id=\"field-quantity\" data-kinds=\"ACTIVITY\" data-empty=\"0\"",
					"id=\"field-score\" data-kinds=\"FEEDBACK\">",
					"id=\"field-satisfaction\" data-kinds=\"PROPOSAL SOCIAL_OPINION FEEDBACK\"",
					"id=\"field-converted\" data-kinds=\"PROPOSAL ADVISORY_PROPOSAL RESEARCH_REPORT PLENARY_SPEECH SOCIAL_OPINION\"",
					"id=\"field-level\" data-kinds=\"PROPOSAL ADVISORY_PROPOSAL RESEARCH_REPORT PLENARY_SPEECH SOCIAL_OPINION PUBLICATION\"",
					// a field of every kind names none
					"<div class=\"field\" id=\"field-title\">", "办理进度，不填即为已立案。适用于提案、社情民意。",
					"参加活动的委员人数，为不小于 0 的整数。适用于活动。", "评价的得分，0 到 100。适用于评价。", "工作的标题或名称。</p>",
					"<script src=\"/js/record-form.js\"></script>");
		String en = page("/records/LC/new?lang=en", FormCity.CLERK_LC);
		assertThat(en)
			.contains("How far its handling has gone; empty means filed. Applies to: Proposal, Social opinion.",
					"The evaluation&#39;s score, 0 to 100. Applies to: Feedback.")
			.doesNotContain("适用于");
	}

	@Test
	void theSubtypeOffersTheNamedSubtypesOfTheRecordsKind() throws Exception {
		String blank = page("/records/LC/new", FormCity.ADMIN);
		assertThat(datalist(blank, "subtypes-ACTIVITY")).containsExactly("视察", "评议", "扶贫", "下乡", "展演", "联谊");
		assertThat(datalist(blank, "subtypes-PUBLICATION")).containsExactly("新闻报道", "文史资料", "文化产品", "调研课题", "调研成果");
		assertThat(datalist(blank, "subtypes")).hasSize(11);
		// a new record is a proposal first, which has no named subtypes: every one is
		// offered
		assertThat(blank).containsPattern("name=\"subtype\" value=\"\"\\s+maxlength=\"100\" list=\"subtypes\"");
		// an activity's stored subtype reads as its label and is offered the activities'
		String activity = page("/records/LC/A1/edit", FormCity.ADMIN);
		assertThat(activity)
			.containsPattern("name=\"subtype\" value=\"视察\"\\s+maxlength=\"100\" list=\"subtypes-ACTIVITY\"");
		assertThat(page("/records/LC/A1/edit?lang=en", FormCity.ADMIN))
			.containsPattern("name=\"subtype\" value=\"Inspection\"\\s+maxlength=\"100\" list=\"subtypes-ACTIVITY\"");
		// and the label saved reads back as the code
		save("/records/LC/A1/edit", FormCity.ADMIN, "year", "2024", "kind", "ACTIVITY", "subtype", "视察", "quantity",
				"31");
		assertThat(dsl.select(ACTIVITY_RECORD.SUBTYPE, ACTIVITY_RECORD.QUANTITY)
			.from(ACTIVITY_RECORD)
			.where(ACTIVITY_RECORD.ID.eq("A1"))
			.fetchOne()
			.intoList()).containsExactly("INSPECTION", 31);
	}

	@Test
	void theDatePickerOffersTheDaysOfTheRecordsYear() throws Exception {
		// a new record's year is 2025, the latest open
		assertThat(page("/records/LC/new", FormCity.ADMIN))
			.contains("type=\"date\" id=\"date\" name=\"date\" value=\"\" min=\"2025-01-01\" max=\"2025-12-31\"");
		assertThat(page("/records/LC/P1/edit", FormCity.ADMIN)).contains(
				"type=\"date\" id=\"date\" name=\"date\" value=\"2024-03-05\" min=\"2024-01-01\" max=\"2024-12-31\"");
		// A1's date lies in December before its year: no bounds that would refuse it
		// unchanged
		assertThat(page("/records/LC/A1/edit", FormCity.ADMIN))
			.contains("type=\"date\" id=\"date\" name=\"date\" value=\"2023-12-20\" aria-describedby=\"help-date\"");
	}

	@Test
	void aSavedRecordIsShownWithItsFields() throws Exception {
		MvcResult saved = save("/records/LC/new", FormCity.CLERK_LC, "id", "N1", "year", "2024", "kind", "FEEDBACK",
				"title", "群众评议", "score", "88.5", "satisfaction", "SATISFIED");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/records/LC/N1");
		String shown = mvc.perform(get("/records/LC/N1").flashAttrs(saved.getFlashMap()).with(FormCity.CLERK_LC))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("履职记录：鹿城区 / N1", "已保存记录 LC / N1，并记入审计记录。")
			.containsPattern("<th scope=\"row\">类别</th>\\s*<td>评价</td>")
			.containsPattern("<th scope=\"row\">标题</th>\\s*<td>群众评议</td>")
			.containsPattern("<th scope=\"row\">分数</th>\\s*<td>88.5</td>")
			.containsPattern("<th scope=\"row\">满意度</th>\\s*<td>满意</td>")
			// a clerk's new record waits for the office
			.containsPattern("<th scope=\"row\">审核状态</th>\\s*<td>待审核</td>")
			.contains("href=\"/records/LC/N1/edit\"")
			// an evaluation has no status and no members taking part
			.doesNotContain("id=\"record-pending\"", "id=\"shown-status\"", "id=\"shown-quantity\"");
		// read again later, the page shows the record without the confirmation
		assertThat(page("/records/LC/N1", FormCity.VIEWER)).doesNotContain("已保存记录", "href=\"/records/LC/N1/edit\"")
			.containsPattern("<td>群众评议</td>");
	}

	@Test
	void aClerksChangeOfAnApprovedRecordIsShownBesideTheVersionThatCounts() throws Exception {
		MvcResult saved = save("/records/LC/P1/edit", FormCity.CLERK_LC, "year", "2024", "kind", "PROPOSAL", "title",
				"关于养老服务的提案", "date", "2024-03-05", "status", "COMPLETED");
		String shown = mvc
			.perform(
					get(saved.getResponse().getRedirectedUrl()).flashAttrs(saved.getFlashMap()).with(FormCity.CLERK_LC))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("id=\"record-pending\"", "已审核的版本", "待审核的修改")
			.containsPattern("<th scope=\"row\">办理状态</th>\\s*<td>已立案</td>\\s*<td class=\"changed\">已办结</td>")
			.containsPattern("<th scope=\"row\">标题</th>\\s*<td>关于养老服务的提案</td>\\s*<td>关于养老服务的提案</td>");
	}

	@Test
	void anUnknownCommitteesFormIsA404PageInTheReadersLanguage() throws Exception {
		HttpResponse<String> chinese = asAdmin("/records/NOPE/new");
		assertThat(chinese.statusCode()).isEqualTo(404);
		assertThat(chinese.body()).contains("没有代码为 NOPE 的单位", "没有找到您要的页面或数据。")
			.doesNotContain("record-form", "Whitelabel");
		HttpResponse<String> english = asAdmin("/records/NOPE/new?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("There is no committee NOPE").doesNotContain("没有代码");
		HttpResponse<String> noRecord = asAdmin("/records/LC/NOPE");
		assertThat(noRecord.statusCode()).isEqualTo(404);
		assertThat(noRecord.body()).contains("单位 LC 没有编号为 NOPE 的记录");
		// a clerk asking for another committee's form learns nothing of what exists
		mvc.perform(get("/records/NOPE/new").with(FormCity.CLERK_LC)).andExpect(status().isForbidden());
	}

	private HttpResponse<String> asAdmin(String path) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + RecordFormTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header("Authorization", "Basic " + credentials)
				.build(), BodyHandlers.ofString());
	}

	private String page(String path, RequestPostProcessor user) throws Exception {
		return mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult save(String path, RequestPostProcessor user, String... fields) throws Exception {
		var request = post(path).with(csrf()).with(user);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isFound()).andReturn();
	}

	private static String selectedYear(String page) {
		Matcher year = Pattern.compile("<select id=\"year\" name=\"year\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(page);
		assertThat(year.find()).isTrue();
		Matcher selected = Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\"").matcher(year.group(1));
		assertThat(selected.find()).as("a year is selected").isTrue();
		return selected.group(1);
	}

	private static java.util.List<String> datalist(String page, String id) {
		Matcher list = Pattern.compile("<datalist id=\"" + id + "\">(.*?)</datalist>", Pattern.DOTALL).matcher(page);
		assertThat(list.find()).as("datalist %s", id).isTrue();
		return Pattern.compile("<option value=\"([^\"]*)\"")
			.matcher(list.group(1))
			.results()
			.map(m -> m.group(1))
			.toList();
	}

}
