package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The ranking API: JSON, CSV and the problem details of its errors. */
@WebTest
class RankingApiTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void yearsAreListedAscending() throws Exception {
		mvc.perform(get("/api/years"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$").value(contains(2023, 2024)));
	}

	@Test
	void aRankingIsJsonWithRatesAsFractions() throws Exception {
		mvc.perform(get("/api/rankings/2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.scheme.sha256")
				.value("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
			.andExpect(jsonPath("$.columns[0].rate.id").value("endorsement"))
			.andExpect(jsonPath("$.columns[0].weight").value(0.2))
			.andExpect(jsonPath("$.rows[0].code").value("DH"))
			.andExpect(jsonPath("$.rows[0].score").value(81.25))
			.andExpect(jsonPath("$.rows[0].awards[1].id").value("plenary"))
			.andExpect(jsonPath("$.rows[2].rates[0]").value(0.12345))
			.andExpect(jsonPath("$.rows[2].rates[4]").isEmpty());
	}

	@Test
	void anUnknownYearIsANotFoundProblem() throws Exception {
		mvc.perform(get("/api/rankings/2030"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("No ranking for year 2030"))
			.andExpect(jsonPath("$.trace").doesNotExist());
	}

	@Test
	void aYearThatIsNoNumberIsABadRequestProblem() throws Exception {
		mvc.perform(get("/api/rankings/twenty"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.detail").value(containsString("year")));
	}

	@Test
	void theCsvIsUtf8BehindAByteOrderMarkAsAnAttachment() throws Exception {
		byte[] body = mvc.perform(get("/api/rankings/2024.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(
					header().string("Content-Disposition", startsWith("attachment; filename=\"six-rates-2024.csv\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		// 西山县: 0.12345 → 12.35, publication excluded → empty cell, no grade award
		assertThat(text.split("\r\n")).containsExactly(
				"year,rank,committee,name,endorsement,completion,conversion,activity,publication,contribution,score,grade,awards",
				"2024,1,DH,东湖区政协,80.00,90.00,60.00,90.00,70.00,95.00,81.25,good,notice;plenary",
				"2024,2,NJ,南江市政协,70.00,95.00,50.00,80.00,60.00,85.00,78.50,good,notice",
				"2024,3,XS,西山县政协,12.35,100.00,40.00,70.00,,80.00,65.26,pass,",
				"2024,4,BL,北岭县政协,40.00,60.00,30.00,60.00,30.00,60.00,58.00,fail,");
	}

	@Test
	void theCsvHeaderIsChineseWithLangZh() throws Exception {
		byte[] body = mvc.perform(get("/api/rankings/2024.csv").param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("six-rates-2024-zh.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("年度,排名,单位代码,单位名称,批示率,办结率,转化率,活动率,刊载率,贡献率,得分,等次,表彰\r\n");
	}

	@Test
	void anUnknownLanguageIsABadRequestProblem() throws Exception {
		mvc.perform(get("/api/rankings/2024.csv").param("lang", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Parameter lang: \"fr\" — expected en or zh"));
	}

	@Test
	void theCsvOfAnUnknownYearIsANotFoundProblem() throws Exception {
		mvc.perform(get("/api/rankings/2030.csv"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aCommitteeDetailIsJson() throws Exception {
		mvc.perform(get("/api/committees/DH/2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rank").value(1))
			.andExpect(jsonPath("$.committees").value(4))
			.andExpect(jsonPath("$.rates[1].numerator").value(27.0))
			.andExpect(jsonPath("$.rates[1].denominator").value(30.0))
			.andExpect(jsonPath("$.rates[1].contribution").value(18.0))
			.andExpect(jsonPath("$.rates[1].numeratorRecords.status[0]").value("COMPLETED"))
			.andExpect(jsonPath("$.awards[0].won").value(true));
	}

	@Test
	void anUnknownCommitteeIsANotFoundProblem() throws Exception {
		mvc.perform(get("/api/committees/ZZ/2024"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Committee ZZ was not assessed in 2024"));
	}

}
