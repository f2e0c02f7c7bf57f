package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sixrates.testing.RecordCells;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published year against later changes of data and rules, with the application run
 * twice on one database: first by the default scheme, then by the same scheme with a
 * stricter veto ({@link AwardCity}).
 */
class PublishedYearTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	@Test
	void aPublishedYearShowsItsFiguresAfterDataAndRulesChangeAndDriftNamesTheChange() throws Exception {
		Path defaultRules = Path.of("rules/six-rates.yaml");
		try (RunningApplication first = RunningApplication.start(defaultRules)) {
			AwardCity.load(first.importer());
			move(first, 2024, "CLOSED");
			move(first, 2024, "PUBLISHED");
			String json = body(first, "/api/rankings/2024");
			byte[] csv = bytes(first, "/api/rankings/2024.csv");
			String page = body(first, "/rankings/2024");
			assertThat(page).contains("83.50", "39.50");
			assertThat(JSON.readTree(json).at("/status/snapshot/version").asInt()).isEqualTo(1);

			// behind the application's back: JB's 2024 evaluation 80 → 60, its score
			// 39.5 → 36.5
			first.dsl()
				.update(ACTIVITY_RECORD)
				.set(ACTIVITY_RECORD.SCORE, 60.0)
				.where(ACTIVITY_RECORD.COMMITTEE.eq("JB"), ACTIVITY_RECORD.ID.eq("B24-5"))
				.execute();
			// and the kept cube made again from the records, as the office would after it
			RecordCells.rebuild(first.dsl());
			try (RunningApplication second = RunningApplication.startOnTheDatabaseOf(first, strictRules())) {
				String jsonAfter = body(second, "/api/rankings/2024");
				assertThat(rows(jsonAfter)).isEqualTo(rows(json));
				assertThat(JSON.readTree(jsonAfter).at("/scheme")).isEqualTo(JSON.readTree(json).at("/scheme"));
				assertThat(bytes(second, "/api/rankings/2024.csv")).isEqualTo(csv);
				String pageAfter = body(second, "/rankings/2024");
				assertThat(pageAfter).contains("83.50", "39.50").doesNotContain("36.50");
				assertThat(pageAfter).contains("id=\"differs-note\"");
				assertThat(JSON.readTree(jsonAfter).at("/status/differs").asBoolean())
					.as(JSON.readTree(jsonAfter).at("/status").toString())
					.isTrue();
				assertThat(body(second, "/api/committees/JB/2024")).contains("\"score\":39.5");

				JsonNode drift = JSON.readTree(body(second, "/api/snapshots/2024/1/drift"));
				assertThat(drift.at("/schemeChanged").asBoolean()).isTrue();
				assertThat(drift.at("/dataChanged").asBoolean()).isTrue();
				JsonNode jbScore = find(drift.at("/differences"), "JB", "SCORE", null);
				assertThat(Double.parseDouble(jbScore.at("/before").asString())).isCloseTo(39.5, within(1e-9));
				assertThat(Double.parseDouble(jbScore.at("/after").asString())).isCloseTo(36.5, within(1e-9));
				// the stricter veto takes JA's notice of 2024
				JsonNode jaNotice = find(drift.at("/differences"), "JA", "AWARD", "notice.won");
				assertThat(jaNotice.at("/before").asString()).isEqualTo("true");
				assertThat(jaNotice.at("/after").asString()).isEqualTo("false");

				// and the snapshot still reproduces from what it stored
				JsonNode verified = JSON.readTree(second.mvc.perform(post("/api/snapshots/2024/1/verify").with(ADMIN))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
				assertThat(verified.at("/reproduced").asBoolean()).isTrue();
			}
		}
	}

	@Test
	void aConsecutiveAwardReadsAPublishedYearFromItsSnapshotAndAnUnpublishedOneLive() throws Exception {
		try (RunningApplication first = RunningApplication.start(Path.of("rules/six-rates.yaml"))) {
			AwardCity.load(first.importer());
			move(first, 2024, "CLOSED");
			move(first, 2024, "PUBLISHED");
			try (RunningApplication second = RunningApplication.startOnTheDatabaseOf(first, strictRules())) {
				// by the strict veto JA's 2024 completion 0.5 is vetoed, but 2024 is
				// published with JA's notice: 2025's plenary reads it from there
				JsonNode awards = JSON.readTree(body(second, "/api/awards/2025"));
				assertThat(outcome(awards, "JA", "plenary").at("/won").asBoolean()).isTrue();
				assertThat(awards.at("/earlier/0/year").asInt()).isEqualTo(2024);
				assertThat(awards.at("/earlier/0/version").asInt()).isEqualTo(1);
				assertThat(body(second, "/awards/2025")).contains("2024 年已发布结果（第 1 版）");

				// revoked, 2024 is read live: by the strict veto JA did not win notice
				move(second, 2024, "CLOSED");
				JsonNode live = JSON.readTree(body(second, "/api/awards/2025"));
				JsonNode plenary = outcome(live, "JA", "plenary");
				assertThat(plenary.at("/won").asBoolean()).isFalse();
				assertThat(plenary.at("/reasonEn").asString()).isEqualTo("not won notice in 2024");
				assertThat(live.at("/earlier/0/version").isNull()).isTrue();
				assertThat(body(second, "/awards/2025")).contains("2024 年实时计算结果");
			}
		}
	}

	/** The default scheme, but a completion below 0.9 vetoes {@code notice}. */
	private Path strictRules() throws Exception {
		String rules = Files.readString(Path.of("rules/six-rates.yaml"));
		assertThat(rules).contains("veto: {completion: 0.5}");
		Path strict = folder.resolve("strict.yaml");
		Files.writeString(strict,
				rules.replace("veto: {completion: 0.5}", "veto: {completion: " + AwardCity.STRICT_VETO_FLOOR + "}"));
		return strict;
	}

	static void move(RunningApplication application, int year, String to) throws Exception {
		move(application.mvc, year, to);
	}

	static void move(MockMvc mvc, int year, String to) throws Exception {
		mvc.perform(post("/api/years/" + year + "/state").contentType("application/json")
			.content("{\"to\": \"" + to + "\", \"reason\": \"按计划\"}")
			.with(ADMIN)).andExpect(status().isOk());
	}

	private static String body(RunningApplication application, String path) throws Exception {
		return application.mvc.perform(get(path).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static byte[] bytes(RunningApplication application, String path) throws Exception {
		return application.mvc.perform(get(path).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static JsonNode rows(String json) {
		return JSON.readTree(json).at("/rows");
	}

	private static JsonNode find(JsonNode differences, String committee, String aspect, String item) {
		for (JsonNode difference : differences) {
			if (committee.equals(difference.at("/committee").asString())
					&& aspect.equals(difference.at("/aspect").asString())
					&& (item == null || item.equals(difference.at("/item").asString()))) {
				return difference;
			}
		}
		throw new AssertionError("no " + aspect + " " + item + " of " + committee + " in " + differences);
	}

	static JsonNode outcome(JsonNode awards, String committee, String award) {
		for (JsonNode row : awards.at("/committees")) {
			if (committee.equals(row.at("/code").asString())) {
				for (JsonNode outcome : row.at("/outcomes")) {
					if (award.equals(outcome.at("/award").asString())) {
						return outcome;
					}
				}
			}
		}
		throw new AssertionError("no " + award + " of " + committee + " in " + awards);
	}

}
