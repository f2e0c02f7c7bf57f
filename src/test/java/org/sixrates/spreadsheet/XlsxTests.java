package org.sixrates.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/** The one writer of every exported sheet, read back cell by cell with POI. */
class XlsxTests {

	private static final String HOSTILE = "=HYPERLINK(\"http://evil\",\"x\")";

	private static final List<Column> COLUMNS = List.of(Column.text("单位名称"), Column.whole("年度"), Column.score("得分"),
			Column.percent("批示率"), Column.date("日期"));

	private static final ExportSheet TABLE = new ExportSheet("2024 年度排名", "锦澜市政协办公室 · 2024 年度排名", COLUMNS,
			List.of(List.of("东湖区政协", 2024, 80.125, 0.12345, LocalDate.of(2024, 3, 5)),
					Arrays.asList(HOSTILE, 2023, 80.345, null, null), Arrays.asList("-5", 7L, 0.0, 0.256, null)));

	@Test
	void numbersAreNumericCellsWithTheirFormatsRoundedAsTheCsvRoundsThem() {
		Sheet sheet = Workbooks.officeSheet(Xlsx.write(TABLE));
		// 80.125 half up is 80.13; the double nearest 80.345 is 80.3449…, whose shortest
		// form 80.345 rounds to 80.35; the rate 0.12345 is 12.35 %, the fraction 0.1235
		assertThat(Workbooks.rows(sheet)).containsExactly(
				List.of("东湖区政协", 2024.0, 80.13, 0.1235, LocalDate.of(2024, 3, 5)),
				Arrays.asList(HOSTILE, 2023.0, 80.35, null, null), Arrays.asList("-5", 7.0, 0.0, 0.256, null));
		assertThat(Workbooks.format(sheet, 2, 0)).isEqualTo("General");
		assertThat(Workbooks.format(sheet, 2, 1)).isEqualTo("0");
		assertThat(Workbooks.format(sheet, 2, 2)).isEqualTo("0.00");
		assertThat(Workbooks.format(sheet, 2, 3)).isEqualTo("0.00%");
		assertThat(Workbooks.format(sheet, 2, 4)).isEqualTo("yyyy-mm-dd");
		// a date is the day's number from Excel's 1900 epoch: 2024-03-05 is 45356
		assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(45356.0);
		// an excluded rate is a blank cell, still bordered like its column
		assertThat(sheet.getRow(3).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(Workbooks.format(sheet, 3, 3)).isEqualTo("0.00%");
	}

	@Test
	void aTextThatLooksLikeAFormulaStaysAStringCellMarkedAsText() {
		Sheet sheet = Workbooks.officeSheet(Xlsx.write(TABLE));
		Cell hostile = sheet.getRow(3).getCell(0);
		assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
		assertThat(hostile.getStringCellValue()).isEqualTo(HOSTILE);
		// Excel's leading apostrophe: it stays text when the cell is edited, and is not
		// part of the value
		assertThat(hostile.getCellStyle().getQuotePrefixed()).isTrue();
		Cell minusFive = sheet.getRow(4).getCell(0);
		assertThat(minusFive.getCellType()).isEqualTo(CellType.STRING);
		assertThat(minusFive.getStringCellValue()).isEqualTo("-5");
		assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
	}

	@Test
	void theTitleSpansTheTableAboveTheHeaderAndTheSheetIsNamed() {
		Sheet sheet = Workbooks.officeSheet(Xlsx.write(TABLE));
		assertThat(sheet.getSheetName()).isEqualTo("2024 年度排名");
		assertThat(Workbooks.title(sheet)).isEqualTo("锦澜市政协办公室 · 2024 年度排名");
		assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 4));
		assertThat(Workbooks.header(sheet)).containsExactly("单位名称", "年度", "得分", "批示率", "日期");
	}

	@Test
	void columnsAreAsWideAsTheirWidestValueAChineseCharacterCountingTwo() {
		ExportSheet table = new ExportSheet("s", "t",
				List.of(Column.text("单位"), Column.text("id"), Column.percent("rate"), Column.text("title")),
				List.of(List.of("东湖区政协", "abc", 1.0, "x".repeat(100)), List.of("甲", "abcdefgh", 0.5, "y")));
		Sheet sheet = Workbooks.officeSheet(Xlsx.write(table));
		// 东湖区政协: 5 × 2 = 10, and 2 of margin
		assertThat(sheet.getColumnWidth(0)).isEqualTo(12 * 256);
		// abcdefgh: 8 + 2
		assertThat(sheet.getColumnWidth(1)).isEqualTo(10 * 256);
		// "100.00%" is 7 wide, + 2
		assertThat(sheet.getColumnWidth(2)).isEqualTo(9 * 256);
		// 100 characters: the widest a column grows, and the text wraps within it
		assertThat(sheet.getColumnWidth(3)).isEqualTo(Xlsx.WIDEST * 256);
		assertThat(sheet.getRow(2).getCell(3).getCellStyle().getWrapText()).isTrue();
		assertThat(sheet.getRow(2).getCell(0).getCellStyle().getWrapText()).isFalse();
	}

	@Test
	void theDisplayWidthCountsChineseCharactersAndFullWidthPunctuationTwice() {
		assertThat(Xlsx.displayWidth("abc")).isEqualTo(3);
		assertThat(Xlsx.displayWidth("东湖区")).isEqualTo(6);
		// the quotes and the full-width colon of 政协工作“六率”：
		assertThat(Xlsx.displayWidth("“六率”：")).isEqualTo(10);
		assertThat(Xlsx.displayWidth("2024 年度")).isEqualTo(9);
	}

	@Test
	void aTableWithoutRowsIsItsTitleAndHeader() {
		ExportSheet empty = new ExportSheet("表彰名单", "标题", COLUMNS, List.of());
		Sheet sheet = Workbooks.officeSheet(Xlsx.write(empty));
		assertThat(Workbooks.header(sheet)).hasSize(5);
		assertThat(Workbooks.rows(sheet)).isEmpty();
	}

	@Test
	void aSheetNameExcelWouldRefuseIsMadeSafe() {
		// Excel refuses [ ] : * ? / \ in a sheet name and more than 31 characters
		ExportSheet table = new ExportSheet("履职记录 [2024/2025]: " + "长".repeat(40), "t", COLUMNS, List.of());
		String name = Workbooks.officeSheet(Xlsx.write(table)).getSheetName();
		assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", ":", "/").startsWith("履职记录");
	}

}
