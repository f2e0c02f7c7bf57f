package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.spreadsheet.Workbooks;
import org.sixrates.system.SixRatesProperties;
import org.sixrates.web.FixedRankings;
import org.sixrates.web.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/rankings/{year}.xlsx} on the {@link TestCity} of 2024 (and a year of
 * risky names), read back with POI: the CSV's columns with labels in the export's
 * language, rates as percent cells, scores with 2 decimals, no formula, the title with
 * the office and the year, exported on 2026-12-01 in the city.
 */
@WebMvcTest(RankingApi.class)
@WithMockUser(roles = "VIEWER")
class RankingXlsxExportTests {

	private static final String HOSTILE = "=HYPERLINK(\"http://evil\",\"x\")";

	@Autowired
	private MockMvc mvc;

	@Test
	void theChineseWorkbookHoldsTheRankingWithChineseLabelsAndNumericCells() throws Exception {
		Sheet sheet = Workbooks.officeSheet(workbook("/api/rankings/2024.xlsx?lang=zh"));
		assertThat(sheet.getSheetName()).isEqualTo("2024 年度排名");
		assertThat(Workbooks.title(sheet)).isEqualTo("锦澜市政协办公室 · 2024 年度排名 · 导出日期：2026-12-01");
		// the Chinese CSV's header, column for column
		assertThat(Workbooks.header(sheet)).containsExactly("年度", "排名", "单位代码", "单位名称", "批示率", "办结率", "转化率", "活动率",
				"刊载率", "贡献率", "得分", "等次", "表彰");
		// TestCity's 2024, by hand: 西山县's endorsement 0.12345 is 12.35 %, its
		// publication excluded (blank), and it won nothing
		assertThat(Workbooks.rows(sheet)).containsExactly(
				List.of(2024.0, 1.0, "DH", "东湖区政协", 0.8, 0.9, 0.6, 0.9, 0.7, 0.95, 81.25, "良好", "通报表彰、全会表彰"),
				List.of(2024.0, 2.0, "NJ", "南江市政协", 0.7, 0.95, 0.5, 0.8, 0.6, 0.85, 78.5, "良好", "通报表彰"),
				Arrays.asList(2024.0, 3.0, "XS", "西山县政协", 0.1235, 1.0, 0.4, 0.7, null, 0.8, 65.26, "合格", null),
				Arrays.asList(2024.0, 4.0, "BL", "北岭县政协", 0.4, 0.6, 0.3, 0.6, 0.3, 0.6, 58.0, "不合格", null));
		List<String> formats = new ArrayList<>();
		for (int c = 0; c < 13; c++) {
			formats.add(Workbooks.format(sheet, 2, c));
		}
		assertThat(formats).containsExactly("0", "0", "General", "General", "0.00%", "0.00%", "0.00%", "0.00%", "0.00%",
				"0.00%", "0.00", "General", "General");
	}

	@Test
	void theEnglishWorkbookWritesEnglishLabelsNotIds() throws Exception {
		Sheet sheet = Workbooks.officeSheet(workbook("/api/rankings/2024.xlsx"));
		assertThat(sheet.getSheetName()).isEqualTo("Ranking 2024");
		assertThat(Workbooks.title(sheet)).isEqualTo("锦澜市政协办公室 · Ranking 2024 · Exported 2026-12-01");
		assertThat(Workbooks.header(sheet)).containsExactly("Year", "Rank", "Code", "Name", "Endorsement", "Completion",
				"Conversion", "Activity", "Publication", "Contribution", "Score", "Grade", "Awards");
		List<Object> eastLake = Workbooks.rows(sheet).get(0);
		assertThat(eastLake.subList(10, 13)).containsExactly(81.25, "Good",
				"Commended by notice, Commended at the plenary");
		assertThat(Workbooks.rows(sheet).get(3).get(11)).isEqualTo("Fail");
	}

	@Test
	void theDownloadIsAnXlsxAttachmentWithAChineseNameEncodedAsRfc5987() throws Exception {
		mvc.perform(get("/api/rankings/2024.xlsx?lang=zh"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers
				.containsString("filename*=UTF-8''%E5%85%AD%E7%8E%87%E8%80%83%E8%AF%84%E6%8E%92%E5%90%8D-2024.xlsx")));
		mvc.perform(get("/api/rankings/2024.xlsx"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=\"six-rates-2024.xlsx\"")));
	}

	@Test
	void aNameThatLooksLikeAFormulaIsAStringCellNeverAFormula() throws Exception {
		Sheet sheet = Workbooks.officeSheet(workbook("/api/rankings/2023.xlsx?lang=zh"));
		Cell code = sheet.getRow(2).getCell(2);
		Cell name = sheet.getRow(2).getCell(3);
		assertThat(code.getCellType()).isEqualTo(CellType.STRING);
		assertThat(code.getStringCellValue()).isEqualTo("@X");
		assertThat(name.getCellType()).isEqualTo(CellType.STRING);
		assertThat(name.getStringCellValue()).isEqualTo(HOSTILE);
		assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
	}

	@Test
	void anUnknownLanguageIsABadRequestAndAnUnknownYearNotFound() throws Exception {
		mvc.perform(get("/api/rankings/2024.xlsx?lang=fr")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/rankings/1999.xlsx")).andExpect(status().isNotFound());
	}

	private byte[] workbook(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class City {

		@Bean
		RankingService cityRankings() {
			RankingTable city = TestCity.ranking2024();
			RankingRow risky = new RankingRow(1, "@X", HOSTILE, Arrays.asList(0.5, 1.0, 1.0, 1.0, 1.0, 1.0), 90.0,
					TestCity.GOOD, List.of(), null, null);
			RankingTable riskyYear = new RankingTable(2023, List.of(2023, 2024), city.scheme(), city.columns(),
					List.of(risky));
			return new FixedRankings(List.of(riskyYear, city), List.of());
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		Letterhead letterhead() {
			return letterheadOn(Instant.parse("2026-12-01T02:00:00Z"));
		}

	}

	/** The default office, in Asia/Shanghai, on a fixed instant. */
	static Letterhead letterheadOn(Instant instant) {
		SixRatesProperties properties = new SixRatesProperties("rules/six-rates.yaml", false,
				ZoneId.of("Asia/Shanghai"), "锦澜市政协办公室", new SixRatesProperties.Review(true, null));
		return new Letterhead(properties, Clock.fixed(instant, ZoneOffset.UTC));
	}

}
