package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sixrates.ranking.ProvinceRanking.code;
import static org.sixrates.ranking.ProvinceRanking.name;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.security.Access;
import org.sixrates.spreadsheet.Workbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ranking page of a province's 3 000 committees ({@link ProvinceRanking}: committee
 * {@code i} ranks {@code i}, scores by hand there): 50 rows a page, every row sorted on
 * the server, a committee found by code or name on its page, the charts on the committee
 * chosen, the rank intervals of the page's committees, and the JSON, CSV and workbook
 * with all 3 000.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:province-ranking", "sixrates.demo-data=false" })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ProvinceRankingPagesTests {

	private static final Pattern ROW = Pattern.compile("<tr data-code=\"(C\\d{4})\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Importer importer;

	@Autowired
	private RankingService rankings;

	@BeforeEach
	void loadTheProvinceOnce() {
		if (rankings.years().isEmpty()) {
			ProvinceRanking.load(importer);
		}
	}

	@Test
	void theFirstPageShowsTheFiftyLeadersAndSaysWhichRowsOfHowMany() throws Exception {
		String page = page(get("/rankings/2024"));
		assertThat(rankingRows(page)).isEqualTo(codes(1, 50));
		// C0001: activity 3000 / 4000 = 75.00 %, score 46.25
		assertThat(row(page, code(1))).contains(">46.25<", ">75.00%<", ">1<");
		assertThat(page).contains("第 1–50 行，共 3000 个单位", "id=\"page-of\">1 / 60<", "id=\"find-form\"");
		assertThat(page).doesNotContain("id=\"page-previous\"");
		// the print prints this page, and says where the whole ranking is
		assertThat(page).contains("本页打印第 1–50 行，共 3000 个单位。完整排名请导出 Excel 打印");
	}

	@Test
	void pageTwoHoldsRanks51To100() throws Exception {
		String page = page(get("/rankings/2024").param("page", "2"));
		assertThat(rankingRows(page)).isEqualTo(codes(51, 100));
		// C0051 46.0625 → 46.06, C0100 45.87875 → 45.88
		assertThat(row(page, code(51))).contains(">51<", ">46.06<");
		assertThat(row(page, code(100))).contains(">100<", ">45.88<");
		assertThat(page).contains("第 51–100 行，共 3000 个单位", "id=\"page-previous\"", "href=\"/rankings/2024?page=3\"");
	}

	@Test
	void theLastPageEndsWithTheLastCommitteeAndAPagePastItIsTheLast() throws Exception {
		assertThat(rankingRows(page(get("/rankings/2024").param("page", "60")))).isEqualTo(codes(2951, 3000));
		String past = page(get("/rankings/2024").param("page", "61"));
		assertThat(rankingRows(past)).isEqualTo(codes(2951, 3000));
		// C3000: 35.00375 → 35.00
		assertThat(row(past, code(3000))).contains(">3000<", ">35.00<");
		assertThat(past).doesNotContain("id=\"page-next\"");
		mvc.perform(get("/rankings/2024").param("page", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void sortingByAColumnSortsEveryRowNotOnlyThePage() throws Exception {
		// the lowest score first: C3000, C2999, …; the last page ends with the leader
		String lowest = page(get("/rankings/2024").param("sort", "score").param("dir", "asc"));
		assertThat(rankingRows(lowest)).isEqualTo(reversed(2951, 3000));
		assertThat(lowest).contains("aria-sort=\"ascending\"");
		assertThat(
				rankingRows(page(get("/rankings/2024").param("sort", "score").param("dir", "asc").param("page", "60"))))
			.isEqualTo(reversed(1, 50));
		// a rate's natural way is best first: activity falls with i, as the rank does
		assertThat(rankingRows(page(get("/rankings/2024").param("sort", "activity")))).isEqualTo(codes(1, 50));
		// the names sort as text: 云岭3000县政协 last ascending, first descending
		assertThat(rankingRows(page(get("/rankings/2024").param("sort", "committee").param("dir", "desc"))))
			.isEqualTo(reversed(2951, 3000));
		// the pager keeps the order
		assertThat(lowest).contains("href=\"/rankings/2024?sort=score&amp;dir=asc&amp;page=2\"");
	}

	@Test
	void aColumnHeadingSortsTheOtherWayWhenTheRowsAreAlreadySortedByIt() throws Exception {
		String page = page(get("/rankings/2024").param("sort", "score"));
		assertThat(page).contains("href=\"/rankings/2024?sort=score&amp;dir=asc\"",
				"href=\"/rankings/2024?sort=completion&amp;dir=desc\"");
	}

	@Test
	void anUnknownColumnOrDirectionIsABadRequestNamingWhatWasExpected() throws Exception {
		mvc.perform(get("/rankings/2024").param("sort", "height"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason(containsString(
					"Parameter sort: \"height\" \u2014 expected one of the columns rank, committee, endorsement")));
		mvc.perform(get("/rankings/2024").param("sort", "score").param("dir", "up")).andExpect(status().isBadRequest());
	}

	@Test
	void findingACommitteeByCodeOpensItsPageWithItsRowMarkedAndTheChartsOnIt() throws Exception {
		// rank 1234 is row 1234 of the ranking: page (1234 − 1) / 50 + 1 = 25
		mvc.perform(get("/rankings/2024").param("find", "c1234"))
			.andExpect(redirectedUrl("/rankings/2024?page=25&found=C1234#row-C1234"));
		String page = page(get("/rankings/2024").param("page", "25").param("found", "C1234"));
		assertThat(rankingRows(page)).isEqualTo(codes(1201, 1250));
		assertThat(page).contains("<tr data-code=\"C1234\" class=\"found\">", "id=\"row-C1234\"",
				"<option value=\"C1234\" selected=\"selected\">1234. 云岭1234县政协</option>");
		// the bars show the first 30 and C1232 to C1236 around it
		JsonNode chart = chart(page);
		assertThat(chart.at("/total").asInt()).isEqualTo(3000);
		assertThat(chart.at("/chosen").asString()).isEqualTo("C1234");
		List<String> carried = new ArrayList<>();
		chart.at("/committees").forEach(committee -> carried.add(committee.at("/code").asString()));
		assertThat(carried).containsAll(codes(1, 30)).containsAll(codes(1232, 1236));
		// the page's rows and two on either side, the first 30: 30 + 54
		assertThat(carried).hasSize(84).containsAll(codes(1199, 1252));
	}

	@Test
	void findingByNameKeepsTheOrderItWasAskedIn() throws Exception {
		mvc.perform(get("/rankings/2024").param("find", name(1234)))
			.andExpect(redirectedUrl("/rankings/2024?page=25&found=C1234#row-C1234"));
		// lowest first, C2999 is the second row
		mvc.perform(get("/rankings/2024").param("sort", "score").param("dir", "asc").param("find", "C2999"))
			.andExpect(redirectedUrl("/rankings/2024?sort=score&dir=asc&page=1&found=C2999#row-C2999"));
	}

	@Test
	void aSearchThatSeveralCommitteesMatchListsThemToChooseFrom() throws Exception {
		// "123" is in C0123, C1123, C2123 and C1230 to C1239: 13
		String page = page(get("/rankings/2024").param("find", "123"));
		assertThat(page).contains("名称或代码含“123”的单位有 13 个，请选择：");
		assertThat(page).contains("href=\"/rankings/2024?page=3&amp;found=C0123#row-C0123\"",
				"href=\"/rankings/2024?page=43&amp;found=C2123#row-C2123\"");
		assertThat(page.split("class=\"matches\"")[1].split("</ul>")[0].split("<li>", -1)).hasSize(14);
		// "12" is in 3 + 10 · … more than 20: twenty listed and how many more
		String many = page(get("/rankings/2024").param("find", "12"));
		assertThat(many).contains("请输入更完整的名称或代码");
		assertThat(page(get("/rankings/2024").param("find", "无此单位"))).contains("没有名称或代码含“无此单位”的单位。");
	}

	@Test
	void aClerkOnAnotherPageIsToldWhereItsOwnRowIsAndTheRadarOpensOnIt() throws Exception {
		String page = page(
				get("/rankings/2024").with(user("clerk-c1234").authorities(new SimpleGrantedAuthority("ROLE_CLERK"),
						new SimpleGrantedAuthority(Access.COMMITTEE_PREFIX + "C1234"))));
		assertThat(rankingRows(page)).isEqualTo(codes(1, 50));
		assertThat(page).contains("本单位云岭1234县政协排第 1234 名，在第 25 页。",
				"href=\"/rankings/2024?page=25&amp;found=C1234#row-C1234\"",
				"<option value=\"C1234\" selected=\"selected\">");
		String own = page(get("/rankings/2024").param("page", "25")
			.with(user("clerk-c1234").authorities(new SimpleGrantedAuthority("ROLE_CLERK"),
					new SimpleGrantedAuthority(Access.COMMITTEE_PREFIX + "C1234"))));
		assertThat(own).contains("<tr data-code=\"C1234\" class=\"own\">").doesNotContain("id=\"own-elsewhere\"");
	}

	@Test
	void theRankIntervalsAreThoseOfThePagesCommittees() throws Exception {
		String page = page(get("/rankings/2024").param("page", "2"));
		String trust = page.substring(page.indexOf("id=\"uncertainty-table\""));
		trust = trust.substring(0, trust.indexOf("</table>"));
		assertThat(rows(trust)).isEqualTo(codes(51, 100));
		assertThat(page).contains("上表第 51–100 行的单位，共 3000 个单位");
	}

	@Test
	void theJsonCsvAndWorkbookHoldEveryCommittee() throws Exception {
		mvc.perform(get("/api/rankings/2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(3000))
			.andExpect(jsonPath("$.rows[2999].code").value("C3000"));
		String csv = mvc.perform(get("/api/rankings/2024.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// a header and one line a committee
		assertThat(csv.strip().split("\r?\n")).hasSize(3001);
		assertThat(csv).contains("2024,3000,C3000,");
		byte[] workbook = mvc.perform(get("/api/rankings/2024.xlsx")).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.rows(Workbooks.officeSheet(workbook))).hasSize(3000);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The codes of the ranking table's rows, in order. */
	private static List<String> rankingRows(String page) {
		String table = page.substring(page.indexOf("id=\"ranking-table\""));
		return rows(table.substring(0, table.indexOf("</table>")));
	}

	private static List<String> rows(String html) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	/** The ranking table's row of {@code code}. */
	private static String row(String page, String code) {
		String table = page.substring(page.indexOf("id=\"ranking-table\""));
		String row = table.substring(table.indexOf("<tr data-code=\"" + code + "\""));
		return row.substring(0, row.indexOf("</tr>"));
	}

	private static JsonNode chart(String page) {
		Matcher data = Pattern.compile("id=\"chart-data\"[^>]*data-chart=\"([^\"]*)\"").matcher(page);
		assertThat(data.find()).isTrue();
		return JSON.readTree(HtmlUtils.htmlUnescape(data.group(1)));
	}

	private static List<String> codes(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(ProvinceRanking::code).toList();
	}

	private static List<String> reversed(int from, int to) {
		return IntStream.rangeClosed(from, to).map(i -> to + from - i).mapToObj(ProvinceRanking::code).toList();
	}

}
