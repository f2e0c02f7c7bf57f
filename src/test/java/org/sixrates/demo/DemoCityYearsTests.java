package org.sixrates.demo;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo city shows every state of a year: 2023 and 2024 published after a publicity,
 * their snapshots reproducing, 2025 open for entry.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo-years", "sixrates.demo-data=true",
		"sixrates.admin-password=demo-years" })
@AutoConfigureMockMvc
class DemoCityYearsTests {

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	private MockMvc mvc;

	@Test
	void theTwoEarlierYearsArePublishedAfterTheirPublicityAndTheLatestIsOpen() throws Exception {
		for (int year : new int[] { 2023, 2024 }) {
			mvc.perform(get("/api/years/" + year).with(VIEWER))
				.andExpect(jsonPath("$.year.state").value("PUBLISHED"))
				.andExpect(jsonPath("$.snapshots.length()").value(2))
				.andExpect(jsonPath("$.snapshots[0].stage").value("PUBLICIZED"))
				.andExpect(jsonPath("$.snapshots[0].supersededBy").value("demo"))
				.andExpect(jsonPath("$.snapshots[1].stage").value("PUBLISHED"))
				.andExpect(jsonPath("$.snapshots[1].supersededAt").doesNotExist());
			mvc.perform(post("/api/snapshots/" + year + "/2/verify").with(VIEWER))
				.andExpect(jsonPath("$.reproduced").value(true));
		}
		mvc.perform(get("/api/years/2025").with(VIEWER))
			.andExpect(jsonPath("$.year.state").value("OPEN"))
			.andExpect(jsonPath("$.snapshots.length()").value(0));
		mvc.perform(get("/rankings/2024").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("显示第 2 版结果快照（已发布）")));
		// 2024's plenary reads 2023 from its published snapshot
		mvc.perform(get("/awards/2024").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023 年已发布结果（第 2 版）")));
	}

	@Test
	void theOpenYearHasRecordsWaitingForReviewAndOneReturned() throws Exception {
		mvc.perform(get("/api/review").param("year", "2025").with(ADMIN))
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[?(@.change == true)].id").value("TA-2025-002"))
			.andExpect(jsonPath("$[?(@.id == 'DY-2025-902')].state").value("PENDING"))
			.andExpect(jsonPath("$[?(@.id == 'DY-2025-902')].evidence").value(1));
		mvc.perform(get("/api/review").param("state", "RETURNED").with(ADMIN))
			.andExpect(jsonPath("$[0].id").value("HD-2025-903"))
			.andExpect(jsonPath("$[0].reason").value("参与人数与签到表不符，请核实后重新提交"));
		mvc.perform(get("/rankings/2025").with(ADMIN))
			.andExpect(content().string(containsString("data-waiting=\"3\"")));
	}

}
