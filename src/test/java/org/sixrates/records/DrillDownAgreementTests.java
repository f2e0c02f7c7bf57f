package org.sixrates.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sixrates.ranking.CommitteeDetail;
import org.sixrates.ranking.DrillDown;
import org.sixrates.ranking.RankingRow;
import org.sixrates.ranking.RankingService;
import org.sixrates.ranking.RateLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On the demo city, every number of every committee's page in every year reads back to
 * its records: the list its drill-down link opens shows, as its total, the very number of
 * the page (the same double), for numerators and denominators alike.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:records-demo", "sixrates.demo-data=true",
				"sixrates.admin-password=records-demo-password" })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class DrillDownAgreementTests {

	private static final Pattern EXACT = Pattern.compile("id=\"drill-value\" data-exact=\"([^\"]+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RankingService rankings;

	@Autowired
	private DrillDown drillDown;

	@Test
	void everyNumeratorAndDenominatorOfTheDemoCityIsTheTotalOfItsList() throws Exception {
		List<String> disagreements = new ArrayList<>();
		int checked = 0;
		for (int year : rankings.years()) {
			for (RankingRow row : rankings.ranking(year).orElseThrow().rows()) {
				CommitteeDetail detail = rankings.detail(row.code(), year).orElseThrow();
				for (RateLine line : detail.rates()) {
					checked += check(drillDown.numerator(detail, line), line.numerator(), disagreements);
					checked += check(drillDown.denominator(detail, line), line.denominator(), disagreements);
				}
			}
		}
		assertThat(disagreements).isEmpty();
		// ten committees, three years, six rates, two parts
		assertThat(checked).isEqualTo(10 * 3 * 6 * 2);
	}

	private int check(String link, double shown, List<String> disagreements) throws Exception {
		String page = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
		Matcher exact = EXACT.matcher(page);
		if (!exact.find()) {
			disagreements.add(link + ": no total");
		}
		else if (Double.parseDouble(exact.group(1)) != shown) {
			disagreements.add(link + ": " + exact.group(1) + " ≠ " + shown);
		}
		return 1;
	}

}
