package org.sixrates.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.cli.ScoreCommand;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The what-if on the demo city (2023 and 2024 published, 2025 open): its JSON, the rules
 * file it downloads and what the {@code score} command makes of that file, and that
 * nothing of the active scheme or the published results moves.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:what-if-api", "sixrates.demo-data=true" })
@AutoConfigureMockMvc
class WhatIfApiTests {

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	/**
	 * Completion alone, as far as the sliders go: the ranking by completion, then
	 * endorsement.
	 */
	private static final String COMPLETION_ONLY = """
			{"weights": {"endorsement": 0, "completion": 1, "conversion": 0, "activity": 0,
			             "publication": 0, "contribution": 0}}
			""";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@TempDir
	Path folder;

	@Test
	void theNominalWeightsGiveTheRankingAsShownWithNoMove() throws Exception {
		JsonNode ranking = read(
				mvc.perform(get("/api/rankings/2025").with(VIEWER)).andReturn().getResponse().getContentAsString());

		JsonNode whatIf = whatIf(2025, "{}");

		assertThat(whatIf.get("year").asInt()).isEqualTo(2025);
		assertThat(whatIf.get("decided").asBoolean()).isFalse();
		assertThat(whatIf.get("normalization").asString()).isEqualTo("none");
		assertThat(whatIf.get("aggregation").asString()).isEqualTo("arithmetic");
		assertThat(whatIf.get("weights").get("endorsement").asDouble()).isEqualTo(0.2);
		assertThat(whatIf.get("weights").get("contribution").asDouble()).isEqualTo(0.15);
		JsonNode committees = whatIf.get("committees");
		assertThat(committees.size()).isEqualTo(ranking.get("rows").size()).isEqualTo(10);
		int awards = 0;
		for (int i = 0; i < committees.size(); i++) {
			JsonNode row = committees.get(i);
			JsonNode shown = ranking.get("rows").get(i);
			assertThat(row.get("committee").asString()).isEqualTo(shown.get("code").asString());
			assertThat(row.get("name").asString()).isEqualTo(shown.get("name").asString());
			assertThat(row.get("score").asDouble()).isEqualTo(shown.get("score").asDouble());
			assertThat(row.get("rank").asInt()).isEqualTo(shown.get("rank").asInt());
			assertThat(row.get("nominalRank").asInt()).isEqualTo(shown.get("rank").asInt());
			assertThat(row.get("move").asInt()).isZero();
			assertThat(row.get("grade").get("id").asString()).isEqualTo(shown.get("grade").get("id").asString());
			assertThat(ids(row.get("awards"))).isEqualTo(ids(shown.get("awards")));
			assertThat(ids(row.get("nominalAwards"))).isEqualTo(ids(shown.get("awards")));
			awards += row.get("awards").size();
		}
		// the demo year is not one without awards, so the comparison above compares some
		assertThat(awards).isPositive();
	}

	private static List<String> ids(JsonNode awards) {
		List<String> ids = new java.util.ArrayList<>();
		awards.forEach(award -> ids.add(award.get("id").asString()));
		return ids;
	}

	@Test
	void completionAloneRanksByCompletionAndTheMovesAreTheRankChanges() throws Exception {
		JsonNode whatIf = whatIf(2025, COMPLETION_ONLY);

		JsonNode committees = whatIf.get("committees");
		assertThat(whatIf.get("weights").get("completion").asDouble()).isEqualTo(1.0);
		JsonNode ranking = read(
				mvc.perform(get("/api/rankings/2025").with(VIEWER)).andReturn().getResponse().getContentAsString());
		Map<String, Double> completion = new java.util.HashMap<>();
		Map<String, Integer> nominal = new java.util.HashMap<>();
		ranking.get("rows").forEach(row -> {
			completion.put(row.get("code").asString(), row.get("rates").get(1).asDouble());
			nominal.put(row.get("code").asString(), row.get("rank").asInt());
		});
		double previous = Double.POSITIVE_INFINITY;
		for (JsonNode row : committees) {
			String code = row.get("committee").asString();
			// score = 100 · completion, in descending order
			assertThat(row.get("score").asDouble()).isCloseTo(100 * completion.get(code),
					org.assertj.core.api.Assertions.offset(1e-9));
			assertThat(row.get("score").asDouble()).isLessThanOrEqualTo(previous);
			previous = row.get("score").asDouble();
			assertThat(row.get("nominalRank").asInt()).isEqualTo(nominal.get(code));
			assertThat(row.get("move").asInt()).isEqualTo(nominal.get(code) - row.get("rank").asInt());
			// 通报表彰: the top three of those scoring at least 75, none vetoed (a completion
			// of 75 % is above the 50 % floor); as the scores descend, those at 75 or
			// more
			// come first and rank among themselves as they rank overall
			boolean notice = row.get("score").asDouble() >= 75 - 1e-9 && row.get("rank").asInt() <= 3;
			assertThat(ids(row.get("awards")).contains("notice")).as(code).isEqualTo(notice);
		}
		assertThat(committees).anySatisfy(row -> assertThat(row.get("move").asInt()).isNotZero());
		assertThat(committees).anySatisfy(row -> assertThat(ids(row.get("awards"))).contains("notice"));
	}

