package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distance to the next step in a committee's JSON and page, on the demo city (2024
 * published, 2025 open): its shape, and its record counts read against the detail's own
 * denominators. The numbers themselves are hand-worked in {@code DistancesTests}.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:what-if-api", "sixrates.demo-data=true" })
@AutoConfigureMockMvc
class CommitteeDistanceTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Test
	void everyCommitteeBelowTheTopGradeIsToldWhatEachRateAloneWouldTake() throws Exception {
		JsonNode ranking = read("/api/rankings/2025");
		int checked = 0;
		for (JsonNode row : ranking.get("rows")) {
			JsonNode detail = read("/api/committees/" + row.get("code").asString() + "/2025");
			JsonNode distance = detail.get("distance");
			assertThat(distance.get("year").asInt()).isEqualTo(2025);
			assertThat(distance.get("committee").asString()).isEqualTo(row.get("code").asString());
			if ("excellent".equals(row.get("grade").get("id").asString())) {
				assertThat(distance.get("nextGrade").isNull()).isTrue();
				continue;
			}
			JsonNode next = distance.get("nextGrade");
			assertThat(next.get("rates").size()).isEqualTo(6);
			for (int i = 0; i < 6; i++) {
				JsonNode step = next.get("rates").get(i);
				JsonNode line = detail.get("rates").get(i);
				assertThat(step.get("rateId").asString()).isEqualTo(line.get("definition").get("id").asString());
				if (!step.get("needed").isNull()) {
					assertThat(step.get("needed").asDouble()).isGreaterThan(step.get("rate").asDouble());
					assertThat(step.get("increase").asDouble())
						.isEqualTo(step.get("needed").asDouble() - step.get("rate").asDouble());
					assertThat(step.get("obstacle").isNull()).isTrue();
				}
				else {
					assertThat(step.get("obstacle").asString()).isIn("EXCLUDED", "AT_MOST", "OUT_OF_REACH");
				}
				JsonNode records = step.get("records");
				if (records != null && !records.isNull()) {
					// a subset count: its records are those of the denominator, counted
					// once each
					assertThat(records.get("of").asDouble()).isEqualTo(line.get("denominator").asDouble());
					assertThat(records.get("needed").asLong()).isBetween(1L, records.get("of").asLong());
					checked++;
				}
			}
			assertThat(next.get("reachable").isBoolean()).isTrue();
		}
		assertThat(checked).isPositive();
	}

	@Test
	void theCommitteePageShowsTheDistanceAndSaysAPublishedYearIsDecided() throws Exception {
		mvc.perform(get("/committees/LANDONG/2025").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"distance\"")))
			.andExpect(content().string(containsString("距下一步还差多少")));
		mvc.perform(get("/committees/LANDONG/2024").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"distance-decided\"")));
	}

	private JsonNode read(String path) throws Exception {
		return mapper.readTree(mvc.perform(get(path).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
