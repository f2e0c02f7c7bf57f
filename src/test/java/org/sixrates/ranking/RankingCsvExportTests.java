package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.vocabulary.Named;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.RankingRow;
import org.sixrates.ranking.RankingService;
import org.sixrates.web.FixedRankings;
import org.sixrates.web.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The CSV export of names a spreadsheet would run as formulas. */
@WebMvcTest(RankingApi.class)
@WithMockUser(roles = "VIEWER")
class RankingCsvExportTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void cellsThatWouldRunAsFormulasAreQuotedAndNumbersAreNot() throws Exception {
		byte[] body = mvc.perform(get("/api/rankings/2024.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
		// the name =HYPERLINK(...) and the code @X get a leading quote; the comma and
		// quotes are RFC 4180 quoted
		assertThat(lines[1]).isEqualTo("2024,1,'@X,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",50.00,"
				+ "100.00,100.00,100.00,100.00,100.00,90.00,good,");
		assertThat(lines[2]).isEqualTo("2024,2,-5,'+cmd,0.00,0.00,0.00,0.00,0.00,0.00,0.00,good,");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RiskyNames {

		@Bean
		RankingService riskyRankings() {
			RankingTable city = TestCity.ranking2024();
			Named good = TestCity.GOOD;
			List<RankingRow> rows = List.of(
					new RankingRow(1, "@X", "=HYPERLINK(\"http://evil\",\"x\")",
							Arrays.asList(0.5, 1.0, 1.0, 1.0, 1.0, 1.0), 90.0, good, List.of(), null, null),
					new RankingRow(2, "-5", "+cmd", Arrays.asList(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 0.0, good, List.of(),
							null, null));
			RankingTable risky = new RankingTable(2024, List.of(2024), city.scheme(), city.columns(), rows);
			return new FixedRankings(List.of(risky), List.of());
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		Letterhead letterhead() {
			return RankingXlsxExportTests.letterheadOn(Instant.parse("2026-12-01T02:00:00Z"));
		}

	}

}