	@Test
	void theRulesFileLoadsAndTheScoreCommandRanksAsTheWhatIf() throws Exception {
		String request = """
				{"weights": {"endorsement": 10, "completion": 35, "conversion": 5, "activity": 30,
				             "publication": 5, "contribution": 15}, "aggregation": "geometric"}
				""";
		JsonNode whatIf = whatIf(2025, request);
		byte[] yaml = mvc
			.perform(post("/api/rankings/2025/what-if/rules").with(VIEWER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(request))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/yaml;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"six-rates-what-if-2025.yaml\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		Scheme scheme = SchemeLoader.parse("six-rates-what-if-2025.yaml", yaml);
		assertThat(scheme.rates()).extracting(rate -> rate.weight()).containsExactly(0.1, 0.35, 0.05, 0.3, 0.05, 0.15);
		assertThat(scheme.aggregation().key()).isEqualTo("geometric");
		Path rules = folder.resolve("what-if.yaml");
		Files.write(rules, yaml);
		List<String[]> scored = score(rules, 2025);
		assertThat(scored).hasSize(whatIf.get("committees").size());
		for (int i = 0; i < scored.size(); i++) {
			JsonNode row = whatIf.get("committees").get(i);
			// year,rank,committee,name,<six rates>,score,grade,awards
			assertThat(scored.get(i)[1]).isEqualTo(row.get("rank").asString());
			assertThat(scored.get(i)[2]).isEqualTo(row.get("committee").asString());
			assertThat(scored.get(i)[10]).isEqualTo(
					new java.math.BigDecimal(row.get("score").asString()).setScale(2, java.math.RoundingMode.HALF_UP)
						.toPlainString());
		}
	}

	@Test
	void nothingOfTheActiveSchemeOrTheShownResultsMoves() throws Exception {
		String rulesBefore = mvc.perform(get("/api/rules").with(VIEWER)).andReturn().getResponse().getContentAsString();
		String published = mvc.perform(get("/api/rankings/2024").with(VIEWER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String open = mvc.perform(get("/api/rankings/2025").with(VIEWER))
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode decided = whatIf(2024, COMPLETION_ONLY);
		whatIf(2025, COMPLETION_ONLY);
		mvc.perform(post("/api/rankings/2025/what-if/rules").with(VIEWER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETION_ONLY)).andExpect(status().isOk());

		assertThat(decided.get("decided").asBoolean()).isTrue();
		assertThat(mvc.perform(get("/api/rules").with(VIEWER)).andReturn().getResponse().getContentAsString())
			.isEqualTo(rulesBefore);
		assertThat(mvc.perform(get("/api/rankings/2024").with(VIEWER)).andReturn().getResponse().getContentAsString())
			.isEqualTo(published);
		assertThat(mvc.perform(get("/api/rankings/2025").with(VIEWER)).andReturn().getResponse().getContentAsString())
			.isEqualTo(open);
	}

	@Test
	void badWeightsAndChoicesAreProblemsNamingTheParameter() throws Exception {
		problem("{\"weights\": {\"reply\": 1}}", "weights.reply", "endorsement, completion");
		problem("{\"weights\": {\"completion\": -1}}", "weights.completion", "0 or more");
		problem(COMPLETION_ONLY.replace("\"completion\": 1", "\"completion\": 0"), "weights", "above 0");
		problem("{\"normalization\": \"rank\"}", "normalization", "min-max");
		problem("{\"normalization\": \"target\"}", "normalization", "target");
		problem("{\"aggregation\": \"harmonic\"}", "aggregation", "geometric");
	}

	@Test
	void thePageScriptsEndpointNeedsThePagesCsrfToken() throws Exception {
		mvc.perform(post("/rankings/2025/what-if").with(VIEWER).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/rankings/2025/what-if").with(VIEWER)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETION_ONLY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weights.completion").value(1.0));
		mvc.perform(post("/rankings/2025/what-if/rules").with(VIEWER).param("weight.completion", "50"))
			.andExpect(status().isForbidden());
		String yaml = mvc
			.perform(post("/rankings/2025/what-if/rules").with(VIEWER)
				.with(csrf())
				.param("weight.endorsement", "0")
				.param("weight.completion", "50")
				.param("weight.conversion", "10")
				.param("weight.activity", "10")
				.param("weight.publication", "10")
				.param("weight.contribution", "20")
				.param("normalization", "min-max")
				.param("aggregation", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Scheme scheme = SchemeLoader.parse("form.yaml", yaml.getBytes(StandardCharsets.UTF_8));
		assertThat(scheme.rates()).extracting(rate -> rate.weight()).containsExactly(0.0, 0.5, 0.1, 0.1, 0.1, 0.2);
		assertThat(scheme.normalization().key()).isEqualTo("min-max");
		assertThat(scheme.title().zh()).isEqualTo("政协工作“六率”考评");
	}

	@Test
	void theRankingPageOffersASliderPerRate() throws Exception {
		mvc.perform(get("/rankings/2025").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"what-if-form\"")))
			.andExpect(content().string(containsString("name=\"weight.completion\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	private void problem(String body, String parameter, String expected) throws Exception {
		mvc.perform(
				post("/api/rankings/2025/what-if").with(VIEWER).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(parameter)))
			.andExpect(jsonPath("$.detail").value(containsString(expected)));
	}

	private JsonNode whatIf(int year, String body) throws Exception {
		return read(mvc
			.perform(post("/api/rankings/" + year + "/what-if").with(VIEWER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode read(String text) {
		return json.readTree(text);
	}

	/**
	 * The rows of the {@code score} command's CSV for the demo files and {@code rules}.
	 */
	private List<String[]> score(Path rules, int year) throws IOException {
		Path committees = copy("demo/committees.csv");
		Path records = copy("demo/records.csv");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ScoreCommand.run(
				List.of("--committees", committees.toString(), "--records", records.toString(), "--rules",
						rules.toString(), "--year", String.valueOf(year)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String[]> rows = new ArrayList<>();
		String[] lines = out.toString(StandardCharsets.UTF_8).split("\r?\n");
		for (int i = 1; i < lines.length; i++) {
			rows.add(lines[i].split(",", -1));
		}
		return rows;
	}

	private Path copy(String resource) throws IOException {
		Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			Files.copy(in, file);
		}
		return file;
	}

}
