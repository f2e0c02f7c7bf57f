package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The veto mark of the ranking, and the year switcher and trends of the detail, computed
 * by the application from a small city and the default scheme
 * ({@code rules/six-rates.yaml}: weights 0.20, 0.20, 0.15, 0.15, 0.15, 0.15, no
 * normalization; {@code notice} top 3, min_score 75, veto completion 0.5). 10 members
 * each, so activity is quantity / 40. By hand:
 * <ul>
 * <li>河安区 HA 2023 (alone that year): endorsement 1 (one advisory proposal, national),
 * completion 4/4, conversion 5/5, activity 20/40 = 0.5, publication 1/1, contribution
 * 100/100; score 100 · (0.2 + 0.2 + 0.15 + 0.075 + 0.15 + 0.15) = 92.50, rank 1 of
 * 1.</li>
 * <li>HA 2024: the same but one proposal of four completed and 40 taking part: completion
 * 0.25, activity 1; score 100 · (0.2 + 0.05 + 0.15 + 0.15 + 0.15 + 0.15) = 85.00, rank 1
 * of 2. Completion 25.00% is below the notice floor 50.00%: vetoed, though the score
 * reaches 75.</li>
 * <li>HA 2025: endorsement 0.8 (city), completion 2/4 = 0.5, conversion 0, activity 1,
 * publication 1, contribution 0.9; score 100 · (0.16 + 0.1 + 0 + 0.15 + 0.15 + 0.135) =
 * 69.50, rank 2 of 2. Completion 0.5 is not below the floor 0.5: no veto.</li>
 * <li>河北县 HB, 2024 and 2025 only: 2024 endorsement 0, completion 1, conversion 0,
 * activity 0.5, publication 0, contribution 0.8, score 39.50; 2025 every rate 1, score
 * 100.00.</li>
 * </ul>
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:river-city", "sixrates.demo-data=false" })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class RiverCityPagesTests {

	static final String COMMITTEES = """
			code,name,type,year,members
			HA,河安区政协,DISTRICT,2023,10
			HA,河安区政协,DISTRICT,2024,10
			HA,河安区政协,DISTRICT,2025,10
			HB,河北县政协,COUNTY,2024,10
			HB,河北县政协,COUNTY,2025,10
			""";

	static final String RECORDS = """
			id,committee,year,kind,subtype,title,level,status,converted,quantity,score
			H23-1,HA,2023,ADVISORY_PROPOSAL,,建议案,NATIONAL,,true,,
			H23-2,HA,2023,PROPOSAL,,提案一,,COMPLETED,true,,
			H23-3,HA,2023,PROPOSAL,,提案二,,COMPLETED,true,,
			H23-4,HA,2023,PROPOSAL,,提案三,,COMPLETED,true,,
			H23-5,HA,2023,PROPOSAL,,提案四,,COMPLETED,true,,
			H23-6,HA,2023,ACTIVITY,INSPECTION,视察,,,,20,
			H23-7,HA,2023,PUBLICATION,NEWS,报道,CITY,,,,
			H23-8,HA,2023,FEEDBACK,,评价,,,,,100
			H24-1,HA,2024,ADVISORY_PROPOSAL,,建议案,NATIONAL,,true,,
			H24-2,HA,2024,PROPOSAL,,提案一,,COMPLETED,true,,
			H24-3,HA,2024,PROPOSAL,,提案二,,FILED,true,,
			H24-4,HA,2024,PROPOSAL,,提案三,,FILED,true,,
			H24-5,HA,2024,PROPOSAL,,提案四,,REPLIED,true,,
			H24-6,HA,2024,ACTIVITY,INSPECTION,视察,,,,40,
			H24-7,HA,2024,PUBLICATION,NEWS,报道,CITY,,,,
			H24-8,HA,2024,FEEDBACK,,评价,,,,,100
			H25-1,HA,2025,ADVISORY_PROPOSAL,,建议案,CITY,,false,,
			H25-2,HA,2025,PROPOSAL,,提案一,,COMPLETED,false,,
			H25-3,HA,2025,PROPOSAL,,提案二,,COMPLETED,false,,
			H25-4,HA,2025,PROPOSAL,,提案三,,FILED,false,,
			H25-5,HA,2025,PROPOSAL,,提案四,,FILED,false,,
			H25-6,HA,2025,ACTIVITY,INSPECTION,视察,,,,40,
			H25-7,HA,2025,PUBLICATION,NEWS,报道,CITY,,,,
			H25-8,HA,2025,FEEDBACK,,评价,,,,,90
			B24-1,HB,2024,ADVISORY_PROPOSAL,,建议案,,,false,,
			B24-2,HB,2024,PROPOSAL,,提案,,COMPLETED,false,,
			B24-3,HB,2024,ACTIVITY,INSPECTION,视察,,,,20,
			B24-4,HB,2024,PUBLICATION,NEWS,报道,,,,,
			B24-5,HB,2024,FEEDBACK,,评价,,,,,80
			B25-1,HB,2025,ADVISORY_PROPOSAL,,建议案,NATIONAL,,true,,
			B25-2,HB,2025,PROPOSAL,,提案,,COMPLETED,true,,
			B25-3,HB,2025,ACTIVITY,INSPECTION,视察,,,,40,
			B25-4,HB,2025,PUBLICATION,NEWS,报道,CITY,,,,
			B25-5,HB,2025,FEEDBACK,,评价,,,,,100
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> RATES = List.of("endorsement", "completion", "conversion", "activity",
			"publication", "contribution");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Importer importer;

	@Autowired
	private RankingService rankings;

	@BeforeEach
	void loadTheCityOnce() {
		if (rankings.years().isEmpty()) {
			importer.importCommittees("committees.csv", COMMITTEES.getBytes(StandardCharsets.UTF_8), "office");
			importer.importRecords("records.csv", RECORDS.getBytes(StandardCharsets.UTF_8), "office");
		}
	}

	@Test
	void aRateBelowAnAwardsVetoFloorIsMarkedWithTheAwardTheFloorAndTheValue() throws Exception {
		String page = page("/rankings/2024");
		String completion = cell(row(page, "HA"), 3);
		assertThat(completion).contains("class=\"num vetoed\"", "data-award=\"notice\"",
				"title=\"办结率 25.00% 低于通报表彰的否决线 50.00%（一票否决）\"", ">25.00%<");
		assertThat(text(legend(page))).contains("河安区政协：办结率 25.00% 低于通报表彰的否决线 50.00%（一票否决）").doesNotContain("河北县政协");
		// HB's completion 100 % and every other rate of HA: no mark
		assertThat(row(page, "HB")).doesNotContain("vetoed", "⊘");
		assertThat(row(page, "HA").split("vetoed", -1)).hasSize(2);
	}

	@Test
	void theVetoIsInEnglishOnTheEnglishPage() throws Exception {
		String page = page("/rankings/2024?lang=en");
		assertThat(cell(row(page, "HA"), 3))
			.contains("title=\"Completion 25.00% is below the veto floor 50.00% of Commended by notice\"");
		assertThat(text(legend(page))).contains("河安区政协: Completion 25.00% is below the veto floor 50.00%");
	}

	@Test
	void aRateEqualToItsFloorIsNoVetoAndAYearWithoutVetoesHasNoLegend() throws Exception {
		// HA 2025: completion 2/4 = 50 %, the floor itself
		String page = page("/rankings/2025");
		assertThat(cell(row(page, "HA"), 3)).contains(">50.00%<").doesNotContain("vetoed");
		assertThat(page).doesNotContain("id=\"veto-legend\"");
	}

	@Test
	void theYearSwitcherOffersEveryYearOfTheCommitteeAndKeepsTheLanguage() throws Exception {
		String ha = switcher(page("/committees/HA/2025"));
		assertThat(ha).contains("href=\"/committees/HA/2023?lang=zh\"", "href=\"/committees/HA/2024?lang=zh\"",
				"aria-current=\"page\" data-year=\"2025\"");
		assertThat(ha).doesNotContain("/committees/HA/2025");
		// HB was not assessed in 2023
		String hb = switcher(page("/committees/HB/2024?lang=en"));
		assertThat(hb).contains("href=\"/committees/HB/2025?lang=en\"").doesNotContain("2023");
	}

	@Test
	void theTrendCarriesScoreRankAndEveryRateOfEachYear() throws Exception {
		JsonNode detail = JSON.readTree(api("/api/committees/HA/2025"));
		JsonNode trend = detail.at("/trend");
		assertThat(trend.size()).isEqualTo(3);
		assertPoint(trend.get(0), 2023, 92.50, 1, 1, 1, 1, 1, 0.5, 1, 1);
		assertPoint(trend.get(1), 2024, 85.00, 1, 2, 1, 0.25, 1, 1, 1, 1);
		assertPoint(trend.get(2), 2025, 69.50, 2, 2, 0.8, 0.5, 0, 1, 1, 0.9);
		// the same trend whichever year's detail is asked for
		assertThat(JSON.readTree(api("/api/committees/HA/2023")).at("/trend")).isEqualTo(trend);
		assertThat(JSON.readTree(api("/api/committees/HB/2025")).at("/trend").size()).isEqualTo(2);
	}

	@Test
	void theTrendChartsDataIsInThePageInPercent() throws Exception {
		JsonNode chart = JSON.readTree(HtmlUtils.htmlUnescape(attribute(page("/committees/HA/2024"), "data-chart")));
		JsonNode trend = chart.at("/trend");
		assertThat(trend.at("/years").toString()).isEqualTo("[\"2023\",\"2024\",\"2025\"]");
		assertThat(doubles(trend.at("/scores"))).containsExactly(92.5, 85.0, 69.5);
		assertThat(trend.at("/ranks").toString()).isEqualTo("[1,1,2]");
		assertThat(trend.at("/committees").toString()).isEqualTo("[1,2,2]");
		assertThat(trend.at("/rates/1/label").asString()).isEqualTo("办结率");
		assertThat(doubles(trend.at("/rates/1/values"))).containsExactly(100.0, 25.0, 50.0);
		assertThat(doubles(trend.at("/rates/0/values"))).containsExactly(100.0, 100.0, 80.0);
		assertThat(doubles(trend.at("/rates/3/values"))).containsExactly(50.0, 100.0, 100.0);
	}

	@Test
	void eachRateIsDefinedInTheWordsOfTheRulesPage() throws Exception {
		String page = page("/committees/HA/2024");
		String rules = page("/rules");
		String completion = between(page, "data-rate=\"completion\"", "</th>");
		assertThat(completion).contains("<details class=\"definition\">", "<summary>办结率</summary>");
		// numerator and denominator as the rules page words them
		String completionRule = between(rules, "data-rate=\"completion\"", "</tr>");
		for (String words : List.of("记录数：类别为 提案、社情民意，且 办理状态为 已办结", "记录数：类别为 提案、社情民意")) {
			assertThat(completionRule).contains(words);
			assertThat(completion).contains(">" + words + "<");
		}
	}

	private static void assertPoint(JsonNode point, int year, double score, int rank, int committees, double... rates) {
		assertThat(point.at("/year").asInt()).isEqualTo(year);
		assertThat(point.at("/score").asDouble()).isCloseTo(score, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(point.at("/rank").asInt()).isEqualTo(rank);
		assertThat(point.at("/committees").asInt()).isEqualTo(committees);
		assertThat(point.at("/rates").size()).isEqualTo(rates.length);
		for (int i = 0; i < rates.length; i++) {
			assertThat(point.at("/rates/" + RATES.get(i)).asDouble()).as("%s of %d", RATES.get(i), year)
				.isCloseTo(rates[i], org.assertj.core.api.Assertions.within(1e-9));
		}
	}

	private static List<Double> doubles(JsonNode array) {
		List<Double> values = new java.util.ArrayList<>();
		array.forEach(node -> values.add(node.asDouble()));
		return values;
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String api(String path) throws Exception {
		return page(path);
	}

	/** The table row of a committee, from its opening tag to its end. */
	private static String row(String page, String code) {
		return between(page, "<tr data-code=\"" + code + "\"", "</tr>");
	}

	/** The {@code n}th cell (0 the first) of a row. */
	private static String cell(String row, int n) {
		Matcher cells = Pattern.compile("<td[\\s\\S]*?</td>").matcher(row);
		for (int i = 0; i <= n; i++) {
			assertThat(cells.find()).isTrue();
		}
		return cells.group();
	}

	private static String legend(String page) {
		return between(page, "id=\"veto-legend\"", "</div>");
	}

	private static String switcher(String page) {
		return between(page, "id=\"year-switch\"", "</nav>");
	}

	private static String attribute(String page, String name) {
		Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(page);
		assertThat(value.find()).isTrue();
		return value.group(1);
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " "));
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as("%s in the page", start).isNotNegative();
		int to = text.indexOf(end, from);
		return text.substring(from, to + end.length());
	}

}
