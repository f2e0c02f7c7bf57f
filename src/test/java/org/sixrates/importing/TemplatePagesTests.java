package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.input.InputError;
import org.sixrates.records.SampleRecords;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The templates read back as a user's Excel reads them: the sheets, the header, each
 * drop-down list and the committee codes the user may use.
 */
@WebTest
class TemplatePagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@BeforeEach
	void sampleCommittees() {
		SampleRecords.clear(dsl);
		SampleRecords.write(dsl);
	}

	@Test
	void theRecordsTemplateHasTheChineseHeadersTheDropDownsAndEveryCodeForTheOffice() throws Exception {
		try (XSSFWorkbook workbook = template("/import/templates/records.xlsx", user("admin").roles("ADMIN"))) {
			assertThat(sheetNames(workbook)).containsExactly("记录", "示例", "说明", "单位代码");
			Sheet data = workbook.getSheetAt(0);
			assertThat(cells(data.getRow(0))).containsExactly("编号", "单位", "年度", "类别", "子类", "标题", "日期", "级别", "办理状态",
					"是否转化", "满意度", "数量", "分数", "审核状态");
			assertThat(data.getLastRowNum()).as("nothing below the header to import by accident").isZero();
			Map<String, DataValidationConstraint> lists = lists(data);
			assertThat(lists.keySet()).containsExactly("B", "D", "E", "H", "I", "J", "K", "N");
			assertThat(lists.get("D").getExplicitListValues()).containsExactly("提案", "建议案", "调研成果", "大会发言", "社情民意",
					"活动", "刊载", "评价");
			assertThat(lists.get("H").getExplicitListValues()).containsExactly("无", "县级", "市级", "省级", "全国");
			assertThat(lists.get("I").getExplicitListValues()).containsExactly("已立案", "已答复", "已办结");
			assertThat(lists.get("J").getExplicitListValues()).containsExactly("是", "否");
			assertThat(lists.get("K").getExplicitListValues()).containsExactly("满意", "基本满意", "不满意");
			assertThat(lists.get("B").getFormula1()).isEqualTo("'单位代码'!$A$2:$A$5");
			assertThat(column(workbook.getSheet("单位代码"), 0)).containsExactly("单位代码", "BL", "DH", "NJ", "XS");
			// the example row is on its own sheet, never imported
			assertThat(cells(workbook.getSheet("示例").getRow(1))).startsWith("2024-001", "BL", "2024", "提案");
			assertThat(column(workbook.getSheet("说明"), 1)).contains("编号", "类别", "审核状态");
		}
	}

	@Test
	void aClerksTemplateListsItsOwnCommitteeOnlyAndNoReviewColumn() throws Exception {
		RequestPostProcessor clerk = user("clerk-dh").authorities(new SimpleGrantedAuthority("ROLE_CLERK"),
				new SimpleGrantedAuthority("COMMITTEE_DH"));
		try (XSSFWorkbook workbook = template("/import/templates/records.xlsx", clerk)) {
			assertThat(cells(workbook.getSheetAt(0).getRow(0))).hasSize(13).doesNotContain("审核状态");
			assertThat(column(workbook.getSheet("单位代码"), 0)).containsExactly("单位代码", "DH");
			assertThat(column(workbook.getSheet("单位代码"), 1)).containsExactly("单位名称", "东湖区政协");
			assertThat(lists(workbook.getSheetAt(0)).get("B").getFormula1()).isEqualTo("'单位代码'!$A$2:$A$2");
		}
		MockHttpServletResponse committees = mvc.perform(get("/import/templates/committees.xlsx").with(clerk))
			.andReturn()
			.getResponse();
		assertThat(committees.getStatus()).isEqualTo(403);
	}

	@Test
	void theCommitteesTemplateHasTheTypeDropDown() throws Exception {
		try (XSSFWorkbook workbook = template("/import/templates/committees.xlsx", user("admin").roles("ADMIN"))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("单位");
			assertThat(cells(workbook.getSheetAt(0).getRow(0))).containsExactly("单位代码", "单位名称", "单位类型", "年度", "委员人数");
			assertThat(lists(workbook.getSheetAt(0)).get("C").getExplicitListValues()).containsExactly("县", "区", "县级市");
		}
	}

	@Test
	void theImportPageLinksTheTemplatesAndNamesTheChineseHeaders() throws Exception {
		String page = mvc.perform(get("/import")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"/import/templates/records.xlsx\"",
				"href=\"/import/templates/committees.xlsx\"", "中文表头：编号、单位、年度、类别", "中文表头：单位代码、单位名称、单位类型、年度、委员人数",
				"accept=\".csv,.xlsx");
	}

	private XSSFWorkbook template(String path, RequestPostProcessor as) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(as)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment");
		return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach(cell -> values.add(switch (cell.getCellType()) {
			case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: String.valueOf((long) cell.getNumericCellValue());
			default -> cell.getStringCellValue();
		}));
		return values;
	}

	private static List<String> column(Sheet sheet, int index) {
		List<String> values = new ArrayList<>();
		sheet.forEach(row -> {
			if (row.getCell(index) != null && !row.getCell(index).getStringCellValue().isEmpty()) {
				values.add(row.getCell(index).getStringCellValue());
			}
		});
		return values;
	}

	/** The list validations of a sheet by column letter, each over rows 2 to the last. */
	private static Map<String, DataValidationConstraint> lists(Sheet sheet) throws IOException {
		Map<String, DataValidationConstraint> lists = new TreeMap<>();
		for (DataValidation validation : sheet.getDataValidations()) {
			if (validation.getValidationConstraint()
				.getValidationType() != DataValidationConstraint.ValidationType.LIST) {
				continue;
			}
			// POI's XSSF inverts the attribute: true writes showDropDown="0", the arrow
			// shown
			assertThat(validation.getSuppressDropDownArrow()).isTrue();
			for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
				assertThat(range.getFirstRow()).isEqualTo(1);
				assertThat(range.getLastRow()).isEqualTo(1_048_575);
				lists.put(InputError.columnLetters(range.getFirstColumn() + 1), validation.getValidationConstraint());
			}
		}
		return lists;
	}

}
