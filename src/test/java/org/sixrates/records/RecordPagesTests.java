package org.sixrates.records;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The records page and {@code GET /api/records}, on the records of {@link SampleRecords}.
 */
@WebTest
class RecordPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@BeforeEach
	void writeRecords() {
		SampleRecords.write(dsl);
	}

	@Test
	void aDrillDownLinkListsItsRecordsAndShowsItsFilters() throws Exception {
		// the completion numerator of 东湖区 2024: S1 and P1
		mvc.perform(get("/records?committee=DH&year=2024&kind=PROPOSAL&kind=SOCIAL_OPINION&status=COMPLETED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("共 2 条记录，第 1 / 1 页"), containsString("群众反映菜市场秩序的社情民意"),
					containsString("关于加强社区养老服务的提案"), not(containsString("关于改善农村道路交通的提案")), containsString("提案 / 社情民意"),
					containsString("办理状态 = "), containsString("已办结"), containsString("<span>东湖区政协</span>"))));
	}

	@Test
	void aFieldWithOneValueIsSelectedInTheForm() throws Exception {
		mvc.perform(get("/records?committee=DH&year=2024&status=COMPLETED"))
			.andExpect(
					content().string(allOf(containsString("<option value=\"DH\" selected=\"selected\">东湖区政协</option>"),
							containsString("<option value=\"2024\" selected=\"selected\">2024</option>"),
							containsString("<option value=\"COMPLETED\" selected=\"selected\">已办结</option>"))));
	}

	@Test
	void aFieldWithSeveralValuesTravelsAsHiddenInputs() throws Exception {
		mvc.perform(get("/records?kind=PROPOSAL&kind=SOCIAL_OPINION&review=APPROVED"))
			.andExpect(content().string(allOf(containsString("type=\"hidden\" name=\"kind\" value=\"PROPOSAL\""),
					containsString("type=\"hidden\" name=\"kind\" value=\"SOCIAL_OPINION\""),
					containsString("type=\"hidden\" name=\"review\" value=\"APPROVED\""))));
	}

	@Test
	void eachAppliedFilterCanBeRemoved() throws Exception {
		mvc.perform(get("/records?committee=DH&kind=PROPOSAL"))
			.andExpect(content().string(allOf(containsString("href=\"/records?kind=PROPOSAL\""),
					containsString("href=\"/records?committee=DH\""))));
	}

	@Test
	void valuesAreShownInEnglishAfterTheSwitch() throws Exception {
		mvc.perform(get("/records?committee=DH&subtype=INSPECTION&lang=en"))
			.andExpect(content().string(allOf(containsString("1 records, page 1 of 1"), containsString("Activity"),
					containsString("Inspection"))));
	}

	@Test
	void aBadFilterValueIsABadRequestPage() throws Exception {
		mvc.perform(get("/records?kind=PROPSAL")).andExpect(status().isBadRequest());
	}

	@Test
	void theApiListsAPageOfRecordsAsJson() throws Exception {
		mvc.perform(get("/api/records").param("committee", "DH").param("year", "2024").param("level", "CITY"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.pageSize").value(50))
			.andExpect(jsonPath("$.records[0].id").value("N1"))
			.andExpect(jsonPath("$.records[0].kind").value("PUBLICATION"))
			.andExpect(jsonPath("$.records[0].date").value("2024-08-01"))
			.andExpect(jsonPath("$.records[1].id").value("S1"))
			.andExpect(jsonPath("$.records[1].converted").value(true));
	}

	@Test
	void aBadFilterValueIsABadRequestProblem() throws Exception {
		mvc.perform(get("/api/records").param("level", "GALACTIC"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value(containsString("Parameter level: \"GALACTIC\" — expected one of NONE (无)")));
	}

	@Test
	void aPageBelowOneIsABadRequestProblem() throws Exception {
		mvc.perform(get("/api/records").param("page", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aPageThatIsNoNumberIsABadRequestProblem() throws Exception {
		mvc.perform(get("/api/records").param("page", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
