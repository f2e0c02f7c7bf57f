package org.sixrates.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an exported workbook back with POI, for the tests of every export: its one sheet,
 * what every office sheet must be (no formula anywhere, title and header frozen and
 * repeated on each printed page, A4 landscape one page wide), and its cells as values.
 */
public final class Workbooks {

	private Workbooks() {
	}

	/** The one sheet of the workbook, after checking what every export must be. */
	public static Sheet officeSheet(byte[] bytes) {
		XSSFWorkbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
		Sheet sheet = workbook.getSheetAt(0);
		for (Row row : sheet) {
			for (Cell cell : row) {
				assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
			}
		}
		PaneInformation pane = sheet.getPaneInformation();
		assertThat(pane).isNotNull();
		assertThat(pane.isFreezePane()).isTrue();
		assertThat(pane.getHorizontalSplitPosition()).as("rows frozen").isEqualTo((short) 2);
		assertThat(pane.getVerticalSplitPosition()).as("columns frozen").isEqualTo((short) 0);
		PrintSetup print = sheet.getPrintSetup();
		assertThat(print.getLandscape()).isTrue();
		assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(sheet.getFitToPage()).isTrue();
		assertThat(print.getFitWidth()).isEqualTo((short) 1);
		assertThat(print.getFitHeight()).as("as many pages down as it takes").isEqualTo((short) 0);
		CellRangeAddress repeated = sheet.getRepeatingRows();
		assertThat(repeated).isNotNull();
		assertThat(repeated.getFirstRow()).isEqualTo(0);
		assertThat(repeated.getLastRow()).isEqualTo(1);
		return sheet;
	}

	/** The title in A1. */
	public static String title(Sheet sheet) {
		return sheet.getRow(0).getCell(0).getStringCellValue();
	}

	/** The header row's texts. */
	public static List<String> header(Sheet sheet) {
		List<String> header = new ArrayList<>();
		sheet.getRow(1).forEach(cell -> header.add(cell.getStringCellValue()));
		return header;
	}

	/**
	 * The data rows, each cell a {@code String} (a string cell), a {@code LocalDate} (a
	 * numeric cell formatted as a date), a {@code Double} (any other numeric cell) or
	 * {@code null} (a blank one); any other type fails.
	 */
	public static List<List<Object>> rows(Sheet sheet) {
		int columns = sheet.getRow(1).getLastCellNum();
		List<List<Object>> rows = new ArrayList<>();
		for (int r = 2; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<Object> values = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				values.add(value(row.getCell(c)));
			}
			rows.add(values);
		}
		return rows;
	}

	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
					: cell.getNumericCellValue();
			case BLANK -> null;
			default -> throw new AssertionError(cell.getAddress() + " is a " + cell.getCellType() + " cell");
		};
	}

	/** The data format of a cell: {@code 0.00%}, {@code General}, … */
	public static String format(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getCellStyle().getDataFormatString();
	}

}
