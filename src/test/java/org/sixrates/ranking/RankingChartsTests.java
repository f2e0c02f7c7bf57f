package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Messages;
import org.sixrates.web.TestCity;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The trend data of the detail's charts, from the detail of {@code TestCity}'s 东湖区. */
class RankingChartsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RankingCharts charts = new RankingCharts(JSON);

	@BeforeEach
	void readInChinese() {
		LocaleContextHolder.setLocale(Messages.CHINESE);
	}

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void eachYearIsOnePointOfEveryLineInPercent() {
		// 2023: third of three with 76.00, endorsement 0.5; 2024: first of four with
		// 81.25, endorsement 0.8
		JsonNode trend = trend(List.of(point(2023, 76.00, 3, 3, 0.5, 0.7, 0.3, 0.6, 0.4, 0.75),
				point(2024, 81.25, 1, 4, 0.8, 0.9, 0.6, 0.9, 0.7, 0.95)));
		assertThat(trend.at("/years").toString()).isEqualTo("[\"2023\",\"2024\"]");
		assertThat(trend.at("/scores").toString()).isEqualTo("[76.0,81.25]");
		assertThat(trend.at("/ranks").toString()).isEqualTo("[3,1]");
		assertThat(trend.at("/committees").toString()).isEqualTo("[3,4]");
		assertThat(trend.at("/rates/0/label").asString()).isEqualTo("批示率");
		assertThat(trend.at("/rates/0/values").toString()).isEqualTo("[50.0,80.0]");
		assertThat(trend.at("/rates/5/values").toString()).isEqualTo("[75.0,95.0]");
	}

	@Test
	void aYearScoredWithoutOneOfTodaysRatesLeavesAGapInItsLine() {
		// 2023 was published under a scheme without the contribution rate
		Map<String, Double> fiveRates = new LinkedHashMap<>(rates(0.5, 0.7, 0.3, 0.6, 0.4, 0.75));
		fiveRates.remove("contribution");
		JsonNode trend = trend(List.of(new TrendPoint(2023, 76.00, 3, 3, fiveRates),
				point(2024, 81.25, 1, 4, 0.8, 0.9, 0.6, 0.9, 0.7, 0.95)));
		assertThat(trend.at("/rates/5/values").toString()).isEqualTo("[null,95.0]");
		assertThat(trend.at("/rates/4/values").toString()).isEqualTo("[40.0,70.0]");
	}

	private JsonNode trend(List<TrendPoint> points) {
		return JSON.readTree(charts.detail(TestCity.eastLake2024().withTrend(points))).at("/trend");
	}

	private static TrendPoint point(int year, double score, int rank, int committees, double... rates) {
		return new TrendPoint(year, score, rank, committees, rates(rates));
	}

	private static Map<String, Double> rates(double... rates) {
		List<String> ids = List.of("endorsement", "completion", "conversion", "activity", "publication",
				"contribution");
		Map<String, Double> byId = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			byId.put(ids.get(i), rates[i]);
		}
		return byId;
	}

}
