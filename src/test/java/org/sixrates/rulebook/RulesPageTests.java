package org.sixrates.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The active scheme — the default {@code rules/six-rates.yaml} — rendered readably. */
@WebTest
class RulesPageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void everyRateIsDefinedInWordsWithItsWeight() throws Exception {
		String page = page("/rules");
		assertThat(page).contains("政协工作“六率”考评", "考评规则")
			.contains("记录数：类别为 建议案、调研成果、大会发言、社情民意，且 级别为 县级、市级、省级、全国；按级别加权：县级 0.70、市级 0.80、省级 0.90、全国 1")
			.contains("记录数：类别为 提案、社情民意，且 办理状态为 已办结")
			.contains("数量之和：类别为 活动", "委员人数 × 4", "上限 100.00%")
			.contains("评分之和：类别为 评价", "记录数：类别为 评价 × 100", "分母为 0 时取全市平均值")
			.containsSubsequence("批示率", "20%", "办结率", "20%", "转化率", "15%", "活动率", "15%", "刊载率", "15%", "贡献率", "15%");
	}

	@Test
	void theOptionsGradesAndAwardsAreShown() throws Exception {
		assertThat(page("/rules")).contains("不标准化", "加权算术平均", "各率给定", "办结率、批示率")
			.containsSubsequence("优秀", "90", "良好", "75", "合格", "60", "不合格", "0")
			.contains("符合条件的单位中排名前 3 名", "得分不低于 75", "一票否决：办结率低于 50.00%", "连续 2 年获得通报表彰");
	}

	@Test
	void theFileAndItsHashAreNamed() throws Exception {
		String sha = HexFormat.of()
			.formatHex(
					MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of("rules/six-rates.yaml"))));
		assertThat(page("/rules")).contains("rules/six-rates.yaml", sha);
	}

	@Test
	void inEnglishToo() throws Exception {
		assertThat(page("/rules?lang=en")).contains("Assessment rules", "Six-rates assessment")
			.contains("records: Kind Proposal, Social opinion, and Status Completed")
			.contains("Veto: Completion below 50.00%", "Commended by notice won 2 years running");
	}

	@Test
	void theSchemeIsAlsoJson() throws Exception {
		mvc.perform(get("/api/rules"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("six-rates"))
			.andExpect(jsonPath("$.rates[1].id").value("completion"))
			.andExpect(jsonPath("$.rates[1].weight").value(0.2))
			.andExpect(jsonPath("$.awards[0].veto.completion").value(0.5));
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
