package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.spreadsheet.Workbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The award list and the ranking as workbooks for the {@link AwardCity}, exported on
 * 2026-01-05 in the city: a published year shows its published figures, whatever the data
 * say since; an open year its live ones, titled a draft.
 */
@AwardsTest
class AwardListXlsxTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@BeforeEach
	void freshCity() {
		AwardCity.reset(dsl);
		AwardCity.load(importer);
	}

	@Test
	void aPublishedYearsWorkbooksShowThePublishedFiguresAfterTheDataChange() throws Exception {
		move(2024, "CLOSED");
		move(2024, "PUBLISHED");
		// behind the application's back: JB's 2024 evaluation 80 → 60, which would
		// make its live score 39.5 − 0.15 · 0.2 · 100 = 36.5
		dsl.update(ACTIVITY_RECORD)
			.set(ACTIVITY_RECORD.SCORE, 60.0)
			.where(ACTIVITY_RECORD.COMMITTEE.eq("JB"), ACTIVITY_RECORD.ID.eq("B24-5"))
			.execute();
		// and the kept cube made again from the records, as the office would after it
		mvc.perform(post("/api/cube/rebuild").with(ADMIN)).andExpect(status().isOk());
		mvc.perform(get("/api/rankings/2024").with(ADMIN)).andExpect(jsonPath("$.status.differs").value(true));

		Sheet awards = Workbooks.officeSheet(workbook("/api/awards/2024.xlsx?lang=zh"));
		assertThat(awards.getSheetName()).isEqualTo("表彰名单");
		assertThat(Workbooks.title(awards))
			.isEqualTo("锦澜市政协办公室 · 2024 年度县（市）区政协履职“六率”考评表彰名单 · 2026-01-05 发布（第 1 版） · 导出日期：2026-01-05");
		assertThat(Workbooks.header(awards)).containsExactly("年度", "表彰", "名次", "单位代码", "单位名称", "得分");
		// only JA won notice in 2024; plenary needs a notice in 2023 too
		assertThat(Workbooks.rows(awards)).containsExactly(List.of(2024.0, "通报表彰", 1.0, "JA", "江岸区政协", 83.5));

		Sheet ranking = Workbooks.officeSheet(workbook("/api/rankings/2024.xlsx?lang=zh"));
		assertThat(Workbooks.title(ranking)).isEqualTo("锦澜市政协办公室 · 2024 年度排名 · 2026-01-05 发布（第 1 版） · 导出日期：2026-01-05");
		// AwardCity's class comment: JA's conversion 2/3 is 66.67 %; JB keeps its
		// published contribution 0.8 and score 39.50
		assertThat(Workbooks.rows(ranking)).containsExactly(
				List.of(2024.0, 1.0, "JA", "江岸区政协", 1.0, 0.5, 0.6667, 1.0, 1.0, 0.9, 83.5, "良好", "通报表彰"),
				Arrays.asList(2024.0, 2.0, "JB", "江北县政协", 0.0, 1.0, 0.0, 0.5, 0.0, 0.8, 39.5, "不合格", null));
	}

	@Test
	void anOpenYearsListIsTitledADraftAndItsAwardsAreLabelledInEnglishToo() throws Exception {
		Sheet chinese = Workbooks.officeSheet(workbook("/api/awards/2025.xlsx?lang=zh"));
		assertThat(Workbooks.title(chinese)).contains("草稿（填报中），非正式名单");
		// JA 2025: notice, and with 2024's notice plenary, both at 93.5
		assertThat(Workbooks.rows(chinese)).containsExactly(List.of(2025.0, "通报表彰", 1.0, "JA", "江岸区政协", 93.5),
				List.of(2025.0, "全会表彰", 1.0, "JA", "江岸区政协", 93.5));
		Sheet english = Workbooks.officeSheet(workbook("/api/awards/2025.xlsx"));
		assertThat(english.getSheetName()).isEqualTo("Award list");
		assertThat(Workbooks.title(english)).isEqualTo(
				"锦澜市政协办公室 · Six-rates assessment 2025: list of awards · Draft (Open), not the official list · Exported 2026-01-05");
		assertThat(Workbooks.header(english)).containsExactly("Year", "Award", "Place", "Code", "Name", "Score");
		assertThat(Workbooks.rows(english).stream().map(row -> row.get(1))).containsExactly("Commended by notice",
				"Commended at the plenary");
		assertThat(Workbooks.format(english, 2, 5)).isEqualTo("0.00");
	}

	@Test
	void theDownloadIsAnXlsxAttachmentWithAChineseNameEncodedAsRfc5987() throws Exception {
		mvc.perform(get("/api/awards/2025.xlsx?lang=zh").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E8%A1%A8%E5%BD%B0%E5%90%8D%E5%8D%95-2025.xlsx")));
		mvc.perform(get("/api/awards/2025.xlsx?lang=xx").with(ADMIN)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/awards/1999.xlsx").with(ADMIN)).andExpect(status().isNotFound());
	}

	private byte[] workbook(String path) throws Exception {
		return mvc.perform(get(path).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private void move(int year, String to) throws Exception {
		mvc.perform(post("/api/years/" + year + "/state").contentType("application/json")
			.content("{\"to\": \"" + to + "\", \"reason\": \"年度考评\"}")
			.with(ADMIN)).andExpect(status().isOk());
	}

}
