package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The uncertainty, sensitivity and statistics endpoints and pages on the demo city
 * (2023–2025, live results): the shapes DESIGN §9 gives, the CSV, and the parameters
 * refused.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:trust", "sixrates.demo-data=true",
		"sixrates.admin-password=trust-test-password" })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
@SuppressWarnings("unchecked")
class TrustApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void uncertaintyAnswersEveryCommitteeWithItsIntervalAndShares() throws Exception {
		String body = mvc.perform(get("/api/rankings/2025/uncertainty?n=2000&spread=0.3&seed=9"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.n").value(2000))
			.andExpect(jsonPath("$.spread").value(0.3))
			.andExpect(jsonPath("$.seed").value(9))
			.andExpect(jsonPath("$.committees[0].awardShares.notice").isNumber())
			.andExpect(jsonPath("$.committees[0].awardShares.plenary").isNumber())
			.andExpect(jsonPath("$.committees[0].gradeShares.excellent").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> result = json.readValue(body, Map.class);
		assertThat(result).containsOnlyKeys("n", "spread", "seed", "committees");
		List<?> committees = (List<?>) result.get("committees");
		String ranking = mvc.perform(get("/api/rankings/2025")).andReturn().getResponse().getContentAsString();
		List<?> rows = (List<?>) json.readValue(ranking, Map.class).get("rows");
		assertThat(committees).hasSameSizeAs(rows);
		for (int c = 0; c < committees.size(); c++) {
			Map<String, Object> committee = (Map<String, Object>) committees.get(c);
			Map<String, Object> row = (Map<String, Object>) rows.get(c);
			assertThat(committee).containsOnlyKeys("committee", "nominalRank", "medianRank", "p5Rank", "p95Rank",
					"awardShares", "gradeShares");
			// in the ranking's order, nominal ranks its ranks, the interval around the
			// median
			assertThat(committee.get("committee")).isEqualTo(row.get("code"));
			assertThat(committee.get("nominalRank")).isEqualTo(row.get("rank"));
			int p5 = (Integer) committee.get("p5Rank");
			int median = (Integer) committee.get("medianRank");
			int p95 = (Integer) committee.get("p95Rank");
			assertThat(p5).isBetween(1, median);
			assertThat(p95).isBetween(median, rows.size());
			double grades = ((Map<String, Object>) committee.get("gradeShares")).values()
				.stream()
				.mapToDouble(share -> ((Number) share).doubleValue())
				.sum();
			assertThat(grades).isLessThanOrEqualTo(1 + 1e-9);
		}
		// the notice goes to at most three (ties at the edge aside) in each replication
		double notices = committees.stream()
			.mapToDouble(
					c -> ((Number) ((Map<String, Object>) ((Map<String, Object>) c).get("awardShares")).get("notice"))
						.doubleValue())
			.sum();
		assertThat(notices).isLessThanOrEqualTo(3.05);
	}

	@Test
	void theSameRequestGivesTheSameAnswer() throws Exception {
		String once = mvc.perform(get("/api/rankings/2025/uncertainty?n=500&seed=3"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String twice = mvc.perform(get("/api/rankings/2025/uncertainty?n=500&seed=3"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(twice).isEqualTo(once);
	}

	@Test
	void theUncertaintyCsvHasTheJsonColumns() throws Exception {
		byte[] body = mvc.perform(get("/api/rankings/2025/uncertainty.csv?n=500"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					startsWith("attachment; filename=\"six-rates-2025-uncertainty.csv\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).isEqualTo("committee,nominalRank,medianRank,p5Rank,p95Rank,awardShares.notice,"
				+ "awardShares.plenary,gradeShares.excellent,gradeShares.good,gradeShares.pass,gradeShares.fail");
		String json = mvc.perform(get("/api/rankings/2025/uncertainty?n=500"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<?> committees = (List<?>) this.json.readValue(json, Map.class).get("committees");
		assertThat(lines).hasSize(committees.size() + 1);
		Map<String, Object> first = (Map<String, Object>) committees.get(0);
		assertThat(lines[1]).startsWith(first.get("committee") + "," + first.get("nominalRank") + ","
				+ first.get("medianRank") + "," + first.get("p5Rank") + "," + first.get("p95Rank") + ",");
	}

	@Test
	void sensitivityHasAnIndexPerWeightAndPerVaryingChoice() throws Exception {
		mvc.perform(get("/api/rankings/2025/sensitivity?n=200&aggregations=arithmetic,geometric"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.n").value(200))
			.andExpect(jsonPath("$.indices", hasSize(7)))
			.andExpect(jsonPath("$.indices[*].input").value(containsInAnyOrder("endorsement", "completion",
					"conversion", "activity", "publication", "contribution", "aggregation")))
			.andExpect(jsonPath("$.indices[0].firstOrder").exists())
			.andExpect(jsonPath("$.indices[0].total").exists());
	}

	@Test
	void statisticsHaveTheShapeOfTheDesign() throws Exception {
		String body = mvc.perform(get("/api/rankings/2025/statistics"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rates", hasSize(6)))
			.andExpect(jsonPath("$.rates[0].id").value("endorsement"))
			.andExpect(jsonPath("$.pearson", hasSize(6)))
			.andExpect(jsonPath("$.pearson[0]", hasSize(6)))
			.andExpect(jsonPath("$.pearson[0][0]").value(1.0))
			.andExpect(jsonPath("$.spearman[2][2]").value(1.0))
			.andExpect(jsonPath("$.cronbachAlpha").isNumber())
			.andExpect(jsonPath("$.effectiveWeights.endorsement").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> statistics = json.readValue(body, Map.class);
		assertThat(statistics).containsOnlyKeys("rates", "pearson", "spearman", "cronbachAlpha", "effectiveWeights");
		Map<String, Object> rate = (Map<String, Object>) ((List<?>) statistics.get("rates")).get(0);
		assertThat(rate).containsOnlyKeys("id", "coverage", "mean", "sd", "min", "max", "skewness", "kurtosis",
				"flagged");
		double sum = ((Map<String, Object>) statistics.get("effectiveWeights")).values()
			.stream()
			.mapToDouble(w -> ((Number) w).doubleValue())
			.sum();
		assertThat(sum).isCloseTo(1, org.assertj.core.api.Assertions.offset(1e-9));
	}

	@Test
	void parametersOutOfRangeAreRefusedByName() throws Exception {
		mvc.perform(get("/api/rankings/2025/uncertainty?n=0"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value("Parameter n: \"0\" \u2014 expected a whole number from 1 to 100000"));
		mvc.perform(get("/api/rankings/2025/uncertainty?spread=1.5")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/rankings/2025/sensitivity?aggregations=harmonic"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("arithmetic, geometric")));
		mvc.perform(get("/api/rankings/1999/statistics")).andExpect(status().isNotFound());
	}

	@Test
	void theRankingPageShowsTheIntervalsAndLinksToTheAudit() throws Exception {
		String page = mvc.perform(get("/rankings/2025"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"uncertainty-table\"", "排名区间", "id=\"sensitivity-chart\"",
				"href=\"/rankings/2025/statistics\"");
		String statistics = mvc.perform(get("/rankings/2025/statistics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(statistics).contains("id=\"pearson-chart\"", "克朗巴哈", "实际权重");
	}

}
