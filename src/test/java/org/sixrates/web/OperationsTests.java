package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.importing.Upload;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operators and script writers read: the Prometheus scrape and the OpenAPI
 * description.
 */
@WebTest
class OperationsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Importer importer;

	@Test
	void theProjectsMetersAreScrapedByPrometheus() throws Exception {
		given(importer.importRecords(any(Upload.class), anyString(), any(), any()))
			.willThrow(new BadInputException(List.of(new InputError("records.csv", 2, 1, "id", "", "an id"))));
		mvc.perform(post("/api/records").contentType("text/csv").content("x")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/rankings/2024.csv")).andExpect(status().isOk());
		mvc.perform(get("/rankings/2024")).andExpect(status().isOk());
		String scrape = mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(scrape).contains("sixrates_imports_total{content=\"records\",outcome=\"refused\"",
				"sixrates_imports_total{content=\"committees\",outcome=\"success\"",
				"sixrates_import_rows_total{change=\"added\",content=\"records\"",
				"sixrates_ranking_requests_total{format=\"csv\"", "sixrates_ranking_requests_total{format=\"html\"",
				"sixrates_ranking_requests_total{format=\"json\"");
		assertThat(line(scrape, "sixrates_imports_total{content=\"records\",outcome=\"refused\""))
			.doesNotEndWith(" 0.0");
	}

	@Test
	void healthIsExposedAndOtherEndpointsAreNot() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(docs)
			.contains("\"openapi\":\"3.", "Six Rates API", "/api/years", "/api/rankings/{year}",
					"/api/rankings/{year}.csv", "/api/committees/{code}/{year}", "/api/records", "/api/committees",
					"text/csv")
			.doesNotContain("\"/rankings/{year}\"", "\"/import\"");
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
	}

	private static String line(String scrape, String start) {
		return scrape.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
	}

}
