package org.sixrates.records;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.security.Access;
import org.sixrates.web.WebTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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
	void subtypeConversionAndSatisfactionAreInTheFilterForm() throws Exception {
		mvc.perform(get("/records?subtype=INSPECTION&converted=true&satisfaction=SATISFIED"))
			.andExpect(content()
				.string(allOf(containsString("name=\"subtype\" id=\"filter-subtype\""), containsString("value=\"视察\""),
						containsString("<option value=\"true\" selected=\"selected\">是</option>"),
						containsString("<option value=\"SATISFIED\" selected=\"selected\">满意</option>"))));
		// 满意 as the form sends it, in Chinese: DH P1 only
		mvc.perform(get("/records?satisfaction=满意&converted=否")).andExpect(content().string(containsString("共 1 条记录")));
	}

	@Test
	void aSearchOfTheTitlesIsKeptByEveryLink() throws Exception {
		mvc.perform(get("/records?q=提案&committee=DH&sort=title&dir=desc"))
			.andExpect(content()
				.string(allOf(containsString("共 4 条记录"), containsString("name=\"q\" id=\"filter-q\" value=\"提案\""),
						// the chip without the committee keeps search and order
						containsString("href=\"/records?q=%E6%8F%90%E6%A1%88&amp;sort=title&amp;dir=desc\""),
						not(containsString("群众反映菜市场秩序的社情民意")))));
	}

	@Test
	void eachHeaderSortsByItsColumnAndTheSortedOneTurnsAround() throws Exception {
		mvc.perform(get("/records?committee=DH"))
			.andExpect(
					content().string(allOf(containsString("href=\"/records?committee=DH&amp;sort=title&amp;dir=asc\""),
							containsString("href=\"/records?committee=DH&amp;sort=quantity&amp;dir=asc\""),
							// newest first is the date's descending order: its header
							// turns it round
							containsString("href=\"/records?committee=DH&amp;sort=date&amp;dir=asc\""),
							containsString("aria-sort=\"descending\""))));
		mvc.perform(get("/records?committee=DH&sort=quantity&dir=asc"))
			.andExpect(
					content().string(containsString("href=\"/records?committee=DH&amp;sort=quantity&amp;dir=desc\"")));
		mvc.perform(get("/records?sort=colour")).andExpect(status().isBadRequest());
		mvc.perform(get("/records?sort=title&dir=up")).andExpect(status().isBadRequest());
	}

	@Test
	void aPageCanBeJumpedToAndAPageBeyondTheLastIsTheLast() throws Exception {
		for (int i = 0; i < 120; i++) {
			SampleRecords.record(dsl, "BL", String.format("V%03d", i), 2024, "ACTIVITY", "FELLOWSHIP", "联谊活动 " + i,
					java.time.LocalDate.of(2024, 1, 1).plusDays(i), "NONE", "FILED", false, null, 10);
		}
		mvc.perform(get("/records?committee=BL&sort=id&dir=asc&page=2"))
			.andExpect(content().string(allOf(containsString("第 2 / 3 页"),
					containsString("<input type=\"hidden\" name=\"committee\" value=\"BL\">"),
					containsString("<input type=\"hidden\" name=\"sort\" value=\"id\">"),
					containsString("id=\"jump-page\" min=\"1\" max=\"3\" value=\"2\""),
					// sorted by id: page 2 starts at the 51st
					containsString("<code>V050</code>"), not(containsString("<code>V049</code>")))));
		mvc.perform(get("/records?committee=BL&page=999")).andExpect(content().string(containsString("第 3 / 3 页")));
	}

	@Test
	void theOfficeAddsARecordToAnyCommitteeWithoutFilteringFirst() throws Exception {
		mvc.perform(get("/records"))
			.andExpect(content().string(allOf(containsString("id=\"new-record-form\""),
					containsString("<option value=\"XS\">西山县政协</option>"))));
		mvc.perform(get("/records?committee=XS"))
			.andExpect(content().string(containsString("<option value=\"XS\" selected=\"selected\">西山县政协</option>")));
		mvc.perform(get("/records/new?committee=XS")).andExpect(redirectedUrl("/records/XS/new"));
		mvc.perform(get("/records/new")).andExpect(status().isBadRequest());
	}

	@Test
	void aClerksButtonGoesToItsOwnCommittee() throws Exception {
		mvc.perform(get("/records").with(clerkOf("DH")))
			.andExpect(content().string(
					allOf(containsString("href=\"/records/DH/new\""), not(containsString("id=\"new-record-form\"")))));
		mvc.perform(get("/records/new").with(clerkOf("DH"))).andExpect(redirectedUrl("/records/DH/new"));
		mvc.perform(get("/records/new?committee=XS").with(clerkOf("DH"))).andExpect(status().isForbidden());
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

	private static org.springframework.test.web.servlet.request.RequestPostProcessor clerkOf(String committee) {
		return user("clerk-" + committee).authorities(new SimpleGrantedAuthority("ROLE_CLERK"),
				new SimpleGrantedAuthority(Access.COMMITTEE_PREFIX + committee));
	}

}
