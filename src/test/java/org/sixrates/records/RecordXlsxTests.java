package org.sixrates.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.testing.RecordCells;
import org.sixrates.security.Access;
import org.sixrates.spreadsheet.Workbooks;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code GET /api/records.xlsx} on the records of {@link SampleRecords} and one more of
 * 东湖区, an evaluation (F1, 2024-09-01, score 87.5) whose title a spreadsheet would run as
 * a formula: every record the filter selects, all pages, in the list's order, read back
 * with POI.
 */
@WebTest
class RecordXlsxTests {

	private static final String HOSTILE = "=HYPERLINK(\"http://evil\",\"x\")";

	private static final RequestPostProcessor CLERK_DH = user("clerk-dh").authorities(
			new SimpleGrantedAuthority("ROLE_CLERK"), new SimpleGrantedAuthority(Access.COMMITTEE_PREFIX + "DH"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@BeforeEach
	void writeRecords() {
		SampleRecords.write(dsl);
		SampleRecords.record(dsl, "DH", "F1", 2024, "FEEDBACK", null, HOSTILE, LocalDate.of(2024, 9, 1), "NONE",
				"FILED", false, null, 0);
		dsl.update(ACTIVITY_RECORD)
			.set(ACTIVITY_RECORD.SCORE, 87.5)
			.where(ACTIVITY_RECORD.COMMITTEE.eq("DH"), ACTIVITY_RECORD.ID.eq("F1"))
			.execute();
		RecordCells.rebuild(dsl);
	}

	@Test
	void everyRecordOfTheFilterInTheListsOrderWithChineseLabelsAndTypedCells() throws Exception {
		Sheet sheet = Workbooks.officeSheet(workbook("/api/records.xlsx?committee=DH&year=2024&lang=zh"));
		assertThat(sheet.getSheetName()).isEqualTo("履职记录");
		assertThat(Workbooks.title(sheet)).isEqualTo("锦澜市政协办公室 · 履职记录 · 筛选条件：单位 = 东湖区政协；年度 = 2024 · 共 8 条记录 · 导出日期："
				+ LocalDate.now(ZoneId.of("Asia/Shanghai")));
		assertThat(Workbooks.header(sheet)).containsExactly("单位代码", "单位名称", "编号", "年度", "类别", "子类", "标题", "日期", "级别",
				"办理状态", "是否转化", "满意度", "数量", "分数", "审核状态");
		List<List<Object>> rows = Workbooks.rows(sheet);
		// newest first, the undated last, as the list shows them
		assertThat(rows.stream().map(row -> row.get(2))).containsExactly("F1", "N1", "V1", "A1", "S1", "P2", "P1",
				"P3");
		assertThat(rows.get(0)).containsExactly("DH", "东湖区政协", "F1", 2024.0, "评价", null, HOSTILE,
				LocalDate.of(2024, 9, 1), "无", "已立案", "否", null, 0.0, 87.5, "已审核");
		assertThat(rows.get(2)).containsExactly("DH", "东湖区政协", "V1", 2024.0, "活动", "视察", "视察城区防汛工作",
				LocalDate.of(2024, 7, 15), "无", "已立案", "否", null, 35.0, null, "已审核");
		assertThat(rows.get(4)).containsExactly("DH", "东湖区政协", "S1", 2024.0, "社情民意", null, "群众反映菜市场秩序的社情民意",
				LocalDate.of(2024, 5, 20), "市级", "已办结", "是", null, 0.0, null, "已审核");
		assertThat(rows.get(6)).containsExactly("DH", "东湖区政协", "P1", 2024.0, "提案", null, "关于加强社区养老服务的提案",
				LocalDate.of(2024, 3, 5), "无", "已办结", "否", "满意", 0.0, null, "已审核");
		assertThat(rows.get(7)).containsExactly("DH", "东湖区政协", "P3", 2024.0, "提案", null, "关于保护古村落的提案", null, "无", "已立案",
				"否", null, 0.0, null, "已审核");
		assertThat(Workbooks.format(sheet, 2, 3)).isEqualTo("0");
		assertThat(Workbooks.format(sheet, 2, 7)).isEqualTo("yyyy-mm-dd");
		assertThat(Workbooks.format(sheet, 2, 12)).isEqualTo("0");
		assertThat(Workbooks.format(sheet, 2, 13)).isEqualTo("0.00");
		Cell title = sheet.getRow(2).getCell(6);
		assertThat(title.getCellType()).isEqualTo(CellType.STRING);
		assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
	}

	@Test
	void theEnglishWorkbookWritesEnglishLabels() throws Exception {
		Sheet sheet = Workbooks.officeSheet(workbook("/api/records.xlsx?committee=DH&subtype=INSPECTION"));
		assertThat(sheet.getSheetName()).isEqualTo("Records");
		assertThat(Workbooks.title(sheet))
			.contains("Records · Filter: Committee = 东湖区政协; Subtype = Inspection · 1 records");
		assertThat(Workbooks.header(sheet)).startsWith("Code", "Name", "ID", "Year", "Kind", "Subtype", "Title");
		assertThat(Workbooks.rows(sheet))
			.containsExactly(Arrays.asList("DH", "东湖区政协", "V1", 2024.0, "Activity", "Inspection", "视察城区防汛工作",
					LocalDate.of(2024, 7, 15), "None", "Filed", "No", null, 35.0, null, "Approved"));
	}

	@Test
	void theWorkbookHoldsEveryPageOfTheList() throws Exception {
		// 60 more records of 北岭县: the list shows 50 a page, the workbook all 60
		List<String> ids = IntStream.rangeClosed(1, 60).mapToObj(i -> "B" + i).toList();
		ids.forEach(id -> SampleRecords.record(dsl, "BL", id, 2024, "PROPOSAL", null, "提案 " + id, null, "NONE", "FILED",
				false, null, 0));
		mvc.perform(get("/api/records?committee=BL"))
			.andExpect(jsonPath("$.total").value(60))
			.andExpect(jsonPath("$.records.length()").value(50));
		List<List<Object>> rows = Workbooks.rows(Workbooks.officeSheet(workbook("/api/records.xlsx?committee=BL")));
		assertThat(rows).hasSize(60);
		assertThat(rows.stream().map(row -> row.get(2))).containsExactlyInAnyOrderElementsOf(ids);
		// undated, so in id order: B1, B10, B11, …
		assertThat(rows.stream().map(row -> (String) row.get(2)).toList()).isSorted();
	}

	@Test
	void aClerksWorkbookHoldsItsOwnCommitteesRecordsOnly() throws Exception {
		List<List<Object>> rows = Workbooks
			.rows(Workbooks.officeSheet(workbook("/api/records.xlsx?lang=zh", CLERK_DH)));
		// DH's 8 of 2024 and P9 of 2023; none of 西山县's
		assertThat(rows).hasSize(9).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("DH"));
		mvc.perform(get("/api/records.xlsx?committee=XS").with(CLERK_DH)).andExpect(status().isForbidden());
	}

	@Test
	void aFilterMatchingMoreThanTheListShowsIsRefusedWithAMessageToNarrowIt() throws Exception {
		dsl.insertInto(ACTIVITY_RECORD, ACTIVITY_RECORD.COMMITTEE, ACTIVITY_RECORD.ID, ACTIVITY_RECORD.YEAR,
				ACTIVITY_RECORD.KIND, ACTIVITY_RECORD.TITLE, ACTIVITY_RECORD.LEVEL_REACHED, ACTIVITY_RECORD.STATUS,
				ACTIVITY_RECORD.CONVERTED, ACTIVITY_RECORD.QUANTITY)
			.select(DSL
				.select(DSL.val("NJ"), DSL.concat(DSL.val("M"), DSL.field("generate_series", Integer.class)),
						DSL.val(2024), DSL.val("PROPOSAL"), DSL.val("提案"), DSL.val("NONE"), DSL.val("FILED"),
						DSL.val(false), DSL.val(0))
				.from(DSL.generateSeries(1, RecordQueries.MOST_LISTED + 1).as("g", "generate_series")))
			.execute();
		mvc.perform(get("/api/records.xlsx?committee=NJ").header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("导出最多 10000 条记录")));
		// the page offers no export then; a filter that fits does
		assertThat(page("/records?committee=NJ")).doesNotContain("id=\"export-xlsx\"");
		assertThat(page("/records?committee=DH&year=2024"))
			.contains("href=\"/api/records.xlsx?committee=DH&amp;year=2024&amp;lang=zh\"");
	}

	@Test
	void theDownloadIsAnXlsxAttachmentWithAChineseNameEncodedAsRfc5987() throws Exception {
		mvc.perform(get("/api/records.xlsx?lang=zh"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E5%B1%A5%E8%81%8C%E8%AE%B0%E5%BD%95.xlsx")));
		mvc.perform(get("/api/records.xlsx?lang=de")).andExpect(status().isBadRequest());
	}

	private byte[] workbook(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private byte[] workbook(String path, RequestPostProcessor as) throws Exception {
		return mvc.perform(get(path).with(as))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
