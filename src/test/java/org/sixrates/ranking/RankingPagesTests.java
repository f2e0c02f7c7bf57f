package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sixrates.security.Access;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The ranking and committee pages, against the numbers of {@code TestCity}. */
@WebTest
class RankingPagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theStartPageRedirectsToTheLatestYear() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/rankings/2024"));
	}

	@Test
	void theYearSelectorRedirectsToItsYear() throws Exception {
		mvc.perform(get("/rankings").param("year", "2023")).andExpect(redirectedUrl("/rankings/2023"));
	}

	@Test
	void theRankingIsInChineseByDefault() throws Exception {
		mvc.perform(get("/rankings/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2024 年度排名"), containsString("批示率"),
					containsString("东湖区政协"), containsString("通报表彰"), containsString("全会表彰"), containsString("良好"),
					containsString("政协工作“六率”考评"), containsString(">排名<"), containsString(">履职记录<"),
					containsString(">数据导入<"), containsString(">考评规则<"))));
	}

	@Test
	void theSchemeNamedAboveTheRankingLinksToTheRulesWhichCarryItsFileAndHash() throws Exception {
		mvc.perform(get("/rankings/2024"))
			.andExpect(content().string(allOf(containsString("id=\"scheme-link\" href=\"/rules\""),
					not(containsString("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")))));
	}

	@Test
	void ratesArePercentWithTwoDecimalsHalfUp() throws Exception {
		// 西山县's endorsement 0.12345 is 12.345 %: half up 12.35 %; its excluded
		// publication a dash
		mvc.perform(get("/rankings/2024"))
			.andExpect(content().string(allOf(containsString("12.35%"), containsString("81.25"),
					containsString("权重 20%"), containsString(">—<"))));
	}

	@Test
	void changesAgainstLastYearHaveArrowsAndNumbers() throws Exception {
		// 东湖区 3rd → 1st and 76.00 → 81.25; 南江市 1st → 2nd and 80.00 → 78.50; 北岭县 is new
		mvc.perform(get("/rankings/2024"))
			.andExpect(content().string(allOf(containsString("▲2"), containsString("▲5.25"), containsString("▼1"),
					containsString("▼1.50"), containsString("新参评"))));
	}

	@Test
	void theFirstYearInTheDataHasNoChangeToShowRatherThanNewcomers() throws Exception {
		// 2023 is the first year there is: nobody is new, there is simply nothing before
		mvc.perform(get("/rankings/2023"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("新参评"))))
			.andExpect(content().string(containsString("<span class=\"muted\">—</span>")));
	}

	@Test
	void theExportButtonsPointAtTheCsv() throws Exception {
		mvc.perform(get("/rankings/2024"))
			.andExpect(content().string(allOf(containsString("href=\"/api/rankings/2024.csv\""),
					containsString("href=\"/api/rankings/2024.csv?lang=zh\""))));
	}

	@Test
	void chartsAreDrawnFromTheLocalWebjarWithTheirDataInThePage() throws Exception {
		// city mean of endorsement 0.5058625 → 50.59 %
		mvc.perform(get("/rankings/2024"))
			.andExpect(content()
				.string(allOf(containsString("src=\"/webjars/echarts/"), containsString("/dist/echarts.min.js\""),
						containsString("50.59"), containsString("radar-chart"), not(containsString("https://")))));
	}

	@Test
	void theEchartsScriptIsServedLocally() throws Exception {
		mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
	}

	@Test
	void englishIsOneParameterAwayAndSticks() throws Exception {
		var english = mvc.perform(get("/rankings/2024").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Ranking 2024"), containsString("Endorsement"),
					containsString("Commended by notice"), containsString(">Records<"), containsString("中文"))))
			.andExpect(cookie().exists("sixrates-lang"))
			.andReturn();
		Cookie language = english.getResponse().getCookie("sixrates-lang");
		mvc.perform(get("/rankings/2023").cookie(language)).andExpect(content().string(containsString("Ranking 2023")));
	}

	@Test
	void aClerkFindsItsOwnCommitteeMarkedAndTheRadarOpeningOnIt() throws Exception {
		// 南江市 is second: the radar would otherwise open on the leader 东湖区
		String page = mvc
			.perform(get("/rankings/2024").with(user("clerk-nj").authorities(new SimpleGrantedAuthority("ROLE_CLERK"),
					new SimpleGrantedAuthority(Access.COMMITTEE_PREFIX + "NJ"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<tr data-code=\"NJ\" class=\"own\">", "<option value=\"NJ\" selected=\"selected\">",
				"<span class=\"badge own-badge\">本单位</span>");
		// its row, and no other, marked in the ranking (the rank intervals below it,
		// shown
		// where the database has results to analyse, mark it the same way)
		String table = page.substring(page.indexOf("id=\"ranking-table\""), page.indexOf("</table>"));
		assertThat(table.split("class=\"own\"", -1)).hasSize(2);
		assertThat(table.split("<tr data-code=\"NJ\" class=\"own\">", -1)).hasSize(2);
		assertThat(page).doesNotContain("selected=\"selected\">东湖区政协");
	}

	@Test
	void aCitysRankingIsOnePageSortedInTheBrowserWithoutPagerSearchOrPrintNote() throws Exception {
		// four committees: every row, every bar, the headings sorted by the page's script
		mvc.perform(get("/rankings/2024"))
			.andExpect(content()
				.string(allOf(containsString("<table class=\"data ranking sortable\" id=\"ranking-table\">"),
						containsString("<th scope=\"col\" class=\"num\" data-sort=\"number\">排名</th>"),
						containsString("&quot;total&quot;:4"), not(containsString("id=\"ranking-pager\"")),
						not(containsString("id=\"find-form\"")), not(containsString("id=\"print-note\"")),
						not(containsString("id=\"score-chart-hint\"")), not(containsString("aria-sort")))));
	}

	@Test
	void theOfficeHasNoOwnRowAndTheRadarOpensOnTheLeader() throws Exception {
		mvc.perform(get("/rankings/2024"))
			.andExpect(content().string(allOf(not(containsString("class=\"own\"")), not(containsString("own-badge")),
					not(containsString("selected=\"selected\">南江市政协")))));
	}

	@Test
	void theCommitteeDetailOffersNoYearSwitcherWhenItHasNoTrend() throws Exception {
		// the fixture's detail carries no trend: one year, nothing to switch to or draw
		mvc.perform(get("/committees/DH/2024"))
			.andExpect(content()
				.string(allOf(not(containsString("id=\"year-switch\"")), not(containsString("id=\"trend-chart\"")))));
	}

	@Test
	void anUnknownYearIsANotFoundPage() throws Exception {
		mvc.perform(get("/rankings/2030")).andExpect(status().isNotFound());
	}

	@Test
	void theCommitteePageShowsHowTheScoreIsMade() throws Exception {
		mvc.perform(get("/committees/DH/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("东湖区政协 2024 年度考评详情"), containsString("第 1 名 / 共 4 个单位"),
					containsString("16.00"), containsString("13.50"), containsString("14.25"), containsString("81.25"),
					containsString("0.9500"), containsString("2023、2024 年连续获得通报表彰"), containsString("获得"))));
	}

	@Test
	void everyNumeratorAndDenominatorOfRecordsLinksToThem() throws Exception {
		// completion: numerator kind PROPOSAL or SOCIAL_OPINION and status COMPLETED
		mvc.perform(get("/committees/DH/2024"))
			.andExpect(content().string(allOf(containsString(
					"/records?committee=DH&amp;year=2024&amp;kind=PROPOSAL&amp;kind=SOCIAL_OPINION&amp;status=COMPLETED"),
					containsString("/records?committee=DH&amp;year=2024&amp;converted=true"))));
	}

	@Test
	void eachLinkNamesTheNumberItOpens() throws Exception {
		// the completion numerator, approved records only while review is required
		mvc.perform(get("/committees/DH/2024"))
			.andExpect(content().string(containsString("/records?committee=DH&amp;year=2024&amp;kind=PROPOSAL"
					+ "&amp;kind=SOCIAL_OPINION&amp;status=COMPLETED&amp;review=APPROVED&amp;rate=completion"
					+ "&amp;part=numerator")));
	}

	@Test
	void aDenominatorThatIsNoRecordsLinksToItsFormula() throws Exception {
		// activity's denominator is the committee's members: 120, which the list shows as
		// 120 members × 4, with no records
		mvc.perform(get("/committees/DH/2024"))
			.andExpect(content().string(containsString(
					"href=\"/records?committee=DH&amp;year=2024&amp;rate=activity&amp;part=denominator\">120</a>")));
	}

	@Test
	void anUnknownCommitteeIsANotFoundPage() throws Exception {
		mvc.perform(get("/committees/ZZ/2024")).andExpect(status().isNotFound());
	}

}
